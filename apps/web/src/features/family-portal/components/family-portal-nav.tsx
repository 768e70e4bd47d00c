import { useTranslation } from 'react-i18next';
import { NavLink } from '../../portal-shared/components/nav-link';
import { portalPaths } from '../../portal-shared/portal-paths';

/** The family portal's pages: the plan, who looked at it, what the family agreed to share (notifications are in the header, for everyone). */
export function FamilyPortalNav({ familyId }: { familyId: string }) {
  const { t } = useTranslation('familyPortal');
  const pages = [
    { to: portalPaths.plan(familyId), label: t('nav.plan') },
    { to: portalPaths.accessLog(familyId), label: t('nav.accessLog') },
    { to: portalPaths.consents(familyId), label: t('nav.consents') },
  ];
  return (
    <nav aria-label={t('nav.label')} className="portal-nav">
      <ul className="link-row">
        {pages.map((page) => (
          <li key={page.to}>
            <NavLink to={page.to}>{page.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
