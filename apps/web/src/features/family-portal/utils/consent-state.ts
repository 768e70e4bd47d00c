import { PortalConsentFragment } from '../../../graphql/generated/graphql';

export type PortalConsent = PortalConsentFragment;

/** How a consent stands today, as the family reads it. */
export type ConsentState = 'effective' | 'waiting' | 'notYet' | 'expired' | 'withdrawn';

export function consentState(consent: PortalConsent, today: string): ConsentState {
  if (consent.withdrawnAt) return 'withdrawn';
  if (consent.validUntil && consent.validUntil < today) return 'expired';
  if (consent.validFrom > today) return 'notYet';
  return consent.effective ? 'effective' : 'waiting';
}

/** Who must still give their consent before it counts. */
export function missingConsenters(consent: PortalConsent): string[] {
  const given = new Set(consent.givenBy.map((given) => given.memberId));
  return consent.requiredConsenterIds.filter((memberId) => !given.has(memberId));
}

/** What the signed-in family member can do with a consent. */
export interface ConsentActions {
  give: boolean;
  withdraw: boolean;
}

export function consentActions(consent: PortalConsent, memberId: string, today: string, planClosed = false): ConsentActions {
  const state = consentState(consent, today);
  const open = state !== 'withdrawn' && state !== 'expired';
  return {
    // A closed plan shares nothing new; withdrawing stays the family's right (decisions.md).
    give: open && !planClosed && missingConsenters(consent).includes(memberId),
    // The person it is about, and everyone whose consent it needs, may end it (access-rules.md).
    withdraw: open && (consent.subjectMemberId === memberId || consent.requiredConsenterIds.includes(memberId)),
  };
}
