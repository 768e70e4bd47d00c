import { RouteObject } from 'react-router-dom';
import { PATHS } from '../../shared/paths';
import { AdministrationPage } from '../../features/administration/components/administration-page';
import { AdministratorsOnly } from '../../features/administration/components/administrators-only';
import { OrganisationAccountsPage } from '../../features/administration/components/organisation-accounts-page';
// The pages' layout, loaded with their routes (and not in unit tests, which render components alone).
import '../../shared/components/shared-components.css';
import '../../features/administration/administration.css';

/** The administrators' pages: organisations and accounts, never a family's information. */
export const ADMINISTRATION_ROUTES: RouteObject[] = [
  {
    element: <AdministratorsOnly />,
    children: [
      { path: PATHS.administration, element: <AdministrationPage /> },
      { path: PATHS.administrationOrganisation, element: <OrganisationAccountsPage /> },
    ],
  },
];
