import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';
import { useUnreadNotifications } from '../hooks/use-notification-settings';

/** In the header: the way to one's notifications, with how many are unread. */
export function NotificationsHeaderLink() {
  const { t } = useTranslation('notifications');
  const unread = useUnreadNotifications();
  return (
    <RouterLink to={PATHS.notifications} className="app-header__notifications">
      {unread > 0 ? t('header.unread', { count: unread }) : t('header.none')}
    </RouterLink>
  );
}
