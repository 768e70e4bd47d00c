import { ManagedAccountFieldsFragment } from '../../../graphql/generated/graphql';

/** Whether an account can be used: an administrator's three answers. */
export type AccountStatus = 'activated' | 'waiting' | 'disabled';

/** Disabled wins: a disabled account cannot sign in, whether or not it ever chose a password. */
export function accountStatus(account: Pick<ManagedAccountFieldsFragment, 'activated' | 'disabledAt'>): AccountStatus {
  if (account.disabledAt) return 'disabled';
  return account.activated ? 'activated' : 'waiting';
}
