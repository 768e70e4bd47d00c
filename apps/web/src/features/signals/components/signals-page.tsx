import { Alert, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../shared/components/page-loading';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { useMySignals } from '../hooks/use-my-signals';
import { MatchCard } from './match-card';
import { NotificationsPanel } from './notifications-panel';
import { RouterButtonLink } from './router-button-link';

/** /signalen — my signals and their matches, new matches, and the way to register or look up a signal. */
export function SignalsPage() {
  const { t } = useTranslation('signals');
  usePageTitle(t('page.title'));
  const { matches, loading, refetch } = useMySignals();
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  const mineHeading = useRef<HTMLHeadingElement>(null);
  const mineId = useId();

  const onWithdrawn = (name: string) => {
    setWithdrawn(name);
    mineHeading.current?.focus();
  };

  return (
    <>
      <Heading level={1}>{t('page.title')}</Heading>
      <Paragraph purpose="lead">{t('page.intro')}</Paragraph>
      <div className="signals-actions">
        <RouterButtonLink to={PATHS.registerSignal}>{t('page.register')}</RouterButtonLink>
        <RouterLink to={PATHS.signalLookUp}>{t('page.lookUp')}</RouterLink>
      </div>
      <NotificationsPanel />
      <section className="signals-section" aria-labelledby={mineId}>
        <Heading level={2} id={mineId} ref={mineHeading} tabIndex={-1}>
          {t('page.mine.title')}
        </Heading>
        <div role="status">{withdrawn && <Paragraph>{t('page.withdrawn', { name: withdrawn })}</Paragraph>}</div>
        {loading ? (
          <PageLoading />
        ) : !matches ? (
          <Alert type="error" role="alert">
            <Paragraph>{t('page.unavailable')}</Paragraph>
            <Button appearance="secondary-action-button" onClick={() => void refetch().catch(() => undefined)}>
              {t('page.retry')}
            </Button>
          </Alert>
        ) : matches.length === 0 ? (
          <Paragraph className="plan-empty">{t('page.mine.empty')}</Paragraph>
        ) : (
          <ul className="match-list">
            {matches.map((match) => (
              <li key={match.subject.id}>
                <MatchCard match={match} headingLevel={3} onWithdrawn={onWithdrawn} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
