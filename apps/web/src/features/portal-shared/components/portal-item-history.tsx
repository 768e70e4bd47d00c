import { useLazyQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanItemHistoryDocument, PlanItemHistoryQuery } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../i18n/format-date';
import { useLanguage } from '../../../i18n/use-language';
import { PortalPlanItem } from '../utils/plan-items';
import { wasChanged } from '../../../shared/utils/version-to-change';

interface PortalItemHistoryProps {
  item: PortalPlanItem;
}

type Version = PlanItemHistoryQuery['planItem']['history'][number];

/**
 * "Wat er eerst stond", folded: the family reads what an item of their plan
 * said before it was changed, and who changed it when they may see that person.
 * The same query and rules as the professionals' "Eerdere versies": only
 * versions the reader may read in full, then and now. Loaded only when unfolded.
 */
export function PortalItemHistory({ item }: PortalItemHistoryProps) {
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
      {data && <Versions history={data.planItem.history} />}
    </details>
  );
}

function Versions({ history }: { history: readonly Version[] }) {
  const { t } = useTranslation('portal');
  const { language } = useLanguage();
  if (history.length === 0) return <Paragraph>{t('history.none')}</Paragraph>;
  return (
    <ol className="bare-list item-history__versions">
      {history.map((version) => {
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
          </li>
        );
      })}
    </ol>
  );
}
