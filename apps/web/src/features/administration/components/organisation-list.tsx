import { Alert, Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/page-loading';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';
import { useOrganisations } from '../hooks/use-organisations';

/** Every organisation, by name, each a link to its accounts. */
export function OrganisationList() {
  const { t } = useTranslation('administration');
  const { t: tv } = useTranslation('administration', { keyPrefix: 'organisationTypes' });
  const { organisations, loading, refetch } = useOrganisations();
  if (loading) return <PageLoading />;
  if (!organisations) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t('organisations.unavailable')}</Paragraph>
        <Button appearance="secondary-action-button" onClick={() => void refetch().catch(() => undefined)}>
          {t('organisations.retry')}
        </Button>
      </Alert>
    );
  }
  if (organisations.length === 0) return <Paragraph>{t('organisations.empty')}</Paragraph>;
  return (
    <ul className="organisation-list">
      {organisations.map((organisation) => (
        <li key={organisation.id}>
          <RouterLink to={generatePath(PATHS.administrationOrganisation, { organisationId: organisation.id })}>
            {t('organisations.accountsLink', { name: organisation.name })}
          </RouterLink>{' '}
          ({tv(organisation.type)})
        </li>
      ))}
    </ul>
  );
}
