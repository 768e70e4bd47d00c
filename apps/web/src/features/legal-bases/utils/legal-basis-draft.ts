import { InformationCategory } from '@gezinsplan/domain';
import { LegalBasisKind, RecordLegalBasisInput } from '../../../graphql/generated/graphql';

export const LEGAL_BASIS_KINDS: readonly LegalBasisKind[] = ['SUPERVISION_ORDER', 'MELDCODE', 'GOOD_CARE_PROVIDER'];

/** Told before the sharing, or (with a reason) as soon as possible after. */
export type Informing = 'before' | 'after';

export interface LegalBasisDraft {
  kind: LegalBasisKind | '';
  reference: string;
  purpose: string;
  subjectMemberIds: string[];
  categories: InformationCategory[];
  necessaryInformation: string;
  proportionality: string;
  subsidiarity: string;
  professionalSecrecy: string;
  informing: Informing | '';
  /** As the browser's date-and-time field gives it: local time, without a zone. */
  familyInformedAt: string;
  informingDelayReason: string;
  validUntil: string;
}

export type LegalBasisField = keyof LegalBasisDraft;

/** In form order (the six documented steps, then informing the family): the first with a problem gets the focus. */
export const LEGAL_BASIS_FIELDS: readonly LegalBasisField[] = [
  'kind',
  'reference',
  'purpose',
  'subjectMemberIds',
  'categories',
  'necessaryInformation',
  'proportionality',
  'subsidiarity',
  'professionalSecrecy',
  'informing',
  'familyInformedAt',
  'informingDelayReason',
  'validUntil',
];

/** The written steps: each must be documented in at least this many characters. */
export const STEP_FIELDS = ['purpose', 'necessaryInformation', 'proportionality', 'subsidiarity', 'professionalSecrecy'] as const;

export const STEP_LENGTH = { minimum: 10, maximum: 5000 } as const;

const REFERENCE_LIMIT = 200;

export type LegalBasisReason = 'empty' | 'tooShort' | 'tooLong' | 'future' | 'beforeToday' | 'invalid';

export type LegalBasisProblems = Partial<Record<LegalBasisField, LegalBasisReason>>;

export function emptyLegalBasis(subjectMemberIds: readonly string[]): LegalBasisDraft {
  return {
    kind: '',
    reference: '',
    purpose: '',
    subjectMemberIds: [...subjectMemberIds],
    categories: [],
    necessaryInformation: '',
    proportionality: '',
    subsidiarity: '',
    professionalSecrecy: '',
    informing: '',
    familyInformedAt: '',
    informingDelayReason: '',
    validUntil: '',
  };
}

/** The moment a date-and-time field means, in the person's own time zone; null when it holds none. */
export function momentOfLocalInput(value: string): Date | null {
  if (!value) return null;
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? null : moment;
}

function checkLength(text: string, minimum: number, maximum: number): LegalBasisReason | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length < minimum) return 'tooShort';
  if (trimmed.length > maximum) return 'tooLong';
  return null;
}

/** When the family was told: a moment that has passed. */
export function checkInformedAt(value: string, now: Date): LegalBasisReason | null {
  if (!value) return 'empty';
  const moment = momentOfLocalInput(value);
  if (!moment) return 'invalid';
  return moment > now ? 'future' : null;
}

/** The checks the API makes, before the regisseur waits for it. `today` is the Dutch calendar day. */
export function checkLegalBasisDraft(draft: LegalBasisDraft, now: Date, today: string): LegalBasisProblems {
  const problems: LegalBasisProblems = {};
  if (!draft.kind) problems.kind = 'empty';
  if (draft.reference.length > REFERENCE_LIMIT) problems.reference = 'tooLong';
  if (draft.subjectMemberIds.length === 0) problems.subjectMemberIds = 'empty';
  if (draft.categories.length === 0) problems.categories = 'empty';
  for (const field of STEP_FIELDS) {
    const reason = checkLength(draft[field], STEP_LENGTH.minimum, STEP_LENGTH.maximum);
    if (reason) problems[field] = reason;
  }
  if (!draft.informing) problems.informing = 'empty';
  if (draft.informing === 'before') {
    const reason = checkInformedAt(draft.familyInformedAt, now);
    if (reason) problems.familyInformedAt = reason;
  }
  if (draft.informing === 'after') {
    const reason = checkLength(draft.informingDelayReason, STEP_LENGTH.minimum, STEP_LENGTH.maximum);
    if (reason) problems.informingDelayReason = reason;
  }
  if (draft.validUntil && draft.validUntil < today) problems.validUntil = 'beforeToday';
  return LEGAL_BASIS_FIELDS.reduce<LegalBasisProblems>(
    (ordered, field) => (problems[field] ? { ...ordered, [field]: problems[field] } : ordered),
    {},
  );
}

/** Only what the chosen way of informing needs: a moment told, or the reason it is told afterwards. */
export function recordLegalBasisInputOf(familyId: string, recipientInvolvementId: string, draft: LegalBasisDraft): RecordLegalBasisInput {
  if (!draft.kind) throw new Error('A legal basis is recorded only once its kind is chosen');
  const informedAt = draft.informing === 'before' ? momentOfLocalInput(draft.familyInformedAt) : null;
  const reference = draft.reference.trim();
  return {
    familyId,
    recipientInvolvementId,
    kind: draft.kind,
    subjectMemberIds: draft.subjectMemberIds,
    categories: draft.categories,
    purpose: draft.purpose.trim(),
    necessaryInformation: draft.necessaryInformation.trim(),
    proportionality: draft.proportionality.trim(),
    subsidiarity: draft.subsidiarity.trim(),
    professionalSecrecy: draft.professionalSecrecy.trim(),
    ...(reference ? { reference } : {}),
    ...(informedAt ? { familyInformedAt: informedAt.toISOString() } : {}),
    ...(draft.informing === 'after' ? { informingDelayReason: draft.informingDelayReason.trim() } : {}),
    ...(draft.validUntil ? { validUntil: draft.validUntil } : {}),
  };
}
