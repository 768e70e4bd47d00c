import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { dutchToday } from '@gezinsplan/domain';
import { useTranslation } from 'react-i18next';
import { PortalSection } from '../../portal-shared/components/portal-section';
import { byUrgency } from '../../../shared/components/agreement-state';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { FamilyAgreementList } from './family-agreement-list';
import { useOurPlan } from './our-plan-context';

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
          <FamilyAgreementList agreements={byUrgency(mine, dutchToday())} memberId={memberId} />
        </div>
      )}
      {others.length > 0 && (
        <div className="portal-subsection">
          <Heading level={3}>{t('agreements.others')}</Heading>
          <FamilyAgreementList agreements={byUrgency(others, dutchToday())} memberId={memberId} />
        </div>
      )}
    </PortalSection>
  );
}
