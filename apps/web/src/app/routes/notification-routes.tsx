import { RouteObject } from 'react-router-dom';
import { PATHS } from '../../shared/paths';
import { NotificationsPage } from '../../features/notifications/components/notifications-page';

/** Every signed-in person's own notifications (the e-mails link here). */
export const NOTIFICATION_ROUTES: RouteObject[] = [{ path: PATHS.notifications, element: <NotificationsPage /> }];
