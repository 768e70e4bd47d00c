import { ErrorCode } from '@gezinsplan/domain';
import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { readApiError } from '../../graphql/api-error';
import { usePageTitle } from '../hooks/use-page-title';
import { PATHS } from '../paths';
import { RouterLink } from './router-link';
import { ServiceUnavailable } from './service-unavailable';

interface QueryProblemPageProps {
  error: unknown;
  onRetry: () => void;
}

/**
 * A family page that could not be loaded. "Not found" and "no access" look
 * the same from the API, on purpose; the page says both without telling which.
 */
export function QueryProblemPage({ error, onRetry }: QueryProblemPageProps) {
  const code = readApiError(error)?.code;
  if (code === ErrorCode.NotFound) return <NoAccess kind="notFound" />;
  if (code === ErrorCode.Forbidden) return <NoAccess kind="forbidden" />;
  return <ServiceUnavailable error={error} onRetry={onRetry} />;
}

function NoAccess({ kind }: { kind: 'notFound' | 'forbidden' }) {
  const { t } = useTranslation('shared');
  usePageTitle(t(`noAccess.${kind}.title`));
  return (
    <>
      <Heading level={1}>{t(`noAccess.${kind}.title`)}</Heading>
      <Paragraph>{t(`noAccess.${kind}.message`)}</Paragraph>
      <Paragraph>
        <RouterLink to={PATHS.home}>{t('noAccess.homeLink')}</RouterLink>
      </Paragraph>
    </>
  );
}
