import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PortalSection } from '../../portal-shared/components/portal-section';
import { RosterList } from '../../portal-shared/components/roster-list';
import { SafetyConditions } from '../../portal-shared/components/safety-conditions';
import { SafetyMeaning } from '../../portal-shared/components/safety-meaning';
import { SafetyPlanContact } from '../../portal-shared/components/safety-plan-contact';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { FamilyInvolvement } from './involvement-card';
import { FamilyAgreementList } from './family-agreement-list';
import { useOurPlan } from './our-plan-context';

interface FamilySafetySectionProps {
  plan: PortalPlanItem;
  conditions: readonly PortalPlanItem[];
  agreements: readonly PortalPlanItem[];
  roster: readonly PortalPlanItem[];
  regisseur: FamilyInvolvement | null;
  network: readonly { name: string; phone?: string | null; email?: string | null }[];
}

/** The safety plan, made with the family and its network, so concrete that everyone can hold on to it. */
export function FamilySafetySection({ plan, conditions, agreements, roster, regisseur, network }: FamilySafetySectionProps) {
  const { t } = useTranslation('familyPortal');
  const { memberId, members } = useOurPlan();
  return (
    <PortalSection id="veiligheid" title={t('safety.title')} intro={t('safety.intro')}>
      <SafetyPlanContact plan={plan} regisseur={regisseur} />
      <SafetyMeaning plan={plan} title={t('safety.meaning')} />
      {conditions.length > 0 && (
        <div className="portal-subsection">
          <Heading level={3}>{t('safety.conditions')}</Heading>
          <Paragraph>{t('safety.conditionsIntro')}</Paragraph>
          <SafetyConditions conditions={conditions} />
        </div>
      )}
      {agreements.length > 0 && (
        <div className="portal-subsection">
          <Heading level={3}>{t('safety.agreements')}</Heading>
          <FamilyAgreementList agreements={agreements} memberId={memberId} />
        </div>
      )}
      {roster.length > 0 && (
        <div className="portal-subsection">
          <Heading level={3}>{t('safety.roster')}</Heading>
          <RosterList entries={roster} members={members} people={network} myPartyId={memberId} headingLevel={4} />
        </div>
      )}
    </PortalSection>
  );
}
