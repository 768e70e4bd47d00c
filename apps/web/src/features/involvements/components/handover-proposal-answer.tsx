import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HandoverProposalFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedMoment } from '../../../shared/components/formatted-date';
import { useHandoverProposal } from '../hooks/use-handover-proposal';
import { DeclineHandoverForm } from './decline-handover-form';

interface HandoverProposalAnswerProps {
  proposal: HandoverProposalFieldsFragment;
  /** After accepting: e.g. the overview opens the plan. */
  onAccepted?: () => void;
}

/**
 * For the professional proposed as regisseur: who proposes it, for which
 * family, the handover note, and the answer. Until they accept, the proposer
 * stays regisseur.
 */
export function HandoverProposalAnswer({ proposal, onAccepted }: HandoverProposalAnswerProps) {
  const { t } = useTranslation('involvements');
  const { accept, accepting } = useHandoverProposal();
  const [declining, setDeclining] = useState(false);
  const [failed, setFailed] = useState(false);
  const headingId = useId();
  const onAccept = async () => {
    setFailed(false);
    try {
      await accept(proposal.id);
      onAccepted?.();
    } catch {
      setFailed(true);
    }
  };
  return (
    <section className="handover-proposal" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('proposal.askTitle', { family: proposal.familyName })}
      </Heading>
      <Paragraph>
        {t('proposal.ask', { proposer: proposal.proposedByName, family: proposal.familyName })} <FormattedMoment at={proposal.proposedAt} />
      </Paragraph>
      {proposal.note && (
        <dl className="plan-facts">
          <div className="plan-facts__row">
            <dt>{t('proposal.note')}</dt>
            <dd className="plan-text">{proposal.note}</dd>
          </div>
        </dl>
      )}
      <Paragraph>{t('proposal.untilAccepted', { proposer: proposal.proposedByName })}</Paragraph>
      {failed && (
        <Paragraph role="alert" className="form-failure">
          {t('proposal.failed')}
        </Paragraph>
      )}
      {declining ? (
        <DeclineHandoverForm proposalId={proposal.id} onDone={(declined) => !declined && setDeclining(false)} />
      ) : (
        <div className="plan-form__actions">
          <Button appearance="primary-action-button" busy={accepting} onClick={() => void onAccept()}>
            {t('proposal.accept')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setDeclining(true)}>
            {t('proposal.decline')}
          </Button>
        </div>
      )}
    </section>
  );
}
