import { z } from 'zod';
import { checkEmailAddress } from '../../../shared/components/email-address';
import { checkOptionalPhoneNumber, PHONE_NUMBER_LIMIT } from '../../../shared/components/phone-number';
import { reason, requiredText } from '../../../shared/forms';

/** What the API accepts. */
const LIMITS = { name: 200, relation: 100 } as const;

/** A text that may be left empty; empty is sent as null, so a correction can take it away. */
function textOrNull(max: number) {
  return z
    .string()
    .trim()
    .max(max, reason('tooLong'))
    .transform((text) => (text === '' ? null : text));
}

/** The checks the API makes on someone from the family's network: a grandmother, neighbour or coach. */
export function networkShape() {
  return {
    name: requiredText(LIMITS.name),
    /** In the family's words: oma, buurman, voetbaltrainer. */
    relation: requiredText(LIMITS.relation),
    // What the API refuses: anything but digits, spaces, +, - and parentheses (a link, a script).
    phone: textOrNull(PHONE_NUMBER_LIMIT).refine((phone) => phone === null || checkOptionalPhoneNumber(phone) === null, reason('invalid')),
    // Optional: only an address that was typed is checked.
    email: textOrNull(Number.MAX_SAFE_INTEGER).refine((email) => email === null || checkEmailAddress(email) === null, reason('invalid')),
  };
}

export function networkSchema() {
  return z.object(networkShape());
}

export type NetworkValues = z.input<ReturnType<typeof networkSchema>>;
export type CheckedNetworkMember = z.output<ReturnType<typeof networkSchema>>;

export function newNetworkValues(): NetworkValues {
  return { name: '', relation: '', phone: '', email: '' };
}

/** A person as the API has them, as the form holds them. */
export function networkValuesOf(person: { name: string; relation: string; phone?: string | null; email?: string | null }): NetworkValues {
  return { name: person.name, relation: person.relation, phone: person.phone ?? '', email: person.email ?? '' };
}
