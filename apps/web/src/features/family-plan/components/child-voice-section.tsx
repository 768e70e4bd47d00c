import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { EmptyPart } from './empty-part';
import { ItemFacts } from '../../../shared/components/item-facts';
import { ItemList } from './item-list';
import { ItemText, itemTextId } from './item-text';
import { PlanItemCard } from './plan-item-card';
import { PlanSection } from './plan-section';
import { RedactionNotices } from './redaction-notices';
import { useAbout } from '../hooks/use-about';

interface ChildVoiceSectionProps {
  items: readonly PlanItemFieldsFragment[];
}

/** What the children say they want and how they experience things, in their own words. */
export function ChildVoiceSection({ items }: ChildVoiceSectionProps) {
  const { t } = useTranslation('familyPlan');
  const about = useAbout();
  const readable = items.filter((item) => item.access === 'FULL');
  return (
    <PlanSection id="stem-van-het-kind" title={t('sections.childVoice')}>
      {items.length === 0 && <EmptyPart>{t('empty.childVoice')}</EmptyPart>}
      {readable.length > 0 && (
        <ItemList>
          {readable.map((item) => (
            <PlanItemCard key={item.id} item={item}>
              <ItemFacts facts={[{ label: t('facts.child'), value: about(item.aboutMemberIds) }]} />
              <ItemText id={itemTextId(item.id)} text={item.text} />
            </PlanItemCard>
          ))}
        </ItemList>
      )}
      <RedactionNotices items={items} />
    </PlanSection>
  );
}
