import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';

/** Where an agreement stands today, as the regisseur needs to see it at a glance. */
export type AgreementState = 'open' | 'overdue' | 'done' | 'notKept';

/**
 * An open agreement is overdue from the day after its date: "by Friday" is
 * still kept on Friday. `today` is the Dutch calendar day, YYYY-MM-DD.
 */
export function agreementState(agreement: Pick<PlanItemFieldsFragment, 'status' | 'dueOn'>, today: string): AgreementState {
  switch (agreement.status) {
    case 'DONE':
      return 'done';
    case 'NOT_KEPT':
      return 'notKept';
    default:
      return agreement.dueOn && agreement.dueOn < today ? 'overdue' : 'open';
  }
}

const ATTENTION_ORDER: Record<AgreementState, number> = { overdue: 0, notKept: 0, open: 1, done: 2 };

/**
 * What needs attention first (overdue, not kept), then what is still open,
 * then what is done; by date within each, as they came.
 */
export function orderAgreements<T extends Pick<PlanItemFieldsFragment, 'status' | 'dueOn'>>(agreements: readonly T[], today: string): T[] {
  const rank = (agreement: T) => ATTENTION_ORDER[agreementState(agreement, today)];
  return agreements
    .map((agreement, index) => ({ agreement, index }))
    .sort((a, b) => rank(a.agreement) - rank(b.agreement) || a.index - b.index)
    .map(({ agreement }) => agreement);
}

/** Agreements that need attention: overdue or not kept. */
export function needsAttention(state: AgreementState): boolean {
  return state === 'overdue' || state === 'notKept';
}
