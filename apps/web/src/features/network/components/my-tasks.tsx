import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { AgreementItem } from '../../portal-shared/components/agreement-item';
import { PortalSection } from '../../portal-shared/components/portal-section';
import { RosterList } from '../../portal-shared/components/roster-list';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';

interface MyTasksProps {
  roster: readonly PortalPlanItem[];
  agreements: readonly PortalPlanItem[];
  members: readonly { id: string; givenName: string }[];
  people: readonly { name: string; phone?: string | null; email?: string | null }[];
  myId: string;
  contactName: string | null;
}

/** What this network member does, on which day, and whom they tell when they cannot come. */
export function MyTasks({ roster, agreements, members, people, myId, contactName }: MyTasksProps) {
  const { t } = useTranslation('network');
  const nothing = roster.length === 0 && agreements.length === 0;
  return (
    <PortalSection id="jouw-taken" title={t('tasks.title')} intro={nothing ? undefined : t('tasks.intro')}>
      {nothing && <Paragraph>{t('tasks.empty', { contact: contactName ?? t('theRegisseur') })}</Paragraph>}
      {roster.length > 0 && <RosterList entries={roster} members={members} people={people} myPartyId={myId} showWho={false} />}
      {agreements.length > 0 && (
        <div className="portal-subsection">
          <Heading level={3}>{t('tasks.agreements')}</Heading>
          <ul className="bare-list portal-list">
            {agreements.map((agreement) => (
              <AgreementItem key={agreement.id} agreement={agreement} myPartyId={myId} />
            ))}
          </ul>
        </div>
      )}
    </PortalSection>
  );
}
