import { RunningServer, startServer } from './server';
import { BASE_URL_VARIABLE, DATA_DIR_VARIABLE } from './workspace';

declare global {
  var gezinsplanE2eServer: RunningServer | undefined;
}

/** Runs once per `jest` run, in plain Node, before any test file. */
export default async function globalSetup(): Promise<void> {
  const server = await startServer();
  globalThis.gezinsplanE2eServer = server;
  // Test workers start after this and inherit the environment.
  process.env[BASE_URL_VARIABLE] = server.baseUrl;
  process.env[DATA_DIR_VARIABLE] = server.dataDir;
}
