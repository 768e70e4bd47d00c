import { join } from 'node:path';

/** The repository root: the built server and the screenshots are found relative to it. */
export const WORKSPACE_ROOT = join(__dirname, '../../../..');

/** Where global setup hands the running server's address to the tests. */
export const BASE_URL_VARIABLE = 'GEZINSPLAN_E2E_BASE_URL';

/** Where global setup hands the running server's DATA_DIR to the tests (see outbox.ts). */
export const DATA_DIR_VARIABLE = 'GEZINSPLAN_E2E_DATA_DIR';

export function baseUrl(): string {
  const url = process.env[BASE_URL_VARIABLE];
  if (!url) throw new Error(`${BASE_URL_VARIABLE} is not set: run the browser tests through \`npm run e2e\`.`);
  return url;
}
