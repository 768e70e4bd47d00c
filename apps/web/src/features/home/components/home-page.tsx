import { hasPermission, Permission } from '@gezinsplan/access-policy';
import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { PATHS } from '../../../shared/paths';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { isAdministrator } from '../../administration/utils/administrator';
import { useSignedInViewer } from '../../auth/hooks/use-signed-in-viewer';
import { FamilySearch } from '../../family-search/components/family-search';
import { StartPlanHomeLink } from '../../family-setup/components/start-plan-home-link';
import { WaitingHandoverProposals } from '../../involvements/components/waiting-handover-proposals';
import { OverviewPanel } from '../../overview/components/overview-panel';
import { SignalsHomeLink } from '../../signals/components/signals-home-link';
import { PortalFamilyLinks } from './portal-family-links';

/**
 * The first page after signing in. Professionals land on their overview;
 * family and network accounts find the way to their family's plan.
 * Administrators see no case content: they go straight to their pages.
 */
export function HomePage() {
  const { t } = useTranslation('home');
  const viewer = useSignedInViewer();
  usePageTitle(t('title'));
  if (isAdministrator(viewer.kind)) return <Navigate to={PATHS.administration} replace />;
  return (
    <>
      <Heading level={1}>{t('welcome', { name: viewer.displayName })}</Heading>
      <Paragraph purpose="lead">{t(`intro.${viewer.kind}`)}</Paragraph>
      {viewer.kind === 'PROFESSIONAL' && <SignalsHomeLink />}
      {hasPermission(viewer.kind, Permission.WorkWithFamilies) && <StartPlanHomeLink />}
      {viewer.kind === 'PROFESSIONAL' && <FamilySearch />}
      {viewer.kind === 'PROFESSIONAL' && <WaitingHandoverProposals />}
      {viewer.kind === 'PROFESSIONAL' && <OverviewPanel />}
      {viewer.kind === 'FAMILY_MEMBER' && <PortalFamilyLinks portal="family" />}
      {viewer.kind === 'NETWORK_MEMBER' && <PortalFamilyLinks portal="network" />}
    </>
  );
}
