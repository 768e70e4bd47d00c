import { useLazyQuery } from '@apollo/client/react';
import { Button } from '@rijkshuisstijl-community/components-react';
import { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkMemberHistoryDocument, NetworkMemberHistoryQuery } from '../../../graphql/generated/graphql';
import { FormattedMoment } from '../../../shared/components/formatted-date';
import { PartyName } from '../../family-plan/components/party-name';

interface NetworkMemberHistoryProps {
  person: { id: string; version: number };
}

/**
 * "Eerdere gegevens", folded: each earlier name, relation, phone number and
 * e-mail address of a network member, with when and by whom it was replaced.
 * Loaded only when unfolded, like an item's earlier versions.
 */
export function NetworkMemberHistory({ person }: NetworkMemberHistoryProps) {
  const { t } = useTranslation('familySetup');
  const [load, { data, loading, error, called }] = useLazyQuery(NetworkMemberHistoryDocument, { fetchPolicy: 'cache-and-network' });
  if (person.version <= 1) return null;
  const fetch = () => void load({ variables: { networkMemberId: person.id } }).catch(() => undefined);
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => {
    if (event.currentTarget.open && (!called || error)) fetch();
  };
  return (
    <details className="item-history" onToggle={onToggle}>
      <summary>{t('networkHistory.summary')}</summary>
      {loading && !data && <p role="status">{t('networkHistory.loading')}</p>}
      {error && !loading && (
        <p role="alert">
          {t('networkHistory.failed')}{' '}
          <Button appearance="secondary-action-button" onClick={fetch}>
            {t('networkHistory.retry')}
          </Button>
        </p>
      )}
      {data && <Versions history={data.networkMember.history} />}
    </details>
  );
}

function Versions({ history }: { history: NetworkMemberHistoryQuery['networkMember']['history'] }) {
  const { t } = useTranslation('familySetup');
  if (history.length === 0) return <p>{t('networkHistory.none')}</p>;
  return (
    <ol className="item-history__versions">
      {history.map((version) => (
        <li key={version.version} className="item-history__version">
          <p className="item-history__who">
            {t('networkHistory.replaced')}{' '}
            {version.replacedBy ? <PartyName party={version.replacedBy} /> : t('networkHistory.someone')},{' '}
            <FormattedMoment at={version.replacedAt} withTime />
          </p>
          <dl className="plan-facts">
            <Fact label={t('networkHistory.name')} value={version.name} />
            <Fact label={t('networkHistory.relation')} value={version.relation} />
            {/* Only the regisseur opens this page, and reads every contact detail: empty was empty. */}
            <Fact label={t('networkHistory.phone')} value={version.phone ?? t('networkHistory.noValue')} />
            <Fact label={t('networkHistory.email')} value={version.email ?? t('networkHistory.noValue')} />
          </dl>
        </li>
      ))}
    </ol>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="plan-facts__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
