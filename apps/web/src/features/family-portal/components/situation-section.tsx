import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PortalSection } from '../../portal-shared/components/portal-section';
import { namesOf, PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { useOurPlan } from './our-plan-context';
import { PlanItemText } from './plan-item-text';

const ASPECTS = ['STRENGTH', 'CONCERN'] as const;

/** The family's situation: what goes well and what worries, per part of life. */
export function SituationSection({ items }: { items: readonly PortalPlanItem[] }) {
  const { t } = useTranslation('familyPortal');
  const { members, regisseurName } = useOurPlan();
  return (
    <PortalSection id="situatie" title={t('situation.title')} intro={t('situation.intro')}>
      {items.length === 0 && (
        <Paragraph>{t('situation.empty', { regisseur: regisseurName ?? t('yourRegisseur') })}</Paragraph>
      )}
      {ASPECTS.map((aspect) => {
        const ofAspect = items.filter((item) => (item.aspect ?? 'CONCERN') === aspect);
        if (ofAspect.length === 0) return null;
        return (
          <div key={aspect} className="portal-subsection">
            <Heading level={3}>{t(`situation.aspects.${aspect}`)}</Heading>
            <ul className="bare-list portal-list">
              {ofAspect.map((item) => {
                const about = namesOf(item.aboutMemberIds, members);
                const domain = item.lifeDomain ? t(`lifeDomains.${item.lifeDomain}`) : null;
                const label = [domain, about.length > 0 ? t('about', { names: about.join(', ') }) : null]
                  .filter(Boolean)
                  .join(' · ');
                return <PlanItemText key={item.id} item={item} label={label || undefined} />;
              })}
            </ul>
          </div>
        );
      })}
    </PortalSection>
  );
}
