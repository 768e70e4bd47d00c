import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../shared/components/router-link';
import { usePageTitle } from '../shared/hooks/use-page-title';
import { PATHS } from '../shared/paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <Heading level={1}>{t('notFound.title')}</Heading>
      <Paragraph>{t('notFound.message')}</Paragraph>
      <Paragraph>
        <RouterLink to={PATHS.home}>{t('notFound.homeLink')}</RouterLink>
      </Paragraph>
    </>
  );
}
