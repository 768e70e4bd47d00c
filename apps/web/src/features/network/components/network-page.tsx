import { UnsavedChangesGuard } from '../../../shared/components/unsaved-changes';
import { NetworkMemberOnly } from './network-member-only';
import { NetworkSafetyPlan } from './network-safety-plan';

/** A network member's page: their part of the family's safety plan. */
export function NetworkPage() {
  return (
    <NetworkMemberOnly>
      {(family, networkMemberId) => (
        <UnsavedChangesGuard>
          <NetworkSafetyPlan family={family} networkMemberId={networkMemberId} />
        </UnsavedChangesGuard>
      )}
    </NetworkMemberOnly>
  );
}
