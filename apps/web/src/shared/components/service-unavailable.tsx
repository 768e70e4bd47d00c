import { ErrorCode } from '@gezinsplan/domain';
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { readApiError } from '../../graphql/api-error';
import { usePageTitle } from '../hooks/use-page-title';

interface ServiceUnavailableProps {
  /** Why the page could not be read, where known: a busy server (SERVER_BUSY) is said as such. */
  error?: unknown;
  onRetry: () => void;
}

/**
 * A page for when the API could not be reached, or was too busy to answer:
 * nothing the person did caused it, and trying again may work.
 */
export function ServiceUnavailable({ error, onRetry }: ServiceUnavailableProps) {
  const { t } = useTranslation();
  const why = readApiError(error)?.code === ErrorCode.ServerBusy ? 'busy' : 'unavailable';
  usePageTitle(t(`${why}.title`));
  return (
    <>
      <Heading level={1}>{t(`${why}.title`)}</Heading>
      <Paragraph>{t(`${why}.message`)}</Paragraph>
      <Button appearance="primary-action-button" onClick={onRetry}>
        {t('unavailable.retry')}
      </Button>
    </>
  );
}
