import { NetworkMemberOnly } from '../../network/components/network-member-only';
import { SafetyPlanPrint } from './safety-plan-print';

/** /netwerk/:familyId/afdrukken — a network member's safety plan on paper. */
export function SafetyPlanPrintPage() {
  return <NetworkMemberOnly>{(family, networkMemberId) => <SafetyPlanPrint family={family} networkMemberId={networkMemberId} />}</NetworkMemberOnly>;
}
