import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedDay } from '../../../shared/components/formatted-date';
import { AddItemPanel } from '../../plan-items/components/add-item-panel';
import { EmptyPart } from './empty-part';
import { ItemFacts } from '../../../shared/components/item-facts';
import { ItemList } from './item-list';
import { ItemText, itemTextId } from './item-text';
import { PlanItemCard } from './plan-item-card';
import { PlanSection } from './plan-section';
import { usePlanView } from './plan-view-context';
import { RedactionNotices } from './redaction-notices';
import { useAbout } from '../hooks/use-about';

interface LogbookSectionProps {
  items: readonly PlanItemFieldsFragment[];
}

/** What professionals, the family and the network did and noticed, newest first. */
export function LogbookSection({ items }: LogbookSectionProps) {
  const { t } = useTranslation('familyPlan');
  const { t: tv } = useTranslation('vocabulary');
  const { editor } = usePlanView();
  const about = useAbout();
  const readable = items.filter((item) => item.access === 'FULL');
  return (
    <PlanSection id="logboek" title={t('sections.logbook')}>
      <AddItemPanel kind="LOG_ENTRY" editor={editor} />
      {items.length === 0 && <EmptyPart>{t('empty.logbook')}</EmptyPart>}
      {readable.length > 0 && (
        <ItemList>
          {readable.map((item) => (
            <PlanItemCard key={item.id} item={item}>
              <ItemText id={itemTextId(item.id)} text={item.text} />
              <ItemFacts
                facts={[
                  item.occurredOn && { label: t('facts.occurredOn'), value: <FormattedDay day={item.occurredOn} /> },
                  item.aboutMemberIds.length > 0 && { label: t('facts.about'), value: about(item.aboutMemberIds) },
                  item.category !== 'GENERAL' && { label: t('facts.category'), value: tv(`categories.${item.category}`) },
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
