import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PATHS } from '../../../shared/paths';
import { RouterButtonLink } from '../../signals/components/router-button-link';

/** On a professional's start page: the way to start a family's plan. */
export function StartPlanHomeLink() {
  const { t } = useTranslation('familySetup');
  const headingId = useId();
  return (
    <section className="start-plan-home-link" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('homeLink.title')}
      </Heading>
      <Paragraph>{t('homeLink.description')}</Paragraph>
      <RouterButtonLink to={PATHS.startFamilyPlan} appearance="secondary-action-button">
        {t('homeLink.open')}
      </RouterButtonLink>
    </section>
  );
}
