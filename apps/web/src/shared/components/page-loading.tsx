import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';

/** Shown while the page waits for the API; announced politely to screen readers. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div role="status">
      <Paragraph>{t('loading')}</Paragraph>
    </div>
  );
}
