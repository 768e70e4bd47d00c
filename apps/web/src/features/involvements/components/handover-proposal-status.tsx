import { Alert, Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HandoverProposalFieldsFragment } from '../../../graphql/generated/graphql';
import { useHandoverProposal } from '../hooks/use-handover-proposal';

interface HandoverProposalStatusProps {
  proposal: HandoverProposalFieldsFragment;
}

/** For the regisseur who proposed a successor: it waits for their answer, the role is still yours, and you may withdraw. */
export function HandoverProposalStatus({ proposal }: HandoverProposalStatusProps) {
  const { t } = useTranslation('involvements');
  const { withdraw, withdrawing } = useHandoverProposal();
  const [failed, setFailed] = useState(false);
  const onWithdraw = async () => {
    setFailed(false);
    try {
      await withdraw(proposal.id);
    } catch {
      setFailed(true);
    }
  };
  return (
    <Alert type="info" className="handover-proposal">
      <Paragraph>
        <strong>{t('proposal.waiting', { name: proposal.toProfessionalName })}</strong>
      </Paragraph>
      <Paragraph>{t('proposal.stillYours')}</Paragraph>
      {failed && (
        <Paragraph role="alert" className="form-failure">
          {t('proposal.failed')}
        </Paragraph>
      )}
      <Button appearance="secondary-action-button" busy={withdrawing} onClick={() => void onWithdraw()}>
        {t('proposal.withdraw')}
      </Button>
    </Alert>
  );
}
