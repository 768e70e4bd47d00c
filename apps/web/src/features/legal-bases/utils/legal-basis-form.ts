import { InformationCategory } from '@gezinsplan/domain';
import { z } from 'zod';
import { LegalBasisKind, RecordLegalBasisInput, ToldAfterwardsInput } from '../../../graphql/generated/graphql';
import { optionalDay, optionalText, requiredChoice, requiredText, someOf } from '../../../shared/forms';

/** The bases, in the order the form offers them. */
export const LEGAL_BASIS_KINDS = {
  SUPERVISION_ORDER: 'SUPERVISION_ORDER',
  MELDCODE: 'MELDCODE',
  GOOD_CARE_PROVIDER: 'GOOD_CARE_PROVIDER',
} as const satisfies Record<LegalBasisKind, LegalBasisKind>;

/** Told before the sharing, or (with a reason) as soon as possible after. */
export const INFORMING = { before: 'before', after: 'after' } as const;

export const STEP_LENGTH = { minimum: 10, maximum: 5000 } as const;

export const REFERENCE_LIMIT = 200;

/** The moment a date-and-time field means, in the person's own time zone; null when it holds none. */
export function momentOfLocalInput(value: string): Date | null {
  if (!value) return null;
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? null : moment;
}

/** When the family was told (as the browser's date-and-time field gives it: local time, without a zone): a moment that has passed. */
export function informedAtSchema(now: () => Date) {
  return z
    .string()
    .min(1, { message: 'empty' })
    .refine((value) => momentOfLocalInput(value) !== null, { message: 'invalid', abort: true })
    .refine((value) => (momentOfLocalInput(value) ?? now()) <= now(), { message: 'future' })
    .transform((value) => momentOfLocalInput(value) ?? now());
}

const step = requiredText(STEP_LENGTH.maximum, STEP_LENGTH.minimum);

/** What every legal basis documents: the basis and the steps the law asks for. */
function stepsShape(today: string) {
  return {
    kind: requiredChoice(LEGAL_BASIS_KINDS),
    reference: optionalText(REFERENCE_LIMIT),
    purpose: step,
    necessaryInformation: step,
    proportionality: step,
    subsidiarity: step,
    professionalSecrecy: step,
    validUntil: optionalDay().refine((day) => !day || day >= today, { message: 'beforeToday' }),
  };
}

/** The legal basis an invitation carries when the family is told afterwards: the steps and why it is told later. */
export function toldAfterwardsSchema(today: string) {
  return z.object({ ...stepsShape(today), informingDelayReason: step });
}

export type ToldAfterwardsValues = z.input<ReturnType<typeof toldAfterwardsSchema>>;
export type CheckedToldAfterwards = z.output<ReturnType<typeof toldAfterwardsSchema>>;

export const EMPTY_TOLD_AFTERWARDS: ToldAfterwardsValues = {
  kind: '',
  reference: '',
  purpose: '',
  necessaryInformation: '',
  proportionality: '',
  subsidiarity: '',
  professionalSecrecy: '',
  informingDelayReason: '',
  validUntil: '',
};

/**
 * The checks the API makes, before the regisseur waits for it: every written
 * step, and the way the family is told. `today` is the Dutch calendar day.
 */
export function legalBasisSchema(today: string, now: () => Date = () => new Date()) {
  const informedAt = informedAtSchema(now);
  return z
    .object({
      ...stepsShape(today),
      subjectMemberIds: someOf(),
      categories: z.array(z.enum(InformationCategory)).min(1, { message: 'choose' }),
      informing: requiredChoice(INFORMING),
      familyInformedAt: z.string(),
      informingDelayReason: z.string(),
    })
    .check(
      z.superRefine(
        (basis, context) => {
          // Only what the chosen way of informing asks: the moment told, or why it is told afterwards.
          const [field, check] =
            basis.informing === 'before' ? (['familyInformedAt', informedAt] as const) : basis.informing === 'after' ? (['informingDelayReason', step] as const) : [];
          if (!field) return;
          const result = check.safeParse(basis[field]);
          if (!result.success) context.addIssue({ code: 'custom', path: [field], message: result.error.issues[0].message });
        },
        // Checked even while other fields are still wrong, so every problem shows at once.
        { when: () => true },
      ),
    );
}

type LegalBasisSchema = ReturnType<typeof legalBasisSchema>;
export type LegalBasisFormValues = z.input<LegalBasisSchema>;
export type CheckedLegalBasis = z.output<LegalBasisSchema>;

export function emptyLegalBasis(subjectMemberIds: readonly string[]): LegalBasisFormValues {
  return { ...EMPTY_TOLD_AFTERWARDS, subjectMemberIds: [...subjectMemberIds], categories: [], informing: '', familyInformedAt: '' };
}

/** The documented steps as the API takes them: no empty reference or end date. */
function stepsInputOf(basis: Omit<CheckedToldAfterwards, 'informingDelayReason'>) {
  return {
    kind: basis.kind,
    purpose: basis.purpose,
    necessaryInformation: basis.necessaryInformation,
    proportionality: basis.proportionality,
    subsidiarity: basis.subsidiarity,
    professionalSecrecy: basis.professionalSecrecy,
    ...(basis.reference ? { reference: basis.reference } : {}),
    ...(basis.validUntil ? { validUntil: basis.validUntil } : {}),
  };
}

/** Only what the chosen way of informing needs: a moment told, or the reason it is told afterwards. */
export function recordLegalBasisInputOf(familyId: string, recipientInvolvementId: string, basis: CheckedLegalBasis): RecordLegalBasisInput {
  const informedAt = basis.informing === 'before' ? momentOfLocalInput(basis.familyInformedAt) : null;
  return {
    familyId,
    recipientInvolvementId,
    ...stepsInputOf(basis),
    subjectMemberIds: basis.subjectMemberIds,
    categories: basis.categories,
    ...(informedAt ? { familyInformedAt: informedAt.toISOString() } : {}),
    ...(basis.informing === 'after' ? { informingDelayReason: basis.informingDelayReason.trim() } : {}),
  };
}

/** The legal basis an invitation carries when the family is told afterwards. */
export function toldAfterwardsInputOf(basis: CheckedToldAfterwards): ToldAfterwardsInput {
  return { ...stepsInputOf(basis), informingDelayReason: basis.informingDelayReason };
}
