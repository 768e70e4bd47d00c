/** What an agreement's state is read from: its status and its date, as every view of the plan has them. */
export interface DatedAgreement {
  /** SAFETY_AGREEMENT without a date is a standing rule ("never alone with ..."), not a task to finish. */
  kind?: string | null;
  status?: string | null;
  /** YYYY-MM-DD */
  dueOn?: string | null;
}

/** Where an agreement stands today: for the regisseur at a glance, for the family in their own words. */
export type AgreementState = 'open' | 'standing' | 'overdue' | 'done' | 'notKept';

/**
 * An open agreement is overdue from the day after its date: "by Friday" is
 * still kept on Friday. `today` is the Dutch calendar day, YYYY-MM-DD.
 */
export function agreementState(agreement: DatedAgreement, today: string): AgreementState {
  switch (agreement.status) {
    case 'DONE':
      return 'done';
    case 'NOT_KEPT':
      return 'notKept';
    default:
      // A standing safety agreement holds for as long as the plan does: "not done yet" would misread it.
      if (agreement.kind === 'SAFETY_AGREEMENT' && !agreement.dueOn) return 'standing';
      return agreement.dueOn && agreement.dueOn < today ? 'overdue' : 'open';
  }
}

/** Agreements that need attention: overdue or not kept. */
export function needsAttention(state: AgreementState): boolean {
  return state === 'overdue' || state === 'notKept';
}

const ATTENTION_ORDER: Record<AgreementState, number> = { overdue: 0, notKept: 0, open: 1, standing: 1, done: 2 };

/**
 * For the regisseur: what needs attention first (overdue, not kept), then
 * what is still open, then what is done; by date within each, as they came.
 */
export function orderAgreements<T extends DatedAgreement>(agreements: readonly T[], today: string): T[] {
  const rank = (agreement: T) => ATTENTION_ORDER[agreementState(agreement, today)];
  return agreements
    .map((agreement, index) => ({ agreement, index }))
    .sort((a, b) => rank(a.agreement) - rank(b.agreement) || a.index - b.index)
    .map(({ agreement }) => agreement);
}

/**
 * For the family: what is still to do first, the most urgent on top; then the
 * finished ones (done or not kept), the latest date first.
 */
export function byUrgency<T extends DatedAgreement>(agreements: readonly T[], today: string): T[] {
  const finished = (agreement: T) => !['open', 'standing', 'overdue'].includes(agreementState(agreement, today));
  return [...agreements].sort((a, b) => {
    if (finished(a) !== finished(b)) return finished(a) ? 1 : -1;
    const dueA = a.dueOn ?? '9999-12-31';
    const dueB = b.dueOn ?? '9999-12-31';
    return finished(a) ? dueB.localeCompare(dueA) : dueA.localeCompare(dueB);
  });
}
