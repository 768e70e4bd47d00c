import { createBrowserRouter } from 'react-router-dom';
import { RequireSignedOut } from '../features/auth/components/require-signed-out';
import { RequireViewer } from '../features/auth/components/require-viewer';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { PROFESSIONAL_ROUTES } from '../features/family-plan/professional-routes';
import { HomePage } from '../features/home/components/home-page';
import { PORTAL_ROUTES } from '../features/portal-shared/portal-routes';
import { PATHS } from '../shared/paths';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './not-found-page';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      children: [
        { element: <RequireSignedOut />, children: [{ path: PATHS.signIn, element: <SignInPage /> }] },
        {
          element: <RequireViewer />,
          children: [{ path: PATHS.home, element: <HomePage /> }, ...PORTAL_ROUTES, ...PROFESSIONAL_ROUTES],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
