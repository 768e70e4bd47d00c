import { useLazyQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanItemHistoryDocument, PlanItemHistoryQuery } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../i18n/format-date';
import { useLanguage } from '../../../i18n/use-language';
import { PortalPlanItem } from '../utils/plan-items';
import { wasChanged } from '../../../shared/utils/version-to-change';
import { changesAfter, ComparedVersion } from '../../../shared/utils/version-changes';

interface PortalItemHistoryProps {
  item: PortalPlanItem;
  /** The given names of these members, to say whom an earlier version was about. */
  about: (memberIds: readonly string[]) => string;
}

type Version = PlanItemHistoryQuery['planItem']['history'][number];

/**
 * "Wat er eerst stond", folded: the family reads what an item of their plan
 * said before it was changed, and who changed it when they may see that person.
 * The same query and rules as the professionals' "Eerdere versies": only
 * versions the reader may read in full, then and now. Loaded only when unfolded.
 */
export function PortalItemHistory({ item, about }: PortalItemHistoryProps) {
  const { t } = useTranslation('portal');
  const [load, { data, loading, error, called }] = useLazyQuery(PlanItemHistoryDocument, { fetchPolicy: 'cache-and-network' });
  if (item.access !== 'FULL' || !wasChanged(item)) return null;
  const fetch = () => void load({ variables: { itemId: item.id } }).catch(() => undefined);
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => {
    if (event.currentTarget.open && (!called || error)) fetch();
  };
  return (
    <details className="item-history portal-item-history" onToggle={onToggle}>
      <summary>{t('history.summary')}</summary>
      {loading && !data && <Paragraph role="status">{t('history.loading')}</Paragraph>}
      {error && !loading && (
        <Paragraph role="alert">
          {t('history.failed')}{' '}
          <Button appearance="secondary-action-button" onClick={fetch}>
            {t('history.retry')}
          </Button>
        </Paragraph>
      )}
      {data && <Versions history={data.planItem.history} current={item} about={about} />}
    </details>
  );
}

interface VersionsProps extends Pick<PortalItemHistoryProps, 'about'> {
  history: readonly Version[];
  /** The item as it is now: a version says whom it was about, or that its goal was another, only where that changed next. */
  current: ComparedVersion;
}

function Versions({ history, current, about }: VersionsProps) {
  const { t } = useTranslation('portal');
  const { language } = useLanguage();
  if (history.length === 0) return <Paragraph>{t('history.none')}</Paragraph>;
  return (
    <ol className="bare-list item-history__versions">
      {history.map((version, index) => {
        const newer = index === 0 ? current : history[index - 1];
        const changed = changesAfter(version, newer);
        const goalThen = !version.goalId ? 'history.noGoalThen' : newer.goalId ? 'history.goalThen' : 'history.aGoalThen';
        const date = formatDate(new Date(version.changedAt), language);
        const who = version.changedBy
          ? version.changedBy.organisationName
            ? t('history.professional', { name: version.changedBy.name, organisation: version.changedBy.organisationName })
            : version.changedBy.name
          : t('history.someone');
        return (
          <li key={version.version} className="item-history__version">
            <Paragraph className="portal-meta">
              {t(version.version === 1 ? 'history.written' : 'history.changed', { who, date })}
            </Paragraph>
            {version.text && <Paragraph className="portal-text">{version.text}</Paragraph>}
            {changed.about && (
              <Paragraph className="portal-meta">
                {version.aboutMemberIds.length > 0 ? t('history.aboutThen', { names: about(version.aboutMemberIds) }) : t('history.aboutEveryoneThen')}
              </Paragraph>
            )}
            {changed.goal && <Paragraph className="portal-meta">{t(goalThen)}</Paragraph>}
          </li>
        );
      })}
    </ol>
  );
}
