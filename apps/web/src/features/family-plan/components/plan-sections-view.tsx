import { PlanSections } from '../utils/plan-sections';
import { AgreementsSection } from './agreements-section';
import { ChildVoiceSection } from './child-voice-section';
import { EvaluationsSection } from './evaluations-section';
import { GoalsSection } from './goals-section';
import { LogbookSection } from './logbook-section';
import { OtherInformationSection } from './other-information-section';
import { SafetyPlanSection } from './safety-plan-section';
import { SituationSection } from './situation-section';

interface PlanSectionsViewProps {
  sections: PlanSections;
}

/** The content of the plan, part by part: the living plan, or an adopted version of it. */
export function PlanSectionsView({ sections }: PlanSectionsViewProps) {
  return (
    <>
      <SituationSection items={sections.situation} />
      <GoalsSection goals={sections.goals} agreements={sections.agreements} />
      <AgreementsSection agreements={sections.agreements} />
      <ChildVoiceSection items={sections.childVoice} />
      <SafetyPlanSection
        safetyPlans={sections.safetyPlans}
        safetyConditions={sections.safetyConditions}
        safetyAgreements={sections.safetyAgreements}
        roster={sections.roster}
      />
      <LogbookSection items={sections.logbook} />
      <EvaluationsSection items={sections.evaluations} />
      <OtherInformationSection items={sections.otherResponses} />
    </>
  );
}
