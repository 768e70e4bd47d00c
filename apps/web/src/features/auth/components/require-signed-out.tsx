import { Navigate, Outlet } from 'react-router-dom';
import { PATHS } from '../../../shared/paths';
import { ViewerGate } from './viewer-gate';

/** Keeps a signed-in person away from the sign-in page: they go to the home page. */
export function RequireSignedOut() {
  return <ViewerGate>{(viewer) => (viewer ? <Navigate to={PATHS.home} replace /> : <Outlet />)}</ViewerGate>;
}
