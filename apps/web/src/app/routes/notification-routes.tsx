import { RouteObject } from 'react-router-dom';
import { PATHS } from '../../shared/paths';
import { NotificationSettingsPage } from '../../features/notifications/components/notification-settings-page';
import { NotificationsPage } from '../../features/notifications/components/notifications-page';

/** Every signed-in person's own notifications (the e-mails link here) and their e-mail setting. */
export const NOTIFICATION_ROUTES: RouteObject[] = [
  { path: PATHS.notifications, element: <NotificationsPage /> },
  { path: PATHS.notificationSettings, element: <NotificationSettingsPage /> },
];
