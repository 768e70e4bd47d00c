import { RouteObject } from 'react-router-dom';
import { PATHS } from '../../shared/paths';
import { ProfessionalOnly } from '../../shared/components/professional-only';
import { ConsentPage } from '../../features/consent/components/consent-page';
import { HandoverPage } from '../../features/involvements/components/handover-page';
import { InviteInvolvementPage } from '../../features/involvements/components/invite-involvement-page';
import { InvolvementsPage } from '../../features/involvements/components/involvements-page';
import { RecordLegalBasisPage } from '../../features/legal-bases/components/record-legal-basis-page';
import { AccessLogPage } from '../../features/family-plan/components/access-log-page';
import { AdoptedVersionPage } from '../../features/family-plan/components/adopted-version-page';
import { CalendarPage } from '../../features/overview/components/calendar-page';
import { FamilyPlanPage } from '../../features/family-plan/components/family-plan-page';
import { FamilyPlanPrintPage } from '../../features/plan-print/components/family-plan-print-page';
import { PlanClosurePage } from '../../features/plan-closure/components/plan-closure-page';
// The professional pages' layout, loaded with their routes (and not in unit tests, which render components alone).
import '../../shared/components/shared-components.css';
import '../../features/overview/overview.css';
import '../../features/family-plan/family-plan.css';
import '../../features/plan-items/plan-items.css';
import '../../features/involvements/involvements.css';
import '../../features/consent/consent.css';
import '../../features/legal-bases/legal-bases.css';
import '../../features/plan-print/plan-print.css';

/** A professional's pages around one family's plan; they need a professional signed in. */
export const PROFESSIONAL_ROUTES: RouteObject[] = [
  {
    element: <ProfessionalOnly />,
    children: [
      { path: PATHS.calendar, element: <CalendarPage /> },
      { path: PATHS.familyPlan, element: <FamilyPlanPage /> },
      { path: PATHS.familyPlanVersion, element: <AdoptedVersionPage /> },
      { path: PATHS.familyPlanPrint, element: <FamilyPlanPrintPage /> },
      { path: PATHS.familyAccessLog, element: <AccessLogPage /> },
      { path: PATHS.familyConsent, element: <ConsentPage /> },
      { path: PATHS.regisseurHandover, element: <HandoverPage /> },
      { path: PATHS.planClosure, element: <PlanClosurePage /> },
      { path: PATHS.familyInvolvements, element: <InvolvementsPage /> },
      { path: PATHS.inviteInvolvement, element: <InviteInvolvementPage /> },
      { path: PATHS.recordLegalBasis, element: <RecordLegalBasisPage /> },
    ],
  },
];
