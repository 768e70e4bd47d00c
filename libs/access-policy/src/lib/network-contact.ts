import { Relation } from './facts';

/**
 * Whether a person sees the phone numbers and e-mail addresses of the family's
 * network (docs/access-rules.md, "Network members: contact details and
 * corrections"). The network carries the safety plan: the regisseur and the
 * professionals whose task includes safety may need to call them, the family
 * gave the numbers, and network members call each other when they cannot come.
 * A professional whose task is school or money needs the names (who is around
 * the family), not how to reach them.
 */
export function seesNetworkContactDetails(relation: Relation): boolean {
  switch (relation.type) {
    case 'PROFESSIONAL':
      return relation.involvement.isRegisseur || relation.involvement.categories.includes('SAFETY');
    case 'FAMILY_MEMBER':
    case 'NETWORK_MEMBER':
      return true;
    case 'NONE':
      return false;
  }
}
