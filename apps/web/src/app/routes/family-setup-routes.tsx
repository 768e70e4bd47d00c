import { RouteObject } from 'react-router-dom';
import { ProfessionalOnly } from '../../shared/components/professional-only';
import { PATHS } from '../../shared/paths';
import { AddMemberPage } from '../../features/family-setup/components/add-member-page';
import { AddNetworkMemberPage } from '../../features/family-setup/components/add-network-member-page';
import { EditMemberPage } from '../../features/family-setup/components/edit-member-page';
import { EditNetworkMemberPage } from '../../features/family-setup/components/edit-network-member-page';
import { NewFamilyPlanPage } from '../../features/family-setup/components/new-family-plan-page';
// The pages' layout, loaded with their routes (and not in unit tests, which render components alone).
import '../../shared/components/shared-components.css';
import '../../features/family-plan/family-plan.css';
import '../../features/family-setup/family-setup.css';

/** Starting a plan, and the regisseur's pages for the family's people; for professionals only. */
export const FAMILY_SETUP_ROUTES: RouteObject[] = [
  {
    element: <ProfessionalOnly />,
    children: [
      { path: PATHS.startFamilyPlan, element: <NewFamilyPlanPage /> },
      { path: PATHS.addFamilyMember, element: <AddMemberPage /> },
      { path: PATHS.addNetworkMember, element: <AddNetworkMemberPage /> },
      { path: PATHS.editFamilyMember, element: <EditMemberPage /> },
      { path: PATHS.editNetworkMember, element: <EditNetworkMemberPage /> },
    ],
  },
];
