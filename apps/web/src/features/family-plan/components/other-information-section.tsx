import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { PlanSection } from './plan-section';
import { RedactionNotices } from './redaction-notices';

interface OtherInformationSectionProps {
  items: readonly PlanItemFieldsFragment[];
}

/** Responses this professional may not read, which therefore cannot be placed under their item. */
export function OtherInformationSection({ items }: OtherInformationSectionProps) {
  const { t } = useTranslation('familyPlan');
  if (items.length === 0) return null;
  return (
    <PlanSection id="overige-informatie" title={t('sections.other')}>
      <RedactionNotices items={items} responses />
    </PlanSection>
  );
}
