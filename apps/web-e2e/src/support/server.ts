import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from './free-port';
import { WORKSPACE_ROOT } from './workspace';

const SERVER_ENTRY = join(WORKSPACE_ROOT, 'dist/apps/api/main.js');
const WEB_CLIENT_ENTRY = join(WORKSPACE_ROOT, 'dist/apps/web/index.html');
const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 30_000;
/** Enough of the server's output to explain a failed start, without growing without bound. */
const OUTPUT_LIMIT = 20_000;

export interface RunningServer {
  baseUrl: string;
  /** The server's DATA_DIR: its embedded PostgreSQL and that database's credentials. */
  dataDir: string;
  stop(): Promise<void>;
}

function assertBuilt(): void {
  for (const file of [SERVER_ENTRY, WEB_CLIENT_ENTRY]) {
    if (!existsSync(file)) {
      throw new Error(`${file} does not exist. \`npm run e2e\` builds api and web first, then runs these tests.`);
    }
  }
}

function recordOutput(child: ChildProcess): () => string {
  let output = '';
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => output;
}

async function waitUntilHealthy(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server stopped while starting (exit ${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    const response = await fetch(`${baseUrl}/health`).catch(() => null);
    if (response?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer GET /health with 200 within ${START_TIMEOUT_MS / 1000} s:\n${output()}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  // SIGTERM lets the server finish requests and stop its PostgreSQL cleanly.
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the real, built server as it runs in production (API and web client
 * from one origin) with its own embedded PostgreSQL in a fresh folder and the
 * demo accounts loaded.
 */
export async function startServer(): Promise<RunningServer> {
  assertBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'gezinsplan-e2e-'));
  // mkdtemp makes the folder private; as root, PostgreSQL runs as the user "postgres", who must enter it.
  chmodSync(dataDir, 0o755);
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: WORKSPACE_ROOT,
    // Only what the server needs: a developer's own DATABASE_URL must never be picked up here.
    env: {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOAD_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = recordOutput(child);
  const stop = async () => {
    await stopProcess(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilHealthy(baseUrl, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dataDir, stop };
}
