import { useSignedInViewer } from '../../auth/hooks/use-signed-in-viewer';
import { AccountsPage } from './accounts-page';
import { OrganisationsPage } from './organisations-page';

/**
 * /beheer — where administrators land: the platform administrator on the
 * organisations, an organisation administrator on their organisation's accounts.
 */
export function AdministrationPage() {
  const viewer = useSignedInViewer();
  if (viewer.kind === 'PLATFORM_ADMIN') return <OrganisationsPage />;
  return <AccountsPage viewer={viewer} organisationName={viewer.organisation?.name ?? null} />;
}
