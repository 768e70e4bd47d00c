import { dutchToday } from '@gezinsplan/domain';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FamilyPlanQuery } from '../../../graphql/generated/graphql';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';
import { ClosedPlanBanner } from '../../plan-closure/components/closed-plan-banner';
import { FamilyChangeNotice } from '../../family-setup/components/family-change-notice';
import { HandoverProposalOnPlan } from '../../involvements/components/handover-proposal-on-plan';
import { InvolvementList } from '../../involvements/components/involvement-list';
import { RegisseurHistory } from '../../involvements/components/regisseur-history';
import { planEditorFor } from '../../plan-items/utils/plan-editor';
import { planSections } from '../utils/plan-sections';
import { AdoptedVersionsSection } from './adopted-versions-section';
import { FamilyPlanHeader } from './family-plan-header';
import { HandoverNotice } from './handover-notice';
import { MembersSection } from './members-section';
import { PlanContentsNav } from './plan-contents-nav';
import { PlanSection } from './plan-section';
import { PlanSectionsView } from './plan-sections-view';
import { PlanView, PlanViewProvider } from './plan-view-context';
import { useLinkedItemId, useScrollToItem } from '../hooks/use-scroll-to-item';

interface FamilyPlanViewProps {
  family: FamilyPlanQuery['family'];
}

/** The whole plan page: who is involved, the family, the plan part by part, and its adopted versions. */
export function FamilyPlanView({ family }: FamilyPlanViewProps) {
  const { t } = useTranslation('familyPlan');
  const sections = useMemo(() => planSections(family.plan), [family.plan]);
  const editor = useMemo(
    () =>
      // A closed plan is read-only for everyone: no buttons to change it.
      family.closedAt
        ? null
        : planEditorFor(family.id, family.myRelation, family.involvements, {
            members: family.members,
            network: family.network,
            goals: sections.goals,
            legalBases: family.legalBases,
          }),
    [family, sections.goals],
  );
  const linkedItemId = useLinkedItemId();
  const view = useMemo<PlanView>(
    () => ({
      members: family.members,
      goals: sections.goals,
      responsesByTarget: sections.responsesByTarget,
      today: dutchToday(),
      editor,
      linkedItemId,
    }),
    [family.members, sections, editor, linkedItemId],
  );
  const ownInvolvement = family.involvements.find((involvement) => involvement.id === family.myRelation.involvementId);
  useScrollToItem(true);

  return (
    <>
      <Paragraph>
        <RouterLink to={PATHS.home}>{t('backToOverview')}</RouterLink>
      </Paragraph>
      <FamilyPlanHeader family={family} ownInvolvement={ownInvolvement} />
      <ClosedPlanBanner family={family} />
      <HandoverNotice />
      <HandoverProposalOnPlan family={family} />
      <FamilyChangeNotice />
      <PlanContentsNav />
      <PlanSection id="betrokkenen" title={t('sections.involved')} intro={<Paragraph>{t('involved.intro')}</Paragraph>}>
        <InvolvementList involvements={family.involvements} members={family.members} ownInvolvementId={ownInvolvement?.id} />
        <RegisseurHistory terms={family.regisseurHistory} />
      </PlanSection>
      <MembersSection
        familyId={family.id}
        members={family.members}
        network={family.network}
        isRegisseur={family.myRelation.isRegisseur && !family.closedAt}
      />
      <PlanViewProvider value={view}>
        <PlanSectionsView sections={sections} />
      </PlanViewProvider>
      <AdoptedVersionsSection familyId={family.id} isRegisseur={family.myRelation.isRegisseur} />
    </>
  );
}
