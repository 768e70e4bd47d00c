import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One table of docs/access-rules.md: relation → category → expected value. */
export type MatrixTable = Map<string, Map<string, string>>;

export const ACCESS_RULES_FILE = join(__dirname, '../../../../docs/access-rules.md');

/**
 * Reads the tables under "### <title>" headings, so that the test checks
 * exactly what the privacy officer reads.
 */
export function readMatrix(markdown = readFileSync(ACCESS_RULES_FILE, 'utf8')): Map<string, MatrixTable> {
  const tables = new Map<string, MatrixTable>();
  let title: string | null = null;
  let columns: string[] = [];
  for (const line of markdown.split('\n')) {
    const heading = /^### (.+)$/.exec(line);
    if (heading) {
      title = heading[1].trim();
      columns = [];
      tables.set(title, new Map());
      continue;
    }
    if (!title || !line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    if (columns.length === 0) {
      columns = cells.slice(1);
      continue;
    }
    const [relation, ...values] = cells;
    tables.get(title)?.set(relation, new Map(columns.map((column, index) => [column, values[index]])));
  }
  return tables;
}
