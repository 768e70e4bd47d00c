import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PortalFamilyPlanQuery } from '../../../graphql/generated/graphql';
import { ItemExtrasProvider } from '../../portal-shared/components/item-extras';
import { TableOfContents } from '../../portal-shared/components/table-of-contents';
import { ourPlanParts } from '../utils/our-plan-parts';
import { AgreementsSection } from './agreements-section';
import { ChildVoiceSection } from './child-voice-section';
import { EvaluationInvitation } from './evaluation-invitation';
import { EvaluationsSection } from './evaluations-section';
import { FamilyLogbookSection } from './family-logbook-section';
import { FamilySafetySection } from './family-safety-section';
import { GoalsSection } from './goals-section';
import { ItemResponses } from './item-responses';
import { ClosedPlanBanner } from '../../plan-closure/components/closed-plan-banner';
import { OurPlanProvider } from './our-plan-context';
import { SituationSection } from './situation-section';
import { WhoHelpsUs } from './who-helps-us';

interface OurPlanProps {
  family: PortalFamilyPlanQuery['family'];
  memberId: string;
}

/** Every part of the family's plan, each with the family's comments and own views under it. */
export function OurPlan({ family, memberId }: OurPlanProps) {
  const { t } = useTranslation('familyPortal');
  const parts = useMemo(() => ourPlanParts(family.plan), [family.plan]);
  const regisseur = family.involvements.find((involvement) => involvement.isRegisseur && !involvement.endedAt) ?? null;
  const context = useMemo(
    () => ({
      familyId: family.id,
      memberId,
      members: family.members,
      responses: parts.responses,
      regisseurName: regisseur?.professionalName ?? null,
      closed: family.closedAt != null,
    }),
    [family.id, memberId, family.members, parts.responses, regisseur, family.closedAt],
  );
  const sections = [
    { id: 'wie-helpt', title: t('whoHelps.title') },
    { id: 'situatie', title: t('situation.title') },
    { id: 'doelen', title: t('goals.title') },
    { id: 'afspraken', title: t('agreements.title') },
    { id: 'kinderen', title: t('childVoice.title') },
    ...(parts.safetyPlan ? [{ id: 'veiligheid', title: t('safety.title') }] : []),
    { id: 'logboek', title: t('logbook.title') },
    { id: 'evaluaties', title: t('evaluations.title') },
  ];

  return (
    <OurPlanProvider value={context}>
      <ItemExtrasProvider render={(item, describedBy) => <ItemResponses item={item} describedBy={describedBy} />}>
        <ClosedPlanBanner family={family} reader="family" />
        <Paragraph purpose="lead">{t('plan.intro')}</Paragraph>
        {!context.closed && <Paragraph>{t('plan.respondExplained')}</Paragraph>}
        <EvaluationInvitation evaluations={parts.evaluations} />
        <TableOfContents sections={sections} />
        <WhoHelpsUs involvements={family.involvements} regisseurHistory={family.regisseurHistory} />
        <SituationSection items={parts.situation} />
        <GoalsSection goals={parts.goals} />
        <AgreementsSection agreements={parts.agreements} />
        <ChildVoiceSection voices={parts.childVoices} />
        {parts.safetyPlan && (
          <FamilySafetySection
            plan={parts.safetyPlan}
            conditions={parts.safetyConditions}
            agreements={parts.safetyAgreements}
            roster={parts.roster}
            regisseur={regisseur}
            network={family.network}
          />
        )}
        <FamilyLogbookSection entries={parts.logbook} hasSafetyPlan={parts.safetyPlan !== null} />
        <EvaluationsSection evaluations={parts.evaluations} goals={parts.goals} />
      </ItemExtrasProvider>
    </OurPlanProvider>
  );
}
