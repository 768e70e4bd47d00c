import { PortalPlanItem } from './plan-items';

/** How an agreement stands today, as the family reads it. */
export type AgreementState = 'open' | 'overdue' | 'done' | 'notKept';

export function agreementState(agreement: Pick<PortalPlanItem, 'status' | 'dueOn'>, today: string): AgreementState {
  switch (agreement.status) {
    case 'DONE':
      return 'done';
    case 'NOT_KEPT':
      return 'notKept';
    default:
      return agreement.dueOn && agreement.dueOn < today ? 'overdue' : 'open';
  }
}

/** Open agreements first, the most urgent on top; then the finished ones, the latest date first. */
export function byUrgency(agreements: readonly PortalPlanItem[], today: string): PortalPlanItem[] {
  const finished = (item: PortalPlanItem) => ['done', 'notKept'].includes(agreementState(item, today));
  return [...agreements].sort((a, b) => {
    if (finished(a) !== finished(b)) return finished(a) ? 1 : -1;
    const dueA = a.dueOn ?? '9999-12-31';
    const dueB = b.dueOn ?? '9999-12-31';
    return finished(a) ? dueB.localeCompare(dueA) : dueA.localeCompare(dueB);
  });
}
