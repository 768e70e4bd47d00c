import { useTranslation } from 'react-i18next';
import { AddItemPanel } from '../../plan-items/components/add-item-panel';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { EmptyPart } from './empty-part';
import { PlanSection } from './plan-section';
import { usePlanView } from './plan-view-context';
import { ReadableItems } from './readable-items';
import { useAbout } from '../hooks/use-about';

interface ChildVoiceSectionProps {
  items: readonly PlanItemFieldsFragment[];
}

/** What the children say they want and how they experience things, in their own words. */
export function ChildVoiceSection({ items }: ChildVoiceSectionProps) {
  const { t } = useTranslation('familyPlan');
  const about = useAbout();
  const { editor } = usePlanView();
  return (
    <PlanSection id="stem-van-het-kind" title={t('sections.childVoice')}>
      {items.length === 0 && <EmptyPart>{t('empty.childVoice')}</EmptyPart>}
      <ReadableItems
        items={items}
        factsFirst
        facts={(item) => [
          { label: t('facts.child'), value: about(item.aboutMemberIds) },
          item.recordedWith && { label: t('facts.recordedWith'), value: item.recordedWith },
        ]}
      />
      <AddItemPanel kind="CHILD_VOICE" editor={editor} />
    </PlanSection>
  );
}
