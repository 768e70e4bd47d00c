import { useTranslation } from 'react-i18next';
import { MyOverviewQuery } from '../../../graphql/generated/graphql';
import { FormattedMoment } from '../../../shared/components/formatted-date';
import { RouterLink } from '../../../shared/components/router-link';
import { itemLink } from '../utils/item-link';

interface StalledPlansListProps {
  plans: MyOverviewQuery['myOverview']['stalledPlans'];
}

/** Plans that have not changed for six weeks: the regisseur acts before the family is forgotten. */
export function StalledPlansList({ plans }: StalledPlansListProps) {
  const { t } = useTranslation('overview');
  return (
    <ul className="bare-list overview-items">
      {plans.map((plan) => (
        <li key={plan.involvementId} className="divided-entry overview-item overview-item--attention">
          <RouterLink to={itemLink(plan.familyId)}>{plan.familyName}</RouterLink>
          <p className="overview-item__meta">
            <span>
              {t('stalled.lastChange')} <FormattedMoment at={plan.lastPlanChangeAt} />
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
