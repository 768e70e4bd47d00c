import { PartyType } from '../../../graphql/generated/graphql';

/** `INVOLVEMENT:1234`: a party as one select value. */
export function partyKey(type: PartyType, id: string): string {
  return `${type}:${id}`;
}

const PARTY_TYPES: readonly PartyType[] = ['INVOLVEMENT', 'FAMILY_MEMBER', 'NETWORK_MEMBER'];

export function partyFromKey(key: string): { type: PartyType; id: string } | null {
  const separator = key.indexOf(':');
  const type = key.slice(0, separator) as PartyType;
  const id = key.slice(separator + 1);
  return separator > 0 && PARTY_TYPES.includes(type) && id ? { type, id } : null;
}
