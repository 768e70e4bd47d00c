import { useLazyQuery } from '@apollo/client/react';
import { Button } from '@rijkshuisstijl-community/components-react';
import { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment, PlanItemHistoryDocument, PlanItemHistoryQuery } from '../../../graphql/generated/graphql';
import { FormattedDay, FormattedMoment } from '../../../shared/components/formatted-date';
import { PartyName } from './party-name';
import { wasChanged } from '../../../shared/utils/version-to-change';
import { changesAfter, ComparedVersion } from '../../../shared/utils/version-changes';

interface ItemHistoryProps {
  item: PlanItemFieldsFragment;
}

/** How the page names whom an item is about and the goal it works on, for the versions that changed them. */
export interface HistoryNames {
  about: (memberIds: readonly string[]) => string;
  /** The goal's text, or null when the reader cannot read it. */
  goal: (goalId: string) => string | null;
}

type Version = PlanItemHistoryQuery['planItem']['history'][number];

/** Only a fully readable item that was changed can have earlier versions; the rest never offer the fold. */
const mayHaveHistory = (item: PlanItemFieldsFragment) => item.access === 'FULL' && wasChanged(item);

/**
 * "Eerdere versies", folded: for each earlier version who wrote it, when, and
 * what it said, so nothing is silently overwritten. The versions load only when
 * the reader unfolds them, so a heavy family's page does not carry them all.
 */
export function ItemHistory({ item, names }: ItemHistoryProps & { names: HistoryNames }) {
  const { t } = useTranslation('familyPlan');
  const [load, { data, loading, error, called }] = useLazyQuery(PlanItemHistoryDocument, { fetchPolicy: 'cache-and-network' });
  if (!mayHaveHistory(item)) return null;
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => {
    if (event.currentTarget.open && (!called || error)) void load({ variables: { itemId: item.id } }).catch(() => undefined);
  };
  return (
    <details className="item-history" onToggle={onToggle}>
      <summary>{t('history.summary')}</summary>
      {loading && !data && <p role="status">{t('history.loading')}</p>}
      {error && !loading && (
        <p role="alert">
          {t('history.failed')}{' '}
          <Button appearance="secondary-action-button" onClick={() => void load({ variables: { itemId: item.id } }).catch(() => undefined)}>
            {t('history.retry')}
          </Button>
        </p>
      )}
      {data && <Versions history={data.planItem.history} current={item} names={names} />}
    </details>
  );
}

interface VersionsProps {
  history: readonly Version[];
  /** The item as it is now: each version's goal and "about whom" show only where the next version changed them. */
  current: ComparedVersion;
  names: HistoryNames;
}

function Versions({ history, current, names }: VersionsProps) {
  const { t } = useTranslation('familyPlan');
  if (history.length === 0) return <p>{t('history.none')}</p>;
  return (
      <ol className="item-history__versions">
        {history.map((version, index) => {
          const changed = changesAfter(version, index === 0 ? current : history[index - 1]);
          const aboutChanged = changed.about;
          const goalChanged = changed.goal;
          return (
          <li key={version.version} className="item-history__version">
            <p className="item-history__who">
              {t(version.version === 1 ? 'history.written' : 'history.changed')}{' '}
              {version.changedBy ? <PartyName party={version.changedBy} /> : t('history.someone')}, <FormattedMoment at={version.changedAt} withTime />
            </p>
            {version.text && <p className="plan-text">{version.text}</p>}
            {(version.dueOn || version.assignee || aboutChanged || goalChanged) && (
              <dl className="plan-facts">
                {aboutChanged && (
                  <div className="plan-facts__row">
                    <dt>{t('history.about')}</dt>
                    <dd>{names.about(version.aboutMemberIds)}</dd>
                  </div>
                )}
                {goalChanged && (
                  <div className="plan-facts__row">
                    <dt>{t('history.goal')}</dt>
                    <dd>{version.goalId ? (names.goal(version.goalId) ?? t('history.otherGoal')) : t('history.noGoal')}</dd>
                  </div>
                )}
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
          );
        })}
      </ol>
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
      {mayHaveHistory(item) && ` ${t('history.seeEarlier')}`}
    </p>
  );
}
