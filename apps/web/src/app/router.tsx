import { createBrowserRouter } from 'react-router-dom';
import { ACCOUNT_ACTIVATION_ROUTES } from './routes/account-activation-routes';
import { ADMINISTRATION_ROUTES } from './routes/administration-routes';
import { RequireSignedOut } from '../features/auth/components/require-signed-out';
import { RequireViewer } from '../features/auth/components/require-viewer';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { PROFESSIONAL_ROUTES } from './routes/professional-routes';
import { FAMILY_SETUP_ROUTES } from './routes/family-setup-routes';
import { FORGOT_PASSWORD_ROUTES, PASSWORD_RESET_ROUTES } from './routes/password-reset-routes';
import { HomePage } from '../features/home/components/home-page';
import { PORTAL_ROUTES } from './routes/portal-routes';
import { SIGNAL_ROUTES } from './routes/signal-routes';
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
          children: [{ path: PATHS.home, element: <HomePage /> }, ...PORTAL_ROUTES, ...PROFESSIONAL_ROUTES, ...FAMILY_SETUP_ROUTES, ...SIGNAL_ROUTES, ...ADMINISTRATION_ROUTES],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
