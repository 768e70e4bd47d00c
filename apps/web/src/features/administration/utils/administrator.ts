import { AccountKind } from '../../../graphql/generated/graphql';

/** The accounts that manage other accounts, and see no case content at all. */
export function isAdministrator(kind: AccountKind): boolean {
  return kind === 'PLATFORM_ADMIN' || kind === 'ORGANISATION_ADMIN';
}
