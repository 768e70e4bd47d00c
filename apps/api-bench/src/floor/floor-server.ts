import { dataSourceOptions } from '@gezinsplan/api/database/data-source-options';
import { createServer, IncomingMessage } from 'node:http';
import { Client, Pool } from 'pg';
import { readMarker } from '../dataset/dataset-marker';
import { PLAN_PAGE_DATABASE_ONLY } from './database-only';
import { FloorAnswer, planPage } from './plan-page';

/** The API's pool size (database/data-source-options.ts), so both queue alike. */
const extra = (dataSourceOptions('postgres://unused').extra ?? {}) as { max?: number };
const POOL_SIZE = extra.max ?? 20;
/** The API's default idle limit (SESSION_IDLE_MINUTES). */
const IDLE_MINUTES = Number(process.env['SESSION_IDLE_MINUTES'] ?? 120);
const LIMIT = 1_000_000;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > LIMIT) reject(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * The floor: the plan page served by hand, behind a bare node:http server on a
 * pg pool as large as the API's. POST /graphql does the same work as the API
 * (plan-page.ts) for the same request body and cookie; POST /db-only runs the
 * one-statement read with nothing around it (no session, no access decision, no
 * access log), as the "database only" reference. Runs only on a bench database.
 */
async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is required');
  const client = new Client({ connectionString: url });
  await client.connect();
  const marker = await readMarker(client).finally(() => client.end());
  if (!marker) throw new Error('Not a bench database (no bench.dataset marker): the floor refuses to start.');
  const pool = new Pool({ connectionString: url, max: POOL_SIZE, application_name: 'gezinsplan-bench-floor' });
  const server = createServer((req, res) => {
    const send = (answer: FloorAnswer) => {
      res.writeHead(answer.status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(answer.body));
    };
    if (req.method === 'GET' && req.url === '/health') return send({ status: 200, body: { status: 'ok' } });
    if (req.method !== 'POST' || (req.url !== '/graphql' && req.url !== '/db-only')) return send({ status: 404, body: { error: 'not found' } });
    readBody(req)
      .then(async (text) => {
        const { variables } = JSON.parse(text) as { variables?: { id?: unknown } };
        const familyId = variables?.id;
        if (req.url === '/db-only') {
          const { rows } = await pool.query(PLAN_PAGE_DATABASE_ONLY, [familyId]);
          return send({ status: 200, body: { data: { family: rows[0]?.page ?? null } } });
        }
        send(await planPage(pool, { token: cookie(req, 'gp_session'), familyId, clientAddress: req.socket.remoteAddress ?? null }, IDLE_MINUTES));
      })
      .catch((error: unknown) => {
        console.error(error);
        send({ status: 500, body: { errors: [{ message: error instanceof Error ? error.message : String(error) }] } });
      });
  });
  const port = Number(process.env['PORT'] ?? 3001);
  server.listen(port, process.env['HOST'] ?? '127.0.0.1', () => console.log(`floor listening on ${port}`));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      server.close(() => void pool.end().finally(() => process.exit(0)));
      server.closeAllConnections();
    });
  }
}

main().catch((error: unknown) => {
  console.error('floor could not start:', error);
  process.exit(1);
});
