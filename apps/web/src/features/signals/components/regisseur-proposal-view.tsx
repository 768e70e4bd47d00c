import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { RegisseurProposalQuery, SignalFieldsFragment } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../i18n/format-date';
import { useLanguage } from '../../../i18n/use-language';
import { ruleOrderOf } from '../utils/match-view';

interface RegisseurProposalViewProps {
  proposal: RegisseurProposalQuery['regisseurProposal'];
  candidates: readonly SignalFieldsFragment[];
}

/**
 * Whom the configured rule proposes, and why: the rule's order of
 * organisation types in the reader's language, and whether the proposal
 * came from that order or, with none of them involved, from the earliest signal.
 */
export function RegisseurProposalView({ proposal, candidates }: RegisseurProposalViewProps) {
  const { t } = useTranslation('signals');
  const { language } = useLanguage();
  const { signal } = proposal;
  const order = ruleOrderOf(proposal.reason);
  const typeName = (type: string) => t(`organisationTypes.${type}` as 'organisationTypes.OTHER', { defaultValue: type });
  // The earliest of the proposed professional's signals on these young people: "since when" they are involved.
  const since = candidates.find((candidate) => candidate.contactEmail === signal.contactEmail)?.registeredAt ?? signal.registeredAt;
  return (
    <>
      <Paragraph>
        <strong>{t('startPlan.regisseur.proposal', { name: signal.professionalName, organisation: signal.organisationName })}</strong>
      </Paragraph>
      {order ? (
        <>
          <Paragraph>{t('startPlan.regisseur.ruleOrder', { types: order.map(typeName).join(t('startPlan.regisseur.ruleThen')) })}</Paragraph>
          <Paragraph>
            {order.includes(signal.organisationType as (typeof order)[number])
              ? t('startPlan.regisseur.ranked', { organisation: signal.organisationName, type: typeName(signal.organisationType) })
              : t('startPlan.regisseur.earliest', {
                  name: signal.professionalName,
                  since: formatDate(new Date(since), language),
                })}
          </Paragraph>
        </>
      ) : (
        <Paragraph>
          {t('startPlan.regisseur.ruleOther')} <span lang="en">{proposal.reason}</span>
        </Paragraph>
      )}
    </>
  );
}
