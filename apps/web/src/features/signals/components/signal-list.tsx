import { Link } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { SignalFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedMoment } from '../../../shared/components/formatted-date';

interface SignalListProps {
  signals: readonly SignalFieldsFragment[];
}

/** Who signalled, from which organisation, in which domain, since when, and how to reach them. */
export function SignalList({ signals }: SignalListProps) {
  return (
    <ul className="signal-list">
      {signals.map((signal) => (
        <SignalItem key={signal.id} signal={signal} />
      ))}
    </ul>
  );
}

function SignalItem({ signal }: { signal: SignalFieldsFragment }) {
  const { t } = useTranslation('signals');
  return (
    <li className={`signal${signal.mine ? ' signal--mine' : ''}`}>
      <p className="signal__organisation">
        <strong>{signal.organisationName}</strong>
        {signal.mine && <span className="badge status-badge">{t('signal.mine')}</span>}
      </p>
      <dl className="plan-facts">
        <div className="plan-facts__row">
          <dt>{t('signal.professional')}</dt>
          <dd>{signal.professionalName}</dd>
        </div>
        <div className="plan-facts__row">
          <dt>{t('signal.domain')}</dt>
          <dd>{t(`domains.${signal.domain}`)}</dd>
        </div>
        <div className="plan-facts__row">
          <dt>{t('signal.phone')}</dt>
          <dd>
            <Link href={`tel:${signal.contactPhone.replace(/[^\d+]/g, '')}`}>{signal.contactPhone}</Link>
          </dd>
        </div>
        <div className="plan-facts__row">
          <dt>{t('signal.email')}</dt>
          <dd>
            <Link href={`mailto:${signal.contactEmail}`}>{signal.contactEmail}</Link>
          </dd>
        </div>
        <div className="plan-facts__row">
          <dt>{t('signal.since')}</dt>
          <dd>
            <FormattedMoment at={signal.registeredAt} />
          </dd>
        </div>
        {signal.mine && (
          <div className="plan-facts__row">
            <dt>{t('signal.until')}</dt>
            <dd>
              <FormattedMoment at={signal.expiresAt} />
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}
