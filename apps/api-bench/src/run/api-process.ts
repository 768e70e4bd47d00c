import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { findFreePort } from '@gezinsplan/api/database/free-port';

export interface ApiProcess {
  url: string;
  /** For its CPU time in /proc. */
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts a built server bundle as a child process in production mode, on a
 * free loopback port, with its log in a file, and waits (bounded) until its
 * health check answers.
 */
export async function startApi(bundle: string, databaseUrl: string, logFile: string, profileDir?: string): Promise<ApiProcess> {
  const port = await findFreePort();
  const log = createWriteStream(logFile, { flags: 'a' });
  // Node refuses --cpu-prof in NODE_OPTIONS, so it goes on the command line.
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profiling, bundle], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOAD_DEMO_DATA: 'false',
      WEB_DIST_DIR: '/nonexistent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    const result = await Promise.race([exited, sleep(10_000).then(() => 'timeout' as const)]);
    if (result === 'timeout') child.kill('SIGKILL');
    log.end();
  };
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`${bundle} exited with ${child.exitCode} while starting; see ${logFile}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return { url, pid: child.pid ?? 0, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`${bundle} did not become healthy within 60 s; see ${logFile}`);
}
