import { InformationCategory } from '@gezinsplan/domain';
import { ReadGrant } from './read-grant';

/** What deciding on an involvement's task needs to know of it. */
export interface InvolvementTaskFacts {
  id: string;
  memberIds: readonly string[];
  categories: readonly InformationCategory[];
}

/**
 * Whether this person reads what an involvement does (its task), or only that
 * it exists. Everyone related to the family sees who is involved (domain.md,
 * scenario 4: the parents see that their son of 16 has youth mental health
 * care), but a task says what is done for whom ("GGZ: behandeling van
 * Esther"): the regisseur reads every task; everyone else their own and the
 * regisseur's; a partner also the tasks that work on a category they read about
 * a member the task concerns, and those that work on safety; the family the
 * tasks about the members whose items they may read; the network the tasks
 * that work on safety.
 */
export function readsInvolvementTask(grant: ReadGrant, involvement: InvolvementTaskFacts, regisseurInvolvementId: string | null): boolean {
  const scope = grant.involvementScope;
  if (scope === null) return true;
  return (
    involvement.id === grant.self.involvementId ||
    (scope.regisseur && involvement.id === regisseurInvolvementId) ||
    involvement.memberIds.some((id) => scope.memberIds.includes(id)) ||
    involvement.categories.some((category) => scope.categories.includes(category)) ||
    (scope.sharedWork &&
      involvement.categories.some((category) => grant.categories[category]?.memberIds.some((id) => involvement.memberIds.includes(id))))
  );
}
