import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedDay } from '../../../shared/components/formatted-date';
import { StatusLabel } from '../../plan-items/components/status-label';
import { EmptyPart } from './empty-part';
import { ItemFacts } from '../../../shared/components/item-facts';
import { ItemList } from './item-list';
import { ItemText, itemTextId } from './item-text';
import { PlanItemCard } from './plan-item-card';
import { PlanSection } from './plan-section';
import { RedactionNotices } from './redaction-notices';

interface EvaluationsSectionProps {
  items: readonly PlanItemFieldsFragment[];
}

/** Planned evaluations, and for those held: the outcome and what changed in the plan. */
export function EvaluationsSection({ items }: EvaluationsSectionProps) {
  const { t } = useTranslation('familyPlan');
  const readable = items.filter((item) => item.access === 'FULL');
  return (
    <PlanSection id="evaluaties" title={t('sections.evaluations')}>
      {items.length === 0 && <EmptyPart>{t('empty.evaluations')}</EmptyPart>}
      {readable.length > 0 && (
        <ItemList>
          {readable.map((item) => (
            <PlanItemCard key={item.id} item={item}>
              <ItemText id={itemTextId(item.id)} text={item.text} />
              <ItemFacts
                facts={[
                  item.dueOn && { label: t('facts.plannedOn'), value: <FormattedDay day={item.dueOn} /> },
                  item.status && { label: t('facts.status'), value: <StatusLabel status={item.status} /> },
                  item.outcome && { label: t('facts.outcome'), value: item.outcome },
                  item.changes && { label: t('facts.changes'), value: item.changes },
                ]}
              />
            </PlanItemCard>
          ))}
        </ItemList>
      )}
      <RedactionNotices items={items} />
    </PlanSection>
  );
}
