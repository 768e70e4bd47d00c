import { Navigate, Outlet, useOutletContext } from 'react-router-dom';
import { CurrentViewerFragment } from '../../graphql/generated/graphql';
import { PATHS } from '../paths';
import { UnsavedChangesGuard } from './unsaved-changes';

/**
 * The pages professionals work in. Families and their network have their own
 * portal; anyone else is sent home. Unsaved input on these pages is guarded.
 */
export function ProfessionalOnly() {
  const viewer = useOutletContext<CurrentViewerFragment>();
  if (viewer.kind !== 'PROFESSIONAL') return <Navigate to={PATHS.home} replace />;
  return (
    <UnsavedChangesGuard>
      <Outlet context={viewer} />
    </UnsavedChangesGuard>
  );
}
