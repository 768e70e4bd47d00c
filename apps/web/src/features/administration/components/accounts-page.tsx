import { Alert, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CurrentViewerFragment } from '../../../graphql/generated/graphql';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { AccountList } from './account-list';
import { CreateAccountForm } from './create-account-form';

interface AccountsPageProps {
  viewer: CurrentViewerFragment;
  /** For the platform administrator, the organisation on the page; an organisation administrator manages their own. */
  organisationId?: string;
  /** Null while the organisations are loading, or for an id that names none. */
  organisationName: string | null;
  /** Set right after the platform administrator created the organisation. */
  justCreated?: boolean;
}

/** One organisation's accounts: the list, and a form for a new one. No case content. */
export function AccountsPage({ viewer, organisationId, organisationName, justCreated = false }: AccountsPageProps) {
  const { t } = useTranslation('administration');
  const listId = useId();
  const formId = useId();
  // The "organisation created" message is for the step right after creating it; once its first account exists it goes.
  const [showCreated, setShowCreated] = useState(justCreated);
  const isPlatformAdmin = viewer.kind === 'PLATFORM_ADMIN';
  const title = organisationName ? t('accounts.title', { organisation: organisationName }) : t('accounts.titleUnknown');
  usePageTitle(title);
  return (
    <>
      {isPlatformAdmin && (
        <Paragraph>
          <RouterLink to={PATHS.administration}>{t('accounts.backToOrganisations')}</RouterLink>
        </Paragraph>
      )}
      <Heading level={1}>{title}</Heading>
      {showCreated && organisationName && (
        <Alert type="ok" role="status">
          <Paragraph>{t('accounts.created', { name: organisationName })}</Paragraph>
        </Alert>
      )}
      <Paragraph purpose="lead">{t(isPlatformAdmin ? 'accounts.introPlatform' : 'accounts.introOwn')}</Paragraph>
      <section aria-labelledby={listId} className="administration-section">
        <Heading level={2} id={listId}>
          {t('accounts.listTitle')}
        </Heading>
        <AccountList organisationId={organisationId} viewerId={viewer.id} />
      </section>
      <section aria-labelledby={formId} className="administration-section">
        <Heading level={2} id={formId}>
          {t('accountForm.title')}
        </Heading>
        <CreateAccountForm
          key={organisationId ?? 'own'}
          organisationId={organisationId}
          // A new organisation first needs its administrator; an organisation administrator mostly adds professionals.
          initialKind={isPlatformAdmin ? 'ORGANISATION_ADMIN' : 'PROFESSIONAL'}
          onCreated={() => setShowCreated(false)}
        />
      </section>
    </>
  );
}
