import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@gezinsplan/domain';

/** The other person's version of an item, as the API sends it with CONFLICT. */
export interface CurrentVersion {
  id: string;
  version: number;
  text: string | null;
  status: string | null;
  statusReason: string | null;
  dueOn: string | null;
  updatedAt: string | null;
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The version someone else saved while this person was editing, or null
 * when the error is not a CONFLICT that carries one (a removed item, say).
 */
export function currentVersionOf(error: unknown): CurrentVersion | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions ?? {};
  if (extensions['code'] !== ErrorCode.Conflict) return null;
  const current = extensions['current'];
  if (typeof current !== 'object' || current === null) return null;
  const fields = current as Record<string, unknown>;
  if (typeof fields['id'] !== 'string' || typeof fields['version'] !== 'number') return null;
  return {
    id: fields['id'],
    version: fields['version'],
    text: stringOrNull(fields['text']),
    status: stringOrNull(fields['status']),
    statusReason: stringOrNull(fields['statusReason']),
    dueOn: stringOrNull(fields['dueOn']),
    updatedAt: stringOrNull(fields['updatedAt']),
  };
}
