import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DATA_DIR_VARIABLE } from './workspace';

/**
 * The server under test runs without SMTP, so it keeps every e-mail in its
 * `outbox_email` table. The tests read it there, as a developer would, from
 * the server's own embedded PostgreSQL: its credentials are in DATA_DIR
 * (credentials.json), and its port in the cluster's postmaster.pid (line 4).
 */
async function withDatabase<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const dataDir = process.env[DATA_DIR_VARIABLE];
  if (!dataDir) throw new Error(`${DATA_DIR_VARIABLE} is not set: run the browser tests through \`npm run e2e\`.`);
  const { user, password } = JSON.parse(readFileSync(join(dataDir, 'credentials.json'), 'utf8')) as {
    user: string;
    password: string;
  };
  const port = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const client = new Client({ host: '127.0.0.1', port, user, password, database: 'gezinsplan' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The newest e-mail to this address, as the server would have sent it. */
export async function lastEmailTo(address: string): Promise<{ subject: string; body: string }> {
  const rows = await withDatabase(async (client) => {
    const result = await client.query<{ subject: string; body: string }>(
      `SELECT subject, body FROM outbox_email WHERE lower(to_address) = lower($1) ORDER BY created_at DESC LIMIT 1`,
      [address],
    );
    return result.rows;
  });
  if (rows.length === 0) throw new Error(`No e-mail to ${address} in the outbox`);
  return rows[0];
}

/** The activation link in the newest e-mail to this address: `<PUBLIC_URL>/account-activeren#token=…`. */
export async function activationLinkFor(address: string): Promise<string> {
  const { body } = await lastEmailTo(address);
  const link = body.match(/https?:\/\/\S+\/account-activeren#token=\S+/)?.[0];
  if (!link) throw new Error(`The e-mail to ${address} holds no activation link:\n${body}`);
  return link;
}

/** The reset link in the newest e-mail to this address: `<PUBLIC_URL>/wachtwoord-herstellen#token=…`. */
export async function passwordResetLinkFor(address: string): Promise<string> {
  const { body } = await lastEmailTo(address);
  const link = body.match(/https?:\/\/\S+\/wachtwoord-herstellen#token=\S+/)?.[0];
  if (!link) throw new Error(`The e-mail to ${address} holds no password reset link:\n${body}`);
  return link;
}
