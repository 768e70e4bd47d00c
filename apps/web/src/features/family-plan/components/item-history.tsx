import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedDay, FormattedMoment } from '../../../shared/components/formatted-date';
import { PartyName } from './party-name';

interface ItemHistoryProps {
  item: PlanItemFieldsFragment;
}

/**
 * "Eerdere versies", folded: for each earlier version who wrote it, when, and
 * what it said, so nothing is silently overwritten. The API gives only the
 * versions this person may read in full; none, and nothing is shown.
 */
export function ItemHistory({ item }: ItemHistoryProps) {
  const { t } = useTranslation('familyPlan');
  if (item.history.length === 0) return null;
  return (
    <details className="item-history">
      <summary>{t('history.summary', { count: item.history.length })}</summary>
      <ol className="item-history__versions">
        {item.history.map((version) => (
          <li key={version.version} className="item-history__version">
            <p className="item-history__who">
              {t(version.version === 1 ? 'history.written' : 'history.changed')}{' '}
              {version.changedBy ? <PartyName party={version.changedBy} /> : t('history.someone')}, <FormattedMoment at={version.changedAt} withTime />
            </p>
            {version.text && <p className="plan-text">{version.text}</p>}
            {(version.dueOn || version.assignee) && (
              <dl className="plan-facts">
                {version.assignee && (
                  <div className="plan-facts__row">
                    <dt>{t('history.assignee')}</dt>
                    <dd>
                      <PartyName party={version.assignee} />
                    </dd>
                  </div>
                )}
                {version.dueOn && (
                  <div className="plan-facts__row">
                    <dt>{t('history.dueOn')}</dt>
                    <dd>
                      <FormattedDay day={version.dueOn} />
                    </dd>
                  </div>
                )}
              </dl>
            )}
            {version.statusReason && <p className="plan-text">{t('history.statusReason', { reason: version.statusReason })}</p>}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** "Gewijzigd door Basisschool De Wilg": for the author and the regisseur, when someone else changed the item last. */
export function ChangedByOtherMark({ item }: ItemHistoryProps) {
  const { t } = useTranslation('familyPlan');
  if (!item.changedByOther) return null;
  const who = item.lastChangedBy?.organisationName ?? item.lastChangedBy?.name ?? t('history.someone');
  return (
    <p className="plan-item__changed-by-other">
      <strong>{t('history.changedByOther', { who })}</strong>
      {item.history.length > 0 && ` ${t('history.seeEarlier')}`}
    </p>
  );
}
