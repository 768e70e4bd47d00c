import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useSignedInViewer } from '../../auth/hooks/use-signed-in-viewer';

/** The first page after signing in: what this kind of account will find here. */
export function HomePage() {
  const { t } = useTranslation('home');
  const viewer = useSignedInViewer();
  usePageTitle(t('title'));
  return (
    <>
      <Heading level={1}>{t('welcome', { name: viewer.displayName })}</Heading>
      <Paragraph purpose="lead">{t(`intro.${viewer.kind}`)}</Paragraph>
    </>
  );
}
