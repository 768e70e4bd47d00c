import { createBrowserRouter } from 'react-router-dom';
import { ACCOUNT_ACTIVATION_ROUTES } from '../features/account-activation/account-activation-routes';
import { ADMINISTRATION_ROUTES } from '../features/administration/administration-routes';
import { RequireSignedOut } from '../features/auth/components/require-signed-out';
import { RequireViewer } from '../features/auth/components/require-viewer';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { PROFESSIONAL_ROUTES } from '../features/family-plan/professional-routes';
import { FAMILY_SETUP_ROUTES } from '../features/family-setup/family-setup-routes';
import { FORGOT_PASSWORD_ROUTES, PASSWORD_RESET_ROUTES } from '../features/password-reset/password-reset-routes';
import { NOTIFICATION_ROUTES } from '../features/notifications/notification-routes';
import { HomePage } from '../features/home/components/home-page';
import { PORTAL_ROUTES } from '../features/portal-shared/portal-routes';
import { SIGNAL_ROUTES } from '../features/signals/signal-routes';
import { PATHS } from '../shared/paths';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './not-found-page';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      children: [
        { element: <RequireSignedOut />, children: [{ path: PATHS.signIn, element: <SignInPage /> }, ...FORGOT_PASSWORD_ROUTES] },
        // Open whether or not someone is signed in: the link's token decides whose account it is.
        ...ACCOUNT_ACTIVATION_ROUTES,
        ...PASSWORD_RESET_ROUTES,
        {
          element: <RequireViewer />,
          children: [{ path: PATHS.home, element: <HomePage /> }, ...PORTAL_ROUTES, ...PROFESSIONAL_ROUTES, ...FAMILY_SETUP_ROUTES, ...SIGNAL_ROUTES, ...ADMINISTRATION_ROUTES, ...NOTIFICATION_ROUTES],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
