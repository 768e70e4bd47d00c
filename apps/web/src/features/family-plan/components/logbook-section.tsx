import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedDay } from '../../../shared/components/formatted-date';
import { AddItemPanel } from '../../plan-items/components/add-item-panel';
import { EmptyPart } from './empty-part';
import { PlanSection } from './plan-section';
import { usePlanView } from './plan-view-context';
import { ReadableItems } from './readable-items';
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
  return (
    <PlanSection id="logboek" title={t('sections.logbook')}>
      <AddItemPanel kind="LOG_ENTRY" editor={editor} />
      {items.length === 0 && <EmptyPart>{t('empty.logbook')}</EmptyPart>}
      <ReadableItems
        items={items}
        foldTexts={({ next, folded, total }) => ({
          summary: t('logbook.folded', { shown: total - folded, total }),
          label: t('logbook.showOlder', { count: next }),
        })}
        facts={(item) => [
          item.occurredOn && { label: t('facts.occurredOn'), value: <FormattedDay day={item.occurredOn} /> },
          item.aboutMemberIds.length > 0 && { label: t('facts.about'), value: about(item.aboutMemberIds) },
          item.category !== 'GENERAL' && { label: t('facts.category'), value: tv(`categories.${item.category}`) },
        ]}
      />
    </PlanSection>
  );
}
