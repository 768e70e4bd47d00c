import { FamilyFacts, invitedToStubAboutOthers, ItemFacts } from '@gezinsplan/access-policy';
import { FieldProblem } from '@gezinsplan/domain';
import { FamilyDirectory } from '../access/family-directory';

/**
 * Refuses to invite a family member to an evaluation they could read only as a
 * stub naming others (whom it is about, in which category): see
 * `invitedToStubAboutOthers` and docs/access-rules.md, "Invitations".
 */
export function inviteeProblems(directory: FamilyDirectory, facts: FamilyFacts, item: ItemFacts): FieldProblem[] {
  const refused = invitedToStubAboutOthers(facts, item);
  if (refused.length === 0) return [];
  const names = refused.map((id) => directory.members.find((m) => m.id === id)?.givenName ?? 'a member').join(', ');
  return [
    {
      field: 'invitedMemberIds',
      message: `${names} may not read an evaluation about others: invite them to one about the whole family or about them`,
    },
  ];
}
