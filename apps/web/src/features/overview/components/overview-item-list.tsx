import { dutchToday } from '@gezinsplan/domain';
import { useTranslation } from 'react-i18next';
import { OverviewItemFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedDay } from '../../../shared/components/formatted-date';
import { RouterLink } from '../../../shared/components/router-link';
import { agreementState } from '../../../shared/components/agreement-state';
import { itemLink } from '../utils/item-link';

interface OverviewItemListProps {
  items: readonly OverviewItemFieldsFragment[];
  /** Agreements show who and by when; evaluations their planned date. */
  kind: 'agreement' | 'evaluation';
}

/** Agreements or evaluations across families, each a link to its place in the family's plan. */
export function OverviewItemList({ items, kind }: OverviewItemListProps) {
  const { t } = useTranslation('overview');
  const today = dutchToday();
  return (
    <ul className="bare-list overview-items">
      {items.map((item) => {
        const state = kind === 'agreement' ? agreementState(item, today) : null;
        return (
          <li key={item.itemId} className={`divided-entry overview-item${state === 'overdue' || state === 'notKept' ? ' overview-item--attention' : ''}`}>
            <RouterLink to={itemLink(item.familyId, item.itemId)}>{item.text ?? t('item.unreadable')}</RouterLink>
            <p className="overview-item__meta">
              <span>{item.familyName}</span>
              {item.kind === 'SAFETY_AGREEMENT' && <span>{t('item.safetyAgreement')}</span>}
              {item.assigneeName && <span>{t('item.who', { name: item.assigneeName })}</span>}
              {item.dueOn && (
                <span>
                  {t(kind === 'agreement' ? 'item.dueOn' : 'item.plannedOn')} <FormattedDay day={item.dueOn} />
                </span>
              )}
              {state && state !== 'open' && <span className={`badge status-badge status-badge--${state}`}>{t(`item.state.${state}`)}</span>}
            </p>
            {state === 'notKept' && item.statusReason && <p className="overview-item__reason">{item.statusReason}</p>}
          </li>
        );
      })}
    </ul>
  );
}
