import { SignalDomain } from '@gezinsplan/domain';
import { RegisterSignalInput } from '../../../graphql/generated/graphql';

/** What the professional fills in: who and where, one domain, their phone, and whether the family was told. */
export interface SignalDraft {
  bsn: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  parentBsn1: string;
  parentBsn2: string;
  domain: SignalDomain | '';
  contactPhone: string;
  /** Were the young person or the parents told? Not chosen yet: ''. */
  informed: 'yes' | 'no' | '';
  /** YYYY-MM-DD, when told. */
  informedOn: string;
  notInformedReason: string;
}

/**
 * The fields that can have a problem, in form order: the first gets the focus.
 * All but `informed` (the choice itself) are the API's input fields.
 */
export const SIGNAL_FIELDS = [
  'bsn',
  'givenName',
  'familyName',
  'dateOfBirth',
  'street',
  'houseNumber',
  'postcode',
  'city',
  'parentBsns',
  'domain',
  'contactPhone',
  'informed',
  'informedAt',
  'notInformedReason',
] as const;

export type SignalField = (typeof SIGNAL_FIELDS)[number];

export const EMPTY_SIGNAL: SignalDraft = {
  bsn: '',
  givenName: '',
  familyName: '',
  dateOfBirth: '',
  street: '',
  houseNumber: '',
  postcode: '',
  city: '',
  parentBsn1: '',
  parentBsn2: '',
  domain: '',
  contactPhone: '',
  informed: '',
  informedOn: '',
  notInformedReason: '',
};

/** The API asks at least this many characters for why the family was not told yet. */
export const MINIMUM_REASON_LENGTH = 10;

/** A BSN as typed, without the spaces and dots people copy along with it. */
export function normaliseBsn(value: string): string {
  return value.replace(/[\s.]/g, '');
}

export function isNineDigits(value: string): boolean {
  return /^\d{9}$/.test(normaliseBsn(value));
}

/**
 * What the form itself can tell is missing or malformed. The eleven-test of
 * the BSN and the age limit are the API's to judge: it names the field.
 */
export function signalDraftProblems(draft: SignalDraft, today: string): SignalField[] {
  const problems = new Set<SignalField>();
  if (!isNineDigits(draft.bsn)) problems.add('bsn');
  if (!draft.givenName.trim()) problems.add('givenName');
  if (!draft.familyName.trim()) problems.add('familyName');
  if (!draft.dateOfBirth || draft.dateOfBirth > today) problems.add('dateOfBirth');
  if (!draft.street.trim()) problems.add('street');
  if (!draft.houseNumber.trim()) problems.add('houseNumber');
  if (!/^\d{4}\s*[a-zA-Z]{2}$/.test(draft.postcode.trim())) problems.add('postcode');
  if (!draft.city.trim()) problems.add('city');
  if ([draft.parentBsn1, draft.parentBsn2].some((bsn) => bsn.trim() !== '' && !isNineDigits(bsn))) problems.add('parentBsns');
  if (!draft.domain) problems.add('domain');
  if (draft.contactPhone.trim().length < 3) problems.add('contactPhone');
  if (draft.informed === '') problems.add('informed');
  if (draft.informed === 'yes' && (!draft.informedOn || draft.informedOn > today)) problems.add('informedAt');
  if (draft.informed === 'no' && draft.notInformedReason.trim().length < MINIMUM_REASON_LENGTH) problems.add('notInformedReason');
  return SIGNAL_FIELDS.filter((field) => problems.has(field));
}

/**
 * The API reports "neither told nor why not" on `notInformedReason`; the form
 * shows that at the question when nothing was chosen.
 */
export function placeApiProblems(fields: readonly SignalField[], draft: SignalDraft): SignalField[] {
  const placed = fields.map((field) => (field === 'notInformedReason' && draft.informed !== 'no' ? 'informed' : field));
  return SIGNAL_FIELDS.filter((field) => placed.includes(field));
}

/** The moment the family was told: the chosen day, at noon; today, now. */
function informedAtOf(day: string, today: string): string {
  return day === today ? new Date().toISOString() : new Date(`${day}T12:00:00Z`).toISOString();
}

export function registerSignalInputOf(draft: SignalDraft, today: string): RegisterSignalInput {
  const parentBsns = [draft.parentBsn1, draft.parentBsn2].map(normaliseBsn).filter((bsn) => bsn !== '');
  return {
    bsn: normaliseBsn(draft.bsn),
    givenName: draft.givenName.trim(),
    familyName: draft.familyName.trim(),
    dateOfBirth: draft.dateOfBirth,
    street: draft.street.trim(),
    houseNumber: draft.houseNumber.trim(),
    postcode: draft.postcode.trim(),
    city: draft.city.trim(),
    parentBsns: [...new Set(parentBsns)],
    domain: draft.domain as SignalDomain,
    contactPhone: draft.contactPhone.trim(),
    ...(draft.informed === 'yes'
      ? { informedAt: informedAtOf(draft.informedOn, today) }
      : { notInformedReason: draft.notInformedReason.trim() }),
  };
}
