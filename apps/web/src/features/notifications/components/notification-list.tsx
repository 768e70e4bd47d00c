import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { FormattedMoment } from '../../../shared/components/formatted-date';
import { useNotificationList } from '../hooks/use-notification-settings';
import { useNotificationText } from '../hooks/use-notification-text';

/** What happened in my families, newest first, each marked read on its own. */
export function NotificationList() {
  const { t } = useTranslation('notifications');
  const text = useNotificationText();
  const { notifications, loading, markRead } = useNotificationList();
  if (!loading && notifications.length === 0) return <Paragraph>{t('empty')}</Paragraph>;
  return (
    <ul className="notification-list">
      {notifications.map((notification) => (
        <li key={notification.id} className={notification.readAt ? 'notification' : 'notification notification--unread'}>
          <Paragraph>
            {!notification.readAt && <strong>{t('new')} </strong>}
            {text(notification)}
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
  );
}
