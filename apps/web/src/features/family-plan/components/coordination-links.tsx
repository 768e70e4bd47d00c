import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';

interface CoordinationLinksProps {
  familyId: string;
}

/** The regisseur's pages around the plan: who is involved, consent, the access log, handing over the role, closing the plan. */
export function CoordinationLinks({ familyId }: CoordinationLinksProps) {
  const { t } = useTranslation('familyPlan');
  const links = [
    { to: generatePath(PATHS.familyInvolvements, { familyId }), label: t('coordination.involvements') },
    { to: generatePath(PATHS.familyConsent, { familyId }), label: t('coordination.consent') },
    { to: generatePath(PATHS.familyAccessLog, { familyId }), label: t('coordination.accessLog') },
    { to: generatePath(PATHS.regisseurHandover, { familyId }), label: t('coordination.handover') },
    { to: generatePath(PATHS.planClosure, { familyId }), label: t('closure.link') },
  ];
  return (
    <nav aria-labelledby="regie-links-titel" className="coordination-links">
      <p id="regie-links-titel" className="coordination-links__title">
        {t('coordination.label')}
      </p>
      <ul className="link-row">
        {links.map((link) => (
          <li key={link.to}>
            <RouterLink to={link.to}>{link.label}</RouterLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
