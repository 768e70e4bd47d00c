import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@gezinsplan/domain';

export type Staleness = { problem: 'stale'; version: number } | { problem: 'regisseur' };

/**
 * Ending an involvement meets CONFLICT in two ways: someone changed it in the
 * meantime (the API sends its current version), or it is the regisseur's own
 * involvement, which ends only after a handover (no version). Null otherwise.
 */
export function stalenessOf(error: unknown): Staleness | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions ?? {};
  if (extensions['code'] !== ErrorCode.Conflict) return null;
  const current = extensions['current'];
  const version = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)['version'] : undefined;
  return typeof version === 'number' ? { problem: 'stale', version } : { problem: 'regisseur' };
}
