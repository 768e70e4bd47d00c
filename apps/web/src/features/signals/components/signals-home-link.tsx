import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';
import { useUnreadNotifications } from '../hooks/use-notifications';

/** On a professional's start page: the way to their signals, with how many new matches wait there. */
export function SignalsHomeLink() {
  const { t } = useTranslation('signals');
  const { unread } = useUnreadNotifications();
  const headingId = useId();
  return (
    <section className="signals-home-link" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('homeLink.title')}
      </Heading>
      <Paragraph>{t('homeLink.description')}</Paragraph>
      <Paragraph className="signals-home-link__link">
        <RouterLink to={PATHS.signals}>{t('homeLink.open')}</RouterLink>
        {unread.length > 0 && (
          <span className="badge status-badge status-badge--match">{t('homeLink.unread', { count: unread.length })}</span>
        )}
      </Paragraph>
    </section>
  );
}
