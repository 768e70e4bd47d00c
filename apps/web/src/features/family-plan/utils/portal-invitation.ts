import { PORTAL_MINIMUM_AGE } from '@gezinsplan/domain';
import { FamilyPlanQuery, PortalAccess } from '../../../graphql/generated/graphql';
import { memberName } from '../../../shared/components/member-names';

type Family = FamilyPlanQuery['family'];

/** Someone the regisseur can give a portal account: a family member or someone from the network. */
export type PortalInvitee = (
  | { kind: 'member'; id: string; name: string; isChild: boolean }
  | { kind: 'network'; id: string; name: string; email: string | null }
) & {
  /** Whether they have an account already; null when the API did not say, and then the API decides. */
  portalAccess: PortalAccess | null;
};

/**
 * Family members of 12 and over may use the family portal; younger children
 * get their own account from 12. A member whose age the page does not know
 * is offered, and the API decides.
 */
export function mayHavePortalAccount(member: Pick<Family['members'][number], 'age'>): boolean {
  return member.age === null || member.age === undefined || member.age >= PORTAL_MINIMUM_AGE;
}

export function memberInvitee(member: Family['members'][number]): PortalInvitee {
  return {
    kind: 'member',
    id: member.id,
    name: memberName(member),
    isChild: member.role === 'CHILD',
    portalAccess: member.portalAccess ?? null,
  };
}

export function networkInvitee(person: Family['network'][number]): PortalInvitee {
  return { kind: 'network', id: person.id, name: person.name, email: person.email ?? null, portalAccess: person.portalAccess ?? null };
}
