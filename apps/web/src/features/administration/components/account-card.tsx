import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { ManagedAccountFieldsFragment } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../i18n/format-date';
import { useLanguage } from '../../../i18n/use-language';
import { accountStatus } from '../utils/account-status';
import { AccountAccessControl } from './account-access-control';
import { SendAccountLink } from './send-account-link';
import { ItemFacts } from '../../../shared/components/item-facts';

interface AccountCardProps {
  account: ManagedAccountFieldsFragment;
  /** Administrators cannot disable their own account. */
  isOwn: boolean;
}

const KNOWN_KINDS = ['PROFESSIONAL', 'ORGANISATION_ADMIN'] as const;

/** One account: who, which kind, whether it can sign in, a new link while it waits, and the way to disable or enable it. */
export function AccountCard({ account, isOwn }: AccountCardProps) {
  const { t } = useTranslation('administration');
  const { language } = useLanguage();
  const status = accountStatus(account);
  const kind = KNOWN_KINDS.find((known) => known === account.kind);
  return (
    <li className="account-card">
      <Heading level={3} appearanceLevel={4}>
        {account.displayName}
        {isOwn && <span className="badge account-badge account-badge--own">{t('accounts.you')}</span>}
      </Heading>
      <Paragraph>
        <span className={`badge account-badge account-badge--${status}`}>{t(`accounts.status.${status}`)}</span>{' '}
        {t(`accounts.statusExplained.${status}`, {
          date: account.disabledAt ? formatDate(new Date(account.disabledAt), language) : '',
        })}
      </Paragraph>
      <ItemFacts
        facts={[
          { label: t('accounts.facts.kind'), value: kind ? t(`accounts.kinds.${kind}`) : account.kind },
          { label: t('accounts.facts.email'), value: account.email },
          account.discipline && { label: t('accounts.facts.discipline'), value: account.discipline },
        ]}
      />
      {!isOwn && status === 'waiting' && <SendAccountLink account={account} link="resend" />}
      {!isOwn && status === 'activated' && <SendAccountLink account={account} link="passwordReset" />}
      {!isOwn && <AccountAccessControl account={account} />}
    </li>
  );
}
