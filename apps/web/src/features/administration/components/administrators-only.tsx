import { Navigate, Outlet, useOutletContext } from 'react-router-dom';
import { CurrentViewerFragment } from '../../../graphql/generated/graphql';
import { UnsavedChangesGuard } from '../../../shared/components/unsaved-changes';
import { PATHS } from '../../../shared/paths';
import { isAdministrator } from '../utils/administrator';

/**
 * The administration pages: for platform and organisation administrators,
 * who see accounts and organisations but never a family's information.
 * Anyone else is sent home. Unsaved input on these pages is guarded.
 */
export function AdministratorsOnly() {
  const viewer = useOutletContext<CurrentViewerFragment>();
  if (!isAdministrator(viewer.kind)) return <Navigate to={PATHS.home} replace />;
  return (
    <UnsavedChangesGuard>
      <Outlet context={viewer} />
    </UnsavedChangesGuard>
  );
}
