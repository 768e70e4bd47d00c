import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { MyOverviewQuery } from '../../../graphql/generated/graphql';
import { FormattedMoment } from '../../../shared/components/formatted-date';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';
import { itemLink } from '../utils/item-link';

interface ClosedPlansListProps {
  plans: MyOverviewQuery['myOverview']['closedPlans'];
}

/** Closed plans I am involved in: each opens the (read-only) plan; the regisseur can reopen it from here. */
export function ClosedPlansList({ plans }: ClosedPlansListProps) {
  const { t } = useTranslation('overview');
  const { t: tp } = useTranslation('familyPlan');
  return (
    <ul className="overview-families">
      {plans.map((plan) => (
        <li key={plan.involvementId} className="overview-family">
          <p className="overview-family__name">
            <RouterLink to={itemLink(plan.familyId)}>{plan.familyName}</RouterLink>
            {plan.isRegisseur && <span className="status-badge status-badge--regisseur">{t('families.regisseur')}</span>}
          </p>
          <p className="overview-item__meta">
            <span>
              {t('closed.closedOn')} <FormattedMoment at={plan.closedAt} />
            </span>
            {plan.closingReason && <span>{tp(`closure.reasons.${plan.closingReason}`)}</span>}
          </p>
          {plan.isRegisseur && (
            <p>
              <RouterLink to={generatePath(PATHS.planClosure, { familyId: plan.familyId })}>
                {t('closed.reopen', { family: plan.familyName })}
              </RouterLink>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
