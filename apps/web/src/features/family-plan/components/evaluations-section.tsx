import { useTranslation } from 'react-i18next';
import { AddItemPanel } from '../../plan-items/components/add-item-panel';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedDay } from '../../../shared/components/formatted-date';
import { StatusLabel } from '../../plan-items/components/status-label';
import { useAbout } from '../hooks/use-about';
import { EmptyPart } from './empty-part';
import { PlanSection } from './plan-section';
import { usePlanView } from './plan-view-context';
import { ReadableItems } from './readable-items';

interface EvaluationsSectionProps {
  items: readonly PlanItemFieldsFragment[];
}

/**
 * Planned evaluations with the family members and professionals invited (by name), and for those held: the outcome,
 * the result per goal, what changed in the plan, the family's own view and the next date.
 */
export function EvaluationsSection({ items }: EvaluationsSectionProps) {
  const { t } = useTranslation('familyPlan');
  const { editor, goals } = usePlanView();
  const about = useAbout();
  const goalText = (id: string) => goals.find((goal) => goal.id === id)?.text ?? t('goalResults.unknownGoal');
  return (
    <PlanSection id="evaluaties" title={t('sections.evaluations')}>
      {items.length === 0 && <EmptyPart>{t('empty.evaluations')}</EmptyPart>}
      <ReadableItems
        items={items}
        facts={(item) => [
          item.dueOn && { label: t('facts.plannedOn'), value: <FormattedDay day={item.dueOn} /> },
          item.status && { label: t('facts.status'), value: <StatusLabel status={item.status} /> },
          item.outcome && { label: t('facts.outcome'), value: item.outcome },
          { label: t('facts.about'), value: about(item.aboutMemberIds) },
          item.invitedMemberIds.length > 0 && { label: t('facts.invited'), value: about(item.invitedMemberIds) },
          item.invitedProfessionals.length > 0 && {
            label: t('facts.invitedProfessionals'),
            value: item.invitedProfessionals
              .map((professional) => t('professionalAt', { name: professional.name, organisation: professional.organisationName }))
              .join(', '),
          },
          item.goalOutcomes.length > 0 && {
            label: t('facts.goalOutcomes'),
            value: (
              <ul className="plan-goal-outcomes">
                {item.goalOutcomes.map((outcome) => (
                  <li key={outcome.goalId}>
                    {t('goalOutcome', { goal: goalText(outcome.goalId), result: t(`goalResults.${outcome.result}`) })}
                  </li>
                ))}
              </ul>
            ),
          },
          item.changes && { label: t('facts.changes'), value: item.changes },
          item.familyView && { label: t('facts.familyView'), value: item.familyView },
          item.nextEvaluationOn && { label: t('facts.nextEvaluationOn'), value: <FormattedDay day={item.nextEvaluationOn} /> },
        ]}
      />
      <AddItemPanel kind="EVALUATION" editor={editor} />
    </PlanSection>
  );
}
