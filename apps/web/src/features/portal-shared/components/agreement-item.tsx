import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { dutchToday } from '@gezinsplan/domain';
import { ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { formatDay } from '../utils/dates';
import { agreementState } from '../../../shared/components/agreement-state';
import { PortalPlanItem } from '../utils/plan-items';
import { ItemExtras } from './item-extras';
import { PortalItemHistory } from './portal-item-history';

interface AgreementItemProps {
  agreement: PortalPlanItem;
  /** The party the signed-in person is, to say "you" rather than their name. */
  myPartyId: string | null;
  /** What the signed-in person can do with it, such as marking it done. */
  action?: (describedBy: string) => ReactNode;
  /** Offer "Wat er eerst stond" (the family portal), naming members as given. */
  historyAbout?: (memberIds: readonly string[]) => string;
}

/** Who does what by when, and how far it is. */
export function AgreementItem({ agreement, myPartyId, action, historyAbout }: AgreementItemProps) {
  const { t } = useTranslation('portal');
  const { language } = useLanguage();
  const textId = useId();
  const state = agreementState(agreement, dutchToday());
  const assignee = agreement.assignee;
  const who = !assignee
    ? t('agreement.nobody')
    : assignee.id === myPartyId
      ? t('agreement.you')
      : assignee.organisationName
        ? t('agreement.professional', { name: assignee.name, organisation: assignee.organisationName })
        : assignee.name;
  return (
    <li className="divided-entry divided-entry--roomy portal-item">
      <Paragraph className="portal-text" id={textId}>
        {agreement.text}
      </Paragraph>
      <dl className="portal-facts">
        <div>
          <dt>{t('agreement.who')}</dt>
          <dd>{who}</dd>
        </div>
        {agreement.dueOn && (
          <div>
            <dt>{t('agreement.dueOn')}</dt>
            <dd>{formatDay(agreement.dueOn, language)}</dd>
          </div>
        )}
        <div>
          <dt>{t('agreement.status')}</dt>
          <dd>
            <span className={`badge portal-status portal-status--${state}`}>{t(`agreement.states.${state}`)}</span>
          </dd>
        </div>
        {agreement.status === 'NOT_KEPT' && agreement.statusReason && (
          <div>
            <dt>{t('agreement.reason')}</dt>
            <dd>{agreement.statusReason}</dd>
          </div>
        )}
      </dl>
      {historyAbout && <PortalItemHistory item={agreement} about={historyAbout} />}
      {action?.(textId)}
      <ItemExtras item={agreement} describedBy={textId} />
    </li>
  );
}
