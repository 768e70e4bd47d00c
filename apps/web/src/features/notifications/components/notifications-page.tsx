import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { NotificationEmailFrequency } from '../../../graphql/generated/graphql';
import { FormattedMoment } from '../../../shared/components/formatted-date';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useNotificationsPage } from '../hooks/use-notification-settings';

const FREQUENCIES: readonly NotificationEmailFrequency[] = ['IMMEDIATELY', 'OFF'];

/** /meldingen — what happened in my families, newest first, and whether it also comes by e-mail. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  usePageTitle(t('title'));
  const { notifications, loading, email, saving, markRead, setEmail } = useNotificationsPage();
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph>{t('intro')}</Paragraph>
      {!loading && notifications.length === 0 && <Paragraph>{t('empty')}</Paragraph>}
      <ul className="notification-list">
        {notifications.map((notification) => (
          <li key={notification.id} className={notification.readAt ? 'notification' : 'notification notification--unread'}>
            <Paragraph>
              {!notification.readAt && <strong>{t('new')} </strong>}
              {notification.message}
            </Paragraph>
            <Paragraph className="notification__meta">
              <FormattedMoment at={notification.createdAt} withTime />
            </Paragraph>
            {!notification.readAt && (
              <Button appearance="secondary-action-button" onClick={() => void markRead(notification.id)}>
                {t('markRead')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <fieldset className="notification-settings">
        <legend>{t('email.legend')}</legend>
        {FREQUENCIES.map((frequency) => (
          <label key={frequency} className="notification-settings__option">
            <input
              type="radio"
              name="notification-email"
              value={frequency}
              checked={email === frequency}
              disabled={saving || email === null}
              onChange={() => void setEmail(frequency)}
            />{' '}
            {t(`email.${frequency}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
