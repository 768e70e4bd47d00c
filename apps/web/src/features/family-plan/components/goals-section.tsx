import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedDay } from '../../../shared/components/formatted-date';
import { AddItemPanel } from '../../plan-items/components/add-item-panel';
import { StatusLabel } from '../../plan-items/components/status-label';
import { EmptyPart } from './empty-part';
import { ItemFacts } from '../../../shared/components/item-facts';
import { ItemList } from './item-list';
import { ItemText, itemTextId } from './item-text';
import { PlanItemCard } from './plan-item-card';
import { PlanSection } from './plan-section';
import { usePlanView } from './plan-view-context';
import { RedactionNotices } from './redaction-notices';
import { useAbout } from '../hooks/use-about';

interface GoalsSectionProps {
  goals: readonly PlanItemFieldsFragment[];
  agreements: readonly PlanItemFieldsFragment[];
}

/** The goals, in the family's own words, with how many agreements work towards each. */
export function GoalsSection({ goals, agreements }: GoalsSectionProps) {
  const { t } = useTranslation('familyPlan');
  const { editor } = usePlanView();
  const about = useAbout();
  const readable = goals.filter((goal) => goal.access === 'FULL');
  return (
    <PlanSection id="doelen" title={t('sections.goals')}>
      {goals.length === 0 && <EmptyPart>{t(editor?.isRegisseur ? 'empty.goalsRegisseur' : 'empty.goals')}</EmptyPart>}
      {readable.length > 0 && (
        <ItemList>
          {readable.map((goal) => {
            const linked = agreements.filter((agreement) => agreement.goalId === goal.id).length;
            return (
              <PlanItemCard key={goal.id} item={goal}>
                <ItemText id={itemTextId(goal.id)} text={goal.text} />
                <ItemFacts
                  facts={[
                    { label: t('facts.about'), value: about(goal.aboutMemberIds) },
                    goal.dueOn && { label: t('facts.targetDate'), value: <FormattedDay day={goal.dueOn} /> },
                    goal.status && { label: t('facts.status'), value: <StatusLabel status={goal.status} /> },
                    { label: t('facts.linkedAgreements'), value: t('goals.agreementCount', { count: linked }) },
                  ]}
                />
              </PlanItemCard>
            );
          })}
        </ItemList>
      )}
      <RedactionNotices items={goals} />
      <AddItemPanel kind="GOAL" editor={editor} />
    </PlanSection>
  );
}
