import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { generatePath, useLocation, useParams } from 'react-router-dom';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';
import { familyChangeOf } from '../utils/family-change';

/** On the plan page, after the regisseur started the plan or added or corrected someone: what happened, and what next. */
export function FamilyChangeNotice() {
  const { t } = useTranslation('familySetup');
  const { familyId = '' } = useParams();
  const change = familyChangeOf(useLocation().state);
  if (!change) return null;
  return (
    <Alert type="ok" role="status">
      <Paragraph>{t(`changed.${change.kind}`, { name: change.kind === 'started' ? '' : change.name })}</Paragraph>
      {change.kind === 'memberUpdated' && change.consentMayChange && (
        <Paragraph>
          {t('changed.checkConsent')}{' '}
          <RouterLink to={generatePath(PATHS.familyConsent, { familyId })}>{t('changed.consentLink')}</RouterLink>
        </Paragraph>
      )}
    </Alert>
  );
}
