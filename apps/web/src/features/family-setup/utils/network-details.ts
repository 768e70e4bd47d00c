import { NetworkMemberInput } from '../../../graphql/generated/graphql';
import { checkEmailAddress } from '../../../shared/components/email-address';
import { checkOptionalPhoneNumber } from '../../../shared/components/phone-number';
import { FieldErrors } from '../../../shared/components/form-problem';

/** The fields of a network member, in form order; the API names the same ones. */
export const NETWORK_FIELDS = ['name', 'relation', 'phone', 'email'] as const;

export type NetworkField = (typeof NETWORK_FIELDS)[number];

/** A grandmother, neighbour or coach with a role in the safety plan, as a form holds them. */
export interface NetworkDetails {
  name: string;
  /** In the family's words: oma, buurman, voetbaltrainer. */
  relation: string;
  phone: string;
  email: string;
}

/** What the API accepts. */
const LIMITS = { name: 200, relation: 100 } as const;

export function newNetworkDetails(): NetworkDetails {
  return { name: '', relation: '', phone: '', email: '' };
}

/** A person as the API has them, as the form holds them. */
export function networkDetailsOf(person: { name: string; relation: string; phone?: string | null; email?: string | null }): NetworkDetails {
  return { name: person.name, relation: person.relation, phone: person.phone ?? '', email: person.email ?? '' };
}

export function sameNetworkDetails(a: NetworkDetails, b: NetworkDetails): boolean {
  return NETWORK_FIELDS.every((field) => a[field].trim() === b[field].trim());
}

export function checkNetworkDetails(person: NetworkDetails): FieldErrors<NetworkField> {
  const errors: FieldErrors<NetworkField> = {};
  for (const field of ['name', 'relation'] as const) {
    const text = person[field].trim();
    if (text === '') errors[field] = 'empty';
    else if (text.length > LIMITS[field]) errors[field] = 'tooLong';
  }
  const phone = checkOptionalPhoneNumber(person.phone);
  if (phone) errors.phone = phone;
  // Optional: only an address that was typed is checked.
  if (person.email.trim() !== '' && checkEmailAddress(person.email)) errors.email = 'invalid';
  return errors;
}

export function networkInputOf(person: NetworkDetails): NetworkMemberInput {
  const optional = (text: string) => (text.trim() === '' ? null : text.trim());
  return { name: person.name.trim(), relation: person.relation.trim(), phone: optional(person.phone), email: optional(person.email) };
}
