import { useQuery } from '@apollo/client/react';
import { generatePath, useNavigate } from 'react-router-dom';
import { MyRegisseurHandoverProposalsDocument } from '../../../graphql/generated/graphql';
import { PATHS } from '../../../shared/paths';
import { HandoverProposalAnswer } from './handover-proposal-answer';

/** On a professional's overview: the proposals to take over as regisseur that wait for their answer. */
export function WaitingHandoverProposals() {
  const navigate = useNavigate();
  const { data } = useQuery(MyRegisseurHandoverProposalsDocument, { fetchPolicy: 'cache-and-network' });
  const proposals = data?.myRegisseurHandoverProposals ?? [];
  if (proposals.length === 0) return null;
  return (
    <div className="handover-proposals">
      {proposals.map((proposal) => (
        <HandoverProposalAnswer
          key={proposal.id}
          proposal={proposal}
          onAccepted={() => navigate(generatePath(PATHS.familyPlan, { familyId: proposal.familyId }))}
        />
      ))}
    </div>
  );
}
