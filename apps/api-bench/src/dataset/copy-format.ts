/** A value as COPY's text format takes it: arrays become PostgreSQL arrays, objects JSON. */
export type CopyValue = string | number | boolean | null | Date | readonly string[] | CopyJson;

export interface CopyJson {
  readonly [key: string]: string | number | boolean | null | undefined;
}

/** Backslash, tab, newline and carriage return are special in COPY's text format. */
function escapeText(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : text;
}

/** An array literal; elements are quoted so that commas or spaces in them cannot split them. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

export function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escapeText(arrayLiteral(value as readonly string[]));
  return escapeText(JSON.stringify(value));
}

export function copyLine(row: readonly CopyValue[]): string {
  return `${row.map(copyField).join('\t')}\n`;
}
