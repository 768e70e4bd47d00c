import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { FormattedMoment } from '../../../shared/components/formatted-date';
import { RouterLink } from '../../../shared/components/router-link';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useNotificationList } from '../hooks/use-notification-settings';
import { useNotificationText } from '../hooks/use-notification-text';
import { planPathFor } from '../utils/plan-path';

/** What happened in my families, newest first, each with the way to that plan and marked read on its own. */
export function NotificationList() {
  const { t } = useTranslation('notifications');
  const text = useNotificationText();
  const { viewer } = useViewer();
  const { notifications, loading, markRead } = useNotificationList();
  if (!loading && notifications.length === 0) return <Paragraph>{t('empty')}</Paragraph>;
  return (
    <ul className="notification-list">
      {notifications.map((notification) => {
        // A family not named yet (an invitation that starts later) has no plan to open yet.
        const planPath = viewer && notification.familyId && notification.familyName ? planPathFor(viewer.kind, notification.familyId) : null;
        return (
          <li key={notification.id} className={notification.readAt ? 'notification' : 'notification notification--unread'}>
            <Paragraph>
              {!notification.readAt && <strong>{t('new')} </strong>}
              {text(notification)}
            </Paragraph>
            <Paragraph className="notification__meta">
              <FormattedMoment at={notification.createdAt} withTime />
            </Paragraph>
            {planPath && (
              <Paragraph>
                <RouterLink to={planPath}>{t('toPlan', { family: notification.familyName })}</RouterLink>
              </Paragraph>
            )}
            {!notification.readAt && (
              <Button appearance="secondary-action-button" onClick={() => void markRead(notification.id)}>
                {t('markRead')}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
