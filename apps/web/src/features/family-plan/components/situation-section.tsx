import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { situationByLifeDomain } from '../utils/situation';
import { EmptyPart } from './empty-part';
import { ItemFacts } from '../../../shared/components/item-facts';
import { ItemList } from './item-list';
import { ItemText, itemTextId } from './item-text';
import { PlanItemCard } from './plan-item-card';
import { PlanSection } from './plan-section';
import { PlanSubsection } from './plan-subsection';
import { RedactionNotices } from './redaction-notices';
import { useAbout } from '../hooks/use-about';

interface SituationSectionProps {
  items: readonly PlanItemFieldsFragment[];
}

/** The family's situation: strengths first, then concerns, per life domain. */
export function SituationSection({ items }: SituationSectionProps) {
  const { t } = useTranslation('familyPlan');
  const { t: tv } = useTranslation('vocabulary');
  const about = useAbout();
  const { domains, redacted } = situationByLifeDomain(items);
  const entries = (aspect: 'strengths' | 'concerns', list: PlanItemFieldsFragment[]) =>
    list.length > 0 && (
      <>
        <p className="plan-aspect">
          <strong>{t(`situation.${aspect}`)}</strong>
        </p>
        <ItemList>
          {list.map((item) => (
            <PlanItemCard key={item.id} item={item}>
              <ItemText id={itemTextId(item.id)} text={item.text} />
              <ItemFacts facts={[{ label: t('facts.about'), value: about(item.aboutMemberIds) }]} />
            </PlanItemCard>
          ))}
        </ItemList>
      </>
    );
  return (
    <PlanSection id="situatie" title={t('sections.situation')}>
      {domains.length === 0 && redacted.length === 0 && <EmptyPart>{t('empty.situation')}</EmptyPart>}
      {domains.map((domain) => (
        <PlanSubsection key={domain.lifeDomain} title={tv(`lifeDomains.${domain.lifeDomain}`)}>
          {entries('strengths', domain.strengths)}
          {entries('concerns', domain.concerns)}
        </PlanSubsection>
      ))}
      <RedactionNotices items={redacted} />
    </PlanSection>
  );
}
