import { RouteObject } from 'react-router-dom';
import { PATHS } from '../../shared/paths';
import { AccessLogPage } from '../../features/family-portal/components/access-log-page';
import { ConsentsPage } from '../../features/family-portal/components/consents-page';
import { OurPlanPage } from '../../features/family-portal/components/our-plan-page';
import { NetworkPage } from '../../features/network/components/network-page';
import { SafetyPlanPrintPage } from '../../features/plan-print/components/safety-plan-print-page';
// The portal's layout, loaded with its pages (and not in unit tests, which render components alone),
// with the shared pieces it uses too (the question before leaving a page with unsaved text).
import '../../shared/components/shared-components.css';
import '../../features/portal-shared/portal.css';
import '../../features/plan-print/plan-print.css';

/** The family portal's and the network's pages; they need someone signed in. */
export const PORTAL_ROUTES: RouteObject[] = [
  { path: PATHS.familyPortal, element: <OurPlanPage /> },
  { path: PATHS.familyPortalAccessLog, element: <AccessLogPage /> },
  { path: PATHS.familyPortalConsents, element: <ConsentsPage /> },
  { path: PATHS.networkPortal, element: <NetworkPage /> },
  { path: PATHS.networkPortalPrint, element: <SafetyPlanPrintPage /> },
];
