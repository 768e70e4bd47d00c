import { useTranslation } from 'react-i18next';
import { MyOverviewQuery } from '../../../graphql/generated/graphql';
import { FormattedMoment } from '../../../shared/components/formatted-date';
import { RouterLink } from '../../../shared/components/router-link';
import { itemLink } from '../utils/item-link';

interface MyFamiliesListProps {
  involvements: MyOverviewQuery['myOverview']['involvements'];
}

/** The families this professional works with: their task, whether they are regisseur, and when the plan last moved. */
export function MyFamiliesList({ involvements }: MyFamiliesListProps) {
  const { t } = useTranslation('overview');
  return (
    <ul className="bare-list overview-families">
      {involvements.map((involvement) => (
        <li key={involvement.involvementId} className="divided-entry overview-family">
          <p className="overview-family__name">
            <RouterLink to={itemLink(involvement.familyId)}>{involvement.familyName}</RouterLink>
            {involvement.isRegisseur && <span className="badge status-badge status-badge--regisseur">{t('families.regisseur')}</span>}
            {involvement.isRegisseur && involvement.stalled && (
              <span className="badge status-badge status-badge--stalled">{t('families.stalled')}</span>
            )}
          </p>
          <p>{involvement.task}</p>
          <p className="overview-item__meta">
            <span>
              {t('families.lastChange')} <FormattedMoment at={involvement.lastPlanChangeAt} />
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
