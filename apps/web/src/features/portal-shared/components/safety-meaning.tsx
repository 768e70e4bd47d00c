import { Heading } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PortalPlanItem } from '../utils/plan-items';

/**
 * What "safe" means, in the words of the children, the parents and the
 * professionals, under its own heading; nothing at all (not even the heading)
 * when nobody recorded it, so that no empty question stands in the plan.
 */
export function SafetyMeaning({ plan, title }: { plan: PortalPlanItem; title: string }) {
  const { t } = useTranslation('portal');
  const views = [
    { key: 'child', text: plan.safetyForChild },
    { key: 'parents', text: plan.safetyForParents },
    { key: 'professionals', text: plan.safetyForProfessionals },
  ] as const;
  const given = views.filter((view) => view.text);
  if (given.length === 0) return null;
  return (
    <div className="portal-subsection">
      <Heading level={3}>{title}</Heading>
      <dl className="portal-facts portal-facts--stacked">
        {given.map((view) => (
          <div key={view.key}>
            <dt>{t(`safetyPlan.meaning.${view.key}`)}</dt>
            <dd className="portal-text">{view.text}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
