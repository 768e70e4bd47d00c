import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { useCreatedOrganisations } from '../hooks/use-created-organisations';
import { CreateOrganisationForm } from './create-organisation-form';

interface OrganisationsPageProps {
  viewerId: string;
}

/** The platform administrator's start: a new organisation, and the way to those made since signing in. */
export function OrganisationsPage({ viewerId }: OrganisationsPageProps) {
  const { t } = useTranslation('administration');
  const { t: tv } = useTranslation('administration', { keyPrefix: 'organisationTypes' });
  const created = useCreatedOrganisations(viewerId);
  const formId = useId();
  const createdId = useId();
  usePageTitle(t('organisations.title'));
  return (
    <>
      <Heading level={1}>{t('organisations.title')}</Heading>
      <Paragraph purpose="lead">{t('organisations.intro')}</Paragraph>
      <section aria-labelledby={formId} className="administration-section">
        <Heading level={2} id={formId}>
          {t('organisations.createTitle')}
        </Heading>
        <CreateOrganisationForm viewerId={viewerId} />
      </section>
      <section aria-labelledby={createdId} className="administration-section">
        <Heading level={2} id={createdId}>
          {t('organisations.createdTitle')}
        </Heading>
        {created.length === 0 ? (
          <Paragraph>{t('organisations.createdEmpty')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('organisations.createdIntro')}</Paragraph>
            <ul className="organisation-list">
              {created.map((organisation) => (
                <li key={organisation.id}>
                  <RouterLink to={generatePath(PATHS.administrationOrganisation, { organisationId: organisation.id })}>
                    {t('organisations.accountsLink', { name: organisation.name })}
                  </RouterLink>{' '}
                  ({tv(organisation.type)})
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
