import { InformationCategory } from '@gezinsplan/domain';
import { z } from 'zod';
import { ConsentPurpose, RecordConsentInput } from '../../../graphql/generated/graphql';
import { optionalDay, reason, requiredChoice, someOf } from '../../../shared/forms';

/** The purposes, in the order the form offers them. */
export const CONSENT_PURPOSES = {
  PLAN_EXCHANGE: 'PLAN_EXCHANGE',
  SHARE_AGREED_PLAN: 'SHARE_AGREED_PLAN',
  INFORM_FAMILY: 'INFORM_FAMILY',
} as const satisfies Record<ConsentPurpose, ConsentPurpose>;

/** Exchange names what may be shared; sharing the agreed plan names which agreements. */
export function purposeHasCategories(purpose: string): boolean {
  return purpose === 'PLAN_EXCHANGE' || purpose === 'SHARE_AGREED_PLAN';
}

const chosen = z.string().min(1, reason('choose'));
// Checked even while other fields are still wrong, so every problem shows at once.
const always = { message: 'choose', when: () => true } as const;

/**
 * What a consent cannot do without: whose information, who gave it; for
 * exchange, with whom and what; for sharing the agreed plan, which agreements
 * (it is shared with everyone involved, so it names nobody).
 */
export const consentSchema = z
  .object({
    subjectMemberId: chosen,
    purpose: requiredChoice(CONSENT_PURPOSES),
    recipientInvolvementIds: z.array(z.string()),
    categories: z.array(z.enum(InformationCategory)),
    givenByMemberIds: someOf(),
    validUntil: optionalDay(),
  })
  .refine((consent) => consent.purpose !== 'PLAN_EXCHANGE' || consent.recipientInvolvementIds.length > 0, {
    ...always,
    path: ['recipientInvolvementIds'],
  })
  .refine((consent) => !purposeHasCategories(consent.purpose) || consent.categories.length > 0, {
    ...always,
    path: ['categories'],
  });

export type ConsentFormValues = z.input<typeof consentSchema>;
export type CheckedConsent = z.output<typeof consentSchema>;

export const EMPTY_CONSENT: ConsentFormValues = {
  subjectMemberId: '',
  purpose: 'PLAN_EXCHANGE',
  recipientInvolvementIds: [],
  categories: [],
  givenByMemberIds: [],
  validUntil: '',
};

/** What the API gets: only what the chosen purpose names. */
export function recordConsentInputOf(familyId: string, consent: CheckedConsent): RecordConsentInput {
  return {
    familyId,
    subjectMemberId: consent.subjectMemberId,
    purpose: consent.purpose,
    givenByMemberIds: consent.givenByMemberIds,
    recipientInvolvementIds: consent.purpose === 'PLAN_EXCHANGE' ? consent.recipientInvolvementIds : [],
    categories: purposeHasCategories(consent.purpose) ? consent.categories : [],
    ...(consent.validUntil ? { validUntil: consent.validUntil } : {}),
  };
}
