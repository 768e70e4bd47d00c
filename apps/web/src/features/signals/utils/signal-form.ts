import { SIGNAL_DOMAINS } from '@gezinsplan/domain';
import { z } from 'zod';
import { RegisterSignalInput } from '../../../graphql/generated/graphql';
import { reason, requiredDay, requiredText } from '../../../shared/forms';

/** The API asks at least this many characters for why the family was not told yet. */
export const MINIMUM_REASON_LENGTH = 10;

/** A BSN as typed, without the spaces and dots people copy along with it. */
export function normaliseBsn(value: string): string {
  return value.replace(/[\s.]/g, '');
}

export function isNineDigits(value: string): boolean {
  return /^\d{9}$/.test(normaliseBsn(value));
}

/** The moment the family was told: the chosen day, at noon; today, now. */
function informedAtOf(day: string, today: string): string {
  return day === today ? new Date().toISOString() : new Date(`${day}T12:00:00Z`).toISOString();
}

/**
 * What the form itself can tell is missing or malformed. The eleven-test of
 * the BSN and the age limit are the API's to judge: it names the field, and
 * the BSN then reads `invalid` instead of the form's own `nineDigits`.
 * The form's names are the API's, so an API rejection lands on its field.
 */
export function signalSchema(today: string) {
  const pastDay = requiredDay().refine((day) => day <= today, reason('inFuture'));
  const told = z.object({
    bsn: z.string().refine(isNineDigits, { message: 'nineDigits' }),
    givenName: requiredText(),
    familyName: requiredText(),
    dateOfBirth: pastDay,
    street: requiredText(),
    houseNumber: requiredText(),
    postcode: z.string().trim().regex(/^\d{4}\s*[a-zA-Z]{2}$/, reason('invalid')),
    city: requiredText(),
    /** Two optional BSNs, one question: the group is marked, not a field. */
    parentBsns: z
      .object({ first: z.string(), second: z.string() })
      .refine((parents) => [parents.first, parents.second].every((bsn) => bsn.trim() === '' || isNineDigits(bsn)), reason('invalid')),
    domain: z.string().min(1, reason('choose')).pipe(z.enum(SIGNAL_DOMAINS, reason('invalid'))),
    contactPhone: z.string().trim().min(3, reason('tooShort')),
    /** Were the young person or the parents told? Not chosen yet: ''. */
    informed: z.string().min(1, reason('choose')).pipe(z.enum(['yes', 'no'], reason('invalid'))),
    /** The day they were told (YYYY-MM-DD): the API takes a moment. */
    informedAt: z.string(),
    notInformedReason: z.string(),
  });
  return told
    .refine((signal) => signal.informed !== 'yes' || pastDay.safeParse(signal.informedAt).success, {
      path: ['informedAt'],
      ...reason('invalid'),
      // Checked even while other fields are still wrong, so every problem shows at once.
      when: () => true,
    })
    .refine((signal) => signal.informed !== 'no' || signal.notInformedReason.trim().length >= MINIMUM_REASON_LENGTH, {
      path: ['notInformedReason'],
      ...reason('tooShort'),
      when: () => true,
    })
    .transform((signal): RegisterSignalInput => {
      const parentBsns = [signal.parentBsns.first, signal.parentBsns.second].map(normaliseBsn).filter((bsn) => bsn !== '');
      return {
        bsn: normaliseBsn(signal.bsn),
        givenName: signal.givenName,
        familyName: signal.familyName,
        dateOfBirth: signal.dateOfBirth,
        street: signal.street,
        houseNumber: signal.houseNumber,
        postcode: signal.postcode,
        city: signal.city,
        parentBsns: [...new Set(parentBsns)],
        domain: signal.domain,
        contactPhone: signal.contactPhone,
        ...(signal.informed === 'yes'
          ? { informedAt: informedAtOf(signal.informedAt, today) }
          : { notInformedReason: signal.notInformedReason.trim() }),
      };
    });
}

export type SignalFormValues = z.input<ReturnType<typeof signalSchema>>;

export const EMPTY_SIGNAL: SignalFormValues = {
  bsn: '',
  givenName: '',
  familyName: '',
  dateOfBirth: '',
  street: '',
  houseNumber: '',
  postcode: '',
  city: '',
  parentBsns: { first: '', second: '' },
  domain: '',
  contactPhone: '',
  informed: '',
  informedAt: '',
  notInformedReason: '',
};

/**
 * The API reports "neither told nor why not" on `notInformedReason`; the form
 * shows that at the question when "not yet" is not what was chosen.
 */
export function signalFieldAliases(informed: string): Readonly<Record<string, string>> {
  return informed === 'no' ? {} : { notInformedReason: 'informed' };
}
