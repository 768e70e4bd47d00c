import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../hooks/use-page-title';

interface ServiceUnavailableProps {
  onRetry: () => void;
}

/** A page for when the API could not be reached at all: nothing the person did caused it. */
export function ServiceUnavailable({ onRetry }: ServiceUnavailableProps) {
  const { t } = useTranslation();
  usePageTitle(t('unavailable.title'));
  return (
    <>
      <Heading level={1}>{t('unavailable.title')}</Heading>
      <Paragraph>{t('unavailable.message')}</Paragraph>
      <Button appearance="primary-action-button" onClick={onRetry}>
        {t('unavailable.retry')}
      </Button>
    </>
  );
}
