import { generatePath } from 'react-router-dom';
import { PATHS } from '../../shared/paths';

/** The family portal's pages for one family. */
export const portalPaths = {
  plan: (familyId: string) => generatePath(PATHS.familyPortal, { familyId }),
  accessLog: (familyId: string) => generatePath(PATHS.familyPortalAccessLog, { familyId }),
  consents: (familyId: string) => generatePath(PATHS.familyPortalConsents, { familyId }),
  network: (familyId: string) => generatePath(PATHS.networkPortal, { familyId }),
  networkPrint: (familyId: string) => generatePath(PATHS.networkPortalPrint, { familyId }),
};
