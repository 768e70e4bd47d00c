import { Alert, Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../shared/components/page-loading';
import { useOrganisationAccounts } from '../hooks/use-organisation-accounts';
import { AccountCard } from './account-card';

interface AccountListProps {
  organisationId: string | undefined;
  viewerId: string;
}

/** The organisation's accounts, by name, each with whether it can sign in. */
export function AccountList({ organisationId, viewerId }: AccountListProps) {
  const { t } = useTranslation('administration');
  const { accounts, loading, refetch } = useOrganisationAccounts(organisationId);
  if (loading) return <PageLoading />;
  if (!accounts) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t('accounts.unavailable')}</Paragraph>
        <Button appearance="secondary-action-button" onClick={() => void refetch().catch(() => undefined)}>
          {t('accounts.retry')}
        </Button>
      </Alert>
    );
  }
  if (accounts.length === 0) return <Paragraph>{t('accounts.empty')}</Paragraph>;
  return (
    <ul className="account-list">
      {accounts.map((account) => (
        <AccountCard key={account.id} account={account} isOwn={account.id === viewerId} />
      ))}
    </ul>
  );
}
