import { PageHeader } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { SignOutButton } from '../../features/auth/components/sign-out-button';
import { SignedInViewer } from '../../features/auth/components/signed-in-viewer';
import { isAdministrator } from '../../features/administration/utils/administrator';
import { useViewer } from '../../features/auth/hooks/use-viewer';
import { NotificationsHeaderLink } from '../../features/notifications/components/notifications-header-link';
import { RouterLink } from '../../shared/components/router-link';
import { PATHS } from '../../shared/paths';
import { LanguageSwitch } from './language-switch';

export function AppHeader() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <PageHeader className="app-header">
      <div className="app-header__content">
        <RouterLink to={PATHS.home} className="app-header__product">
          {t('productName')}
        </RouterLink>
        <LanguageSwitch />
        {viewer && (
          <div className="app-header__viewer">
            <SignedInViewer viewer={viewer} />
            {!isAdministrator(viewer.kind) && <NotificationsHeaderLink />}
            <SignOutButton />
          </div>
        )}
      </div>
    </PageHeader>
  );
}
