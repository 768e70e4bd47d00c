import { Navigate, Outlet } from 'react-router-dom';
import { PATHS } from '../../../shared/paths';
import { ViewerGate } from './viewer-gate';

/** Lets only a signed-in person through; anyone else goes to the sign-in page. */
export function RequireViewer() {
  return (
    <ViewerGate>
      {(viewer) => (viewer ? <Outlet context={viewer} /> : <Navigate to={PATHS.signIn} replace />)}
    </ViewerGate>
  );
}
