import { generatePath } from 'react-router-dom';
import { AccountKind } from '../../../graphql/generated/graphql';
import { PATHS } from '../../../shared/paths';
import { portalPaths } from '../../portal-shared/portal-paths';

/** Where a notification about a family leads the reader: their own way into that family's plan. */
export function planPathFor(viewerKind: AccountKind, familyId: string): string | null {
  if (viewerKind === 'PROFESSIONAL') return generatePath(PATHS.familyPlan, { familyId });
  if (viewerKind === 'FAMILY_MEMBER') return portalPaths.plan(familyId);
  if (viewerKind === 'NETWORK_MEMBER') return portalPaths.network(familyId);
  return null;
}
