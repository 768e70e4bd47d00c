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

/** What the server process reports of its own memory, in bytes (after a full garbage collection). */
export interface ServerMemory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
}

export interface MeasuredApiProcess extends ApiProcess {
  memory(): Promise<ServerMemory>;
}

export interface StartOptions {
  /** Where the server writes a V8 CPU profile when it stops. */
  profileDir?: string;
  /** A memory probe (memory-probe.js) loaded before the bundle, answering over an IPC channel. */
  memoryProbe?: string;
  /** More environment for the server (the bench server's BENCH_ACCESS_CONTROL). */
  env?: Record<string, string>;
}

/**
 * Starts a built server bundle as a child process in production mode, on a
 * free loopback port, with its log in a file, and waits (bounded) until its
 * health check answers.
 */
export async function startApi(bundle: string, databaseUrl: string, logFile: string, options: Pick<StartOptions, 'profileDir' | 'env'> = {}): Promise<ApiProcess> {
  return startServer(bundle, databaseUrl, logFile, options);
}

/** As startApi, with the memory probe loaded: the process can be asked for its memory. */
export async function startMeasuredApi(bundle: string, databaseUrl: string, logFile: string, memoryProbe: string): Promise<MeasuredApiProcess> {
  const { process: child, ...server } = await startServer(bundle, databaseUrl, logFile, { memoryProbe });
  const memory = () => new Promise<ServerMemory>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the API did not report its memory within 30 s')), 30_000);
    child.once('message', (message: ServerMemory) => {
      clearTimeout(timer);
      resolve(message);
    });
    child.send('memory');
  });
  return { ...server, memory };
}

async function startServer(bundle: string, databaseUrl: string, logFile: string, options: StartOptions): Promise<ApiProcess & { process: ChildProcess }> {
  const { profileDir, memoryProbe, env = {} } = options;
  const port = await findFreePort();
  const log = createWriteStream(logFile, { flags: 'a' });
  // Node refuses --cpu-prof in NODE_OPTIONS, so it goes on the command line.
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  // --expose-gc: the probe collects garbage before it reads the heap, so start and end compare live memory.
  const probing = memoryProbe ? ['--expose-gc', '--require', memoryProbe] : [];
  const child: ChildProcess = spawn(process.execPath, [...profiling, ...probing, bundle], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOAD_DEMO_DATA: 'false',
      WEB_DIST_DIR: '/nonexistent',
      ...env,
    },
    stdio: memoryProbe ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
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
      if (response.ok) return { url, pid: child.pid ?? 0, stop, process: child };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`${bundle} did not become healthy within 60 s; see ${logFile}`);
}
