import { PortalPlanItem } from '../../portal-shared/utils/plan-items';

/**
 * The planned evaluations, from today on, that invite or name the person reading
 * (one may invite them without being about them: the family's evaluation of the whole plan):
 * what they are told about at the top of their plan, earliest first.
 */
export function evaluationsNaming(memberId: string, items: readonly PortalPlanItem[], today: string): PortalPlanItem[] {
  return items
    .filter(
      (item) =>
        item.kind === 'EVALUATION' &&
        item.status === 'PLANNED' &&
        (item.dueOn ?? '') >= today &&
        (item.invitesYou || item.aboutMemberIds.includes(memberId)),
    )
    .sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
}
