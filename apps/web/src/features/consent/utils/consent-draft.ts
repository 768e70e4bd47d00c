import { InformationCategory } from '@gezinsplan/domain';
import { ConsentPurpose, RecordConsentInput } from '../../../graphql/generated/graphql';

export interface ConsentDraft {
  subjectMemberId: string;
  purpose: ConsentPurpose;
  recipientInvolvementIds: string[];
  categories: InformationCategory[];
  givenByMemberIds: string[];
  validUntil: string;
}

export type ConsentField = keyof Omit<ConsentDraft, 'purpose'>;

/** In form order: the first field with a problem gets the focus. */
export const CONSENT_FIELDS: readonly ConsentField[] = [
  'subjectMemberId',
  'recipientInvolvementIds',
  'categories',
  'givenByMemberIds',
  'validUntil',
];

export const EMPTY_CONSENT: ConsentDraft = {
  subjectMemberId: '',
  purpose: 'PLAN_EXCHANGE',
  recipientInvolvementIds: [],
  categories: [],
  givenByMemberIds: [],
  validUntil: '',
};

/** Exchange names what may be shared; sharing the agreed plan names which agreements. */
export function purposeHasCategories(purpose: ConsentPurpose): boolean {
  return purpose === 'PLAN_EXCHANGE' || purpose === 'SHARE_AGREED_PLAN';
}

/**
 * What a consent cannot do without: whose information, who gave it; for
 * exchange, with whom and what; for sharing the agreed plan, which agreements
 * (it is shared with everyone involved, so it names nobody).
 */
export function missingConsentFields(draft: ConsentDraft): ConsentField[] {
  const missing = new Set<ConsentField>();
  if (!draft.subjectMemberId) missing.add('subjectMemberId');
  if (draft.givenByMemberIds.length === 0) missing.add('givenByMemberIds');
  if (draft.purpose === 'PLAN_EXCHANGE' && draft.recipientInvolvementIds.length === 0) missing.add('recipientInvolvementIds');
  if (purposeHasCategories(draft.purpose) && draft.categories.length === 0) missing.add('categories');
  return CONSENT_FIELDS.filter((field) => missing.has(field));
}

export function recordConsentInputOf(familyId: string, draft: ConsentDraft): RecordConsentInput {
  return {
    familyId,
    subjectMemberId: draft.subjectMemberId,
    purpose: draft.purpose,
    givenByMemberIds: draft.givenByMemberIds,
    recipientInvolvementIds: draft.purpose === 'PLAN_EXCHANGE' ? draft.recipientInvolvementIds : [],
    categories: purposeHasCategories(draft.purpose) ? draft.categories : [],
    ...(draft.validUntil ? { validUntil: draft.validUntil } : {}),
  };
}
