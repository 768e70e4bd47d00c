import autocannon, { AutocannonRequest } from 'autocannon';
import { summarise, Summary } from './stats';

/** One request to send: a signed-in person's cookie and a GraphQL body. */
export interface Call {
  cookie: string;
  body: string;
}

/** Hands out the next call to send. */
export interface CallSource {
  next(): Call;
}

/** Round-robin over the calls, from the start for every run. */
export function rotate(calls: readonly Call[]): CallSource {
  if (calls.length === 0) throw new Error('nothing to send');
  let i = 0;
  return { next: () => calls[i++ % calls.length] };
}

export interface LoadResult extends Summary {
  /** The first failure seen, to show what went wrong. */
  firstError: string | null;
}

export interface LoadOptions {
  /** Requests per second over all connections; absent: as fast as the server answers (saturation). */
  rate?: number;
  /** Where the calls go: the API's /graphql by default, the floor's /db-only for the database-only reference. */
  path?: string;
  /** Seconds before an unanswered request counts as a timeout. */
  timeout?: number;
}

/**
 * Sends the calls round-robin from `connections` concurrent users for
 * `seconds`, on loopback, and summarises every response. A GraphQL error
 * arrives with status 200, so each body is read: any "errors" counts as a
 * failure, as does a non-200 status or a timeout (10 s unless given).
 */
export function runLoad(baseUrl: string, source: CallSource, connections: number, seconds: number, options: LoadOptions = {}): Promise<LoadResult> {
  let errors = 0;
  let firstError: string | null = null;
  const latencies: number[] = [];
  const request: AutocannonRequest = {
    method: 'POST',
    path: options.path ?? '/graphql',
    setupRequest: (req) => {
      const call = source.next();
      return { ...req, headers: { 'content-type': 'application/json', cookie: call.cookie }, body: call.body };
    },
    onResponse: (status, body) => {
      if (status === 200 && !body.includes('"errors"')) return;
      errors += 1;
      firstError ??= `${status} ${body.slice(0, 300)}`;
    },
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl, connections, duration: seconds, timeout: options.timeout ?? 10, pipelining: 1, requests: [request],
        ...(options.rate ? { overallRate: options.rate } : {}),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({ ...summarise(latencies, result.duration || seconds, errors + result.errors, result.timeouts), firstError });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}
