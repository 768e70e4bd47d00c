import { ConsentFieldsFragment } from '../../../graphql/generated/graphql';

/**
 * Where a consent stands today. It counts only while it is not withdrawn, is
 * within its period, and everyone who must consent today has given it.
 */
export type ConsentStatus = 'effective' | 'withdrawn' | 'incomplete' | 'notCurrent';

type ConsentFacts = Pick<
  ConsentFieldsFragment,
  'effective' | 'withdrawnAt' | 'requiredConsenterIds' | 'givenBy' | 'validFrom' | 'validUntil'
>;

/** Who must consent today but has not: a child who turned 12 must be asked too. */
export function missingConsenters(consent: Pick<ConsentFacts, 'requiredConsenterIds' | 'givenBy'>): string[] {
  const given = new Set(consent.givenBy.map((person) => person.memberId));
  return consent.requiredConsenterIds.filter((id) => !given.has(id));
}

/** `today` is the Dutch calendar day, YYYY-MM-DD. The API's `effective` is the last word. */
export function consentStatus(consent: ConsentFacts, today: string): ConsentStatus {
  if (consent.withdrawnAt) return 'withdrawn';
  if (consent.effective) return 'effective';
  if (missingConsenters(consent).length > 0) return 'incomplete';
  if (consent.validFrom > today || (consent.validUntil && consent.validUntil < today)) return 'notCurrent';
  return 'incomplete';
}

/** Newest first, and the ones that count before the others. */
export function orderConsents<T extends ConsentFacts & Pick<ConsentFieldsFragment, 'recordedAt'>>(consents: readonly T[], today: string): T[] {
  const rank = (consent: T) => (consentStatus(consent, today) === 'effective' ? 0 : consent.withdrawnAt ? 2 : 1);
  return [...consents].sort((a, b) => rank(a) - rank(b) || b.recordedAt.localeCompare(a.recordedAt));
}
