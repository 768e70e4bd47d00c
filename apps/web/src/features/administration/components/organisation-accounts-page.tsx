import { Navigate, useLocation, useParams } from 'react-router-dom';
import { PATHS } from '../../../shared/paths';
import { useSignedInViewer } from '../../auth/hooks/use-signed-in-viewer';
import { useOrganisations } from '../hooks/use-organisations';
import { AccountsPage } from './accounts-page';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * /beheer/organisaties/:organisationId — for the platform administrator, any
 * organisation's accounts. An organisation administrator has one organisation,
 * at /beheer.
 */
export function OrganisationAccountsPage() {
  const viewer = useSignedInViewer();
  const { organisationId = '' } = useParams();
  const location = useLocation();
  const { organisations } = useOrganisations();
  if (viewer.kind !== 'PLATFORM_ADMIN') return <Navigate to={PATHS.administration} replace />;
  // An address that cannot name an organisation leads back to the list, rather than to a failing query.
  if (!UUID.test(organisationId)) return <Navigate to={PATHS.administration} replace />;
  const justCreated = (location.state as { createdOrganisation?: string } | null)?.createdOrganisation;
  // The name the form just made is there before the list is.
  const name = organisations?.find((organisation) => organisation.id === organisationId)?.name ?? justCreated ?? null;
  return (
    <AccountsPage
      viewer={viewer}
      organisationId={organisationId}
      organisationName={name}
      justCreated={justCreated !== undefined}
    />
  );
}
