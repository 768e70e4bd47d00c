import { RouteObject } from 'react-router-dom';
import { PATHS } from '../../shared/paths';
import { AccessLogPage } from '../family-portal/components/access-log-page';
import { ConsentsPage } from '../family-portal/components/consents-page';
import { OurPlanPage } from '../family-portal/components/our-plan-page';
import { NetworkPage } from '../network/components/network-page';
// The portal's layout, loaded with its pages (and not in unit tests, which render components alone),
// with the shared pieces it uses too (the question before leaving a page with unsaved text).
import '../../shared/components/shared-components.css';
import './portal.css';

/** The family portal's and the network's pages; they need someone signed in. */
export const PORTAL_ROUTES: RouteObject[] = [
  { path: PATHS.familyPortal, element: <OurPlanPage /> },
  { path: PATHS.familyPortalAccessLog, element: <AccessLogPage /> },
  { path: PATHS.familyPortalConsents, element: <ConsentsPage /> },
  { path: PATHS.networkPortal, element: <NetworkPage /> },
];
