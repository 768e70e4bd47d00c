import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { CreateOrganisationForm } from './create-organisation-form';
import { OrganisationList } from './organisation-list';

/** The platform administrator's start: a new organisation, and the way to every organisation's accounts. */
export function OrganisationsPage() {
  const { t } = useTranslation('administration');
  const formId = useId();
  const listId = useId();
  usePageTitle(t('organisations.title'));
  return (
    <>
      <Heading level={1}>{t('organisations.title')}</Heading>
      <Paragraph purpose="lead">{t('organisations.intro')}</Paragraph>
      <section aria-labelledby={formId} className="administration-section">
        <Heading level={2} id={formId}>
          {t('organisations.createTitle')}
        </Heading>
        <CreateOrganisationForm />
      </section>
      <section aria-labelledby={listId} className="administration-section">
        <Heading level={2} id={listId}>
          {t('organisations.listTitle')}
        </Heading>
        <OrganisationList />
      </section>
    </>
  );
}
