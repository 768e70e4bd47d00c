import { AgreementItem } from '../../portal-shared/components/agreement-item';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { MarkDoneButton } from './mark-done-button';
import { useMemberNames, useOurPlan } from './our-plan-context';

/** Agreements as the family reads them, in the order given; whoever carries one marks it done while the plan is open. */
export function FamilyAgreementList({ agreements, memberId }: { agreements: readonly PortalPlanItem[]; memberId: string }) {
  const { closed, members } = useOurPlan();
  const about = useMemberNames(members);
  return (
    <ul className="bare-list portal-list">
      {agreements.map((agreement) => (
        <AgreementItem
          key={agreement.id}
          agreement={agreement}
          myPartyId={memberId}
          historyAbout={about}
          action={
            agreement.assignee?.id === memberId && !closed
              ? (describedBy) => <MarkDoneButton agreement={agreement} describedBy={describedBy} />
              : undefined
          }
        />
      ))}
    </ul>
  );
}
