import { Heading } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { LogEntryForm } from '../../portal-shared/components/log-entry-form';
import { Logbook } from '../../portal-shared/components/logbook';
import { PortalSection } from '../../portal-shared/components/portal-section';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { useOurPlan } from './our-plan-context';

interface FamilyLogbookSectionProps {
  entries: readonly PortalPlanItem[];
  /** With a safety plan, the family may write in its logbook, which the network reads too. */
  hasSafetyPlan: boolean;
}

/** What happened and what was noticed, by everyone; the family writes in it too. */
export function FamilyLogbookSection({ entries, hasSafetyPlan }: FamilyLogbookSectionProps) {
  const { t } = useTranslation('familyPortal');
  const { familyId, memberId, closed } = useOurPlan();
  return (
    <PortalSection id="logboek" title={t('logbook.title')} intro={t('logbook.intro')}>
      {!closed && (
        <div className="portal-subsection portal-panel">
          <Heading level={3}>{t('logbook.write')}</Heading>
          <LogEntryForm familyId={familyId} category="GENERAL" offerSafetyLogbook={hasSafetyPlan} />
        </div>
      )}
      <Logbook entries={entries} markSafety={hasSafetyPlan} myPartyId={memberId} />
    </PortalSection>
  );
}
