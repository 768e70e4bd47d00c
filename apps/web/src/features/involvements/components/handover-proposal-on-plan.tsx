import { FamilyPlanQuery } from '../../../graphql/generated/graphql';
import { HandoverNoteForRegisseur } from './handover-note-for-regisseur';
import { HandoverProposalAnswer } from './handover-proposal-answer';
import { HandoverProposalStatus } from './handover-proposal-status';

interface HandoverProposalOnPlanProps {
  family: Pick<FamilyPlanQuery['family'], 'myRelation' | 'openRegisseurHandover' | 'regisseurHistory'>;
}

/** On the plan: the regisseur sees the proposal waiting (and may withdraw it), the proposed professional answers it, the new regisseur reads the note. */
export function HandoverProposalOnPlan({ family }: HandoverProposalOnPlanProps) {
  const proposal = family.openRegisseurHandover;
  return (
    <>
      {proposal && family.myRelation.isRegisseur && <HandoverProposalStatus proposal={proposal} />}
      {proposal && family.myRelation.involvementId === proposal.toInvolvementId && <HandoverProposalAnswer proposal={proposal} />}
      <HandoverNoteForRegisseur terms={family.regisseurHistory} isRegisseur={family.myRelation.isRegisseur} />
    </>
  );
}
