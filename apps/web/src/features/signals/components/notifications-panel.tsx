import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormattedMoment } from '../../../shared/components/formatted-date';
import { useMarkNotificationRead, useUnreadNotifications } from '../hooks/use-notifications';

/**
 * New matches, unread ones only: each says who else signalled whom (in the
 * platform's words), and leaves the list once marked read.
 */
export function NotificationsPanel() {
  const { t } = useTranslation('signals');
  const { unread } = useUnreadNotifications();
  const { markRead, marking } = useMarkNotificationRead();
  const [failedId, setFailedId] = useState<string | null>(null);
  // Once one is read here, the section stays (saying all are read), so the focus has a place to go.
  const [readHere, setReadHere] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  if (unread.length === 0 && !readHere) return null;

  const read = async (id: string) => {
    setFailedId(null);
    setReadHere(true);
    if (await markRead(id)) heading.current?.focus();
    else setFailedId(id);
  };

  return (
    <section className="signal-notifications" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} ref={heading} tabIndex={-1}>
        {t('notifications.title')}
      </Heading>
      {unread.length === 0 && <Paragraph>{t('notifications.allRead')}</Paragraph>}
      <ul className="signal-notifications__list">
        {unread.map((notification) => (
          <li key={notification.id} className="signal-notification">
            <p className="signal-notification__meta">
              <span className="badge status-badge status-badge--match">
                {notification.kind === 'SIGNAL_MATCH' ? t('notifications.kinds.SIGNAL_MATCH') : notification.kind}
              </span>{' '}
              <FormattedMoment at={notification.createdAt} withTime />
            </p>
            {/* Written by the platform, in Dutch: the names and organisations of the others involved. */}
            <p lang="nl">{notification.message}</p>
            {failedId === notification.id && (
              <Paragraph role="alert" className="form-failure">
                {t('notifications.failed')}
              </Paragraph>
            )}
            <Button
              appearance="secondary-action-button"
              disabled={marking}
              aria-label={t('notifications.markReadLabel', { message: notification.message })}
              onClick={() => void read(notification.id)}
            >
              {t('notifications.markRead')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
