import { Link } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedDay } from '../../../shared/components/formatted-date';
import { ItemFacts } from '../../../shared/components/item-facts';
import { ItemText, itemTextId } from './item-text';
import { PlanItemCard } from './plan-item-card';

interface SafetyPlanCardProps {
  plan: PlanItemFieldsFragment;
}

/** The safety plan itself: whom to call, how long it runs, when it is evaluated, plan B, and what safety means to each. */
export function SafetyPlanCard({ plan }: SafetyPlanCardProps) {
  const { t } = useTranslation('familyPlan');
  const contact = plan.contactName && (
    <>
      {plan.contactName}
      {plan.contactPhone && (
        <>
          {', '}
          <Link href={`tel:${plan.contactPhone}`}>{plan.contactPhone}</Link>
        </>
      )}
    </>
  );
  const period = plan.startsOn && (
    <>
      <FormattedDay day={plan.startsOn} />
      {plan.endsOn && (
        <>
          {` ${t('safety.until')} `}
          <FormattedDay day={plan.endsOn} />
        </>
      )}
    </>
  );
  return (
    <PlanItemCard item={plan}>
      <ItemText id={itemTextId(plan.id)} text={plan.text} />
      <ItemFacts
        facts={[
          contact && { label: t('safety.contact'), value: contact },
          period && { label: t('safety.period'), value: period },
          plan.dueOn && { label: t('safety.evaluation'), value: <FormattedDay day={plan.dueOn} /> },
        ]}
      />
      {plan.planB && (
        <div className="safety-plan-b">
          <p>
            <strong>{t('safety.planB')}</strong>
          </p>
          <p className="plan-text">{plan.planB}</p>
        </div>
      )}
      <ItemFacts
        facts={[
          plan.safetyForChild && { label: t('safety.forChild'), value: plan.safetyForChild },
          plan.safetyForParents && { label: t('safety.forParents'), value: plan.safetyForParents },
          plan.safetyForProfessionals && { label: t('safety.forProfessionals'), value: plan.safetyForProfessionals },
        ]}
      />
    </PlanItemCard>
  );
}
