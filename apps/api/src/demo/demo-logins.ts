import { DEMO_ACCOUNTS, DemoAccount } from './demo-organisations';
import { DEMO_PORTAL_ACCOUNTS } from './scenarios';

export interface DemoLoginGroup {
  title: string;
  accounts: readonly DemoAccount[];
}

/** The logins printed at start, each with what it shows; disabled accounts cannot sign in and are left out. */
export const DEMO_LOGINS: readonly DemoLoginGroup[] = [
  { title: 'Professionals and administrators', accounts: DEMO_ACCOUNTS.filter((account) => !account.disabled) },
  { title: 'Family portal: families and their network', accounts: DEMO_PORTAL_ACCOUNTS },
];
