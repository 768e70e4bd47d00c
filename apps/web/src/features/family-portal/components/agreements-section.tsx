import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { dutchToday } from '@gezinsplan/domain';
import { useTranslation } from 'react-i18next';
import { AgreementItem } from '../../portal-shared/components/agreement-item';
import { PortalSection } from '../../portal-shared/components/portal-section';
import { byUrgency } from '../../../shared/components/agreement-state';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { MarkDoneButton } from './mark-done-button';
import { useOurPlan } from './our-plan-context';

function AgreementList({ agreements, memberId }: { agreements: readonly PortalPlanItem[]; memberId: string }) {
  const { closed } = useOurPlan();
  return (
    <ul className="bare-list portal-list">
      {byUrgency(agreements, dutchToday()).map((agreement) => (
        <AgreementItem
          key={agreement.id}
          agreement={agreement}
          myPartyId={memberId}
          withHistory
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

/** Who does what by when: first what the signed-in person does, then the others. */
export function AgreementsSection({ agreements }: { agreements: readonly PortalPlanItem[] }) {
  const { t } = useTranslation('familyPortal');
  const { memberId, regisseurName } = useOurPlan();
  const mine = agreements.filter((agreement) => agreement.assignee?.id === memberId);
  const others = agreements.filter((agreement) => agreement.assignee?.id !== memberId);
  return (
    <PortalSection id="afspraken" title={t('agreements.title')} intro={t('agreements.intro')}>
      {agreements.length === 0 && (
        <Paragraph>{t('agreements.empty', { regisseur: regisseurName ?? t('yourRegisseur') })}</Paragraph>
      )}
      {mine.length > 0 && (
        <div className="portal-subsection">
          <Heading level={3}>{t('agreements.mine')}</Heading>
          <AgreementList agreements={mine} memberId={memberId} />
        </div>
      )}
      {others.length > 0 && (
        <div className="portal-subsection">
          <Heading level={3}>{t('agreements.others')}</Heading>
          <AgreementList agreements={others} memberId={memberId} />
        </div>
      )}
    </PortalSection>
  );
}
