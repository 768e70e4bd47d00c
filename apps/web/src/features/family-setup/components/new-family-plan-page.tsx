import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { NewFamilyPlanForm } from './new-family-plan-form';

/** /gezinsplan-starten — a professional starts a family's plan and becomes its regisseur. */
export function NewFamilyPlanPage() {
  const { t } = useTranslation('familySetup');
  usePageTitle(t('newPlan.title'));
  return (
    <>
      <Paragraph>
        <RouterLink to={PATHS.home}>{t('newPlan.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('newPlan.title')}</Heading>
      <Paragraph purpose="lead">{t('newPlan.intro')}</Paragraph>
      <Paragraph>
        {t('newPlan.fromSignals')} <RouterLink to={PATHS.signals}>{t('newPlan.signalsLink')}</RouterLink>
      </Paragraph>
      <NewFamilyPlanForm />
    </>
  );
}
