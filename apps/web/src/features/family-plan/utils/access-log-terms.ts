/** The access log's words the interface knows; anything else is shown as the API sent it. */
export const ACCESS_ACTIONS = ['READ', 'CREATE', 'UPDATE', 'REMOVE', 'RESPOND', 'ADOPT', 'COORDINATE'] as const;
export const ACCESS_BASES = ['REGISSEUR', 'INVOLVEMENT_TASK', 'FAMILY_OWN', 'NETWORK_ROLE'] as const;
export const ACCOUNT_KINDS = ['PROFESSIONAL', 'FAMILY_MEMBER', 'NETWORK_MEMBER', 'ORGANISATION_ADMIN', 'PLATFORM_ADMIN'] as const;
export const ACCESS_LISTS = [
  'plan',
  'overview',
  'access-log',
  'consent',
  'consents',
  'legal-basis',
  'legal-bases',
  'family',
  'members',
  'network',
  'involvements',
  'regisseur',
] as const;

const known = <T extends string>(values: readonly T[], value: string | null | undefined): T | null =>
  value && (values as readonly string[]).includes(value) ? (value as T) : null;

export interface AccessLogTerms {
  action: (typeof ACCESS_ACTIONS)[number] | null;
  basis: (typeof ACCESS_BASES)[number] | null;
  accountKind: (typeof ACCOUNT_KINDS)[number] | null;
  list: (typeof ACCESS_LISTS)[number] | null;
  /** For `plan-version:<number>`: an adopted version that was read. */
  version: number | null;
}

export function accessLogTerms(entry: { action: string; basis: string; accountKind: string; list?: string | null }): AccessLogTerms {
  return {
    action: known(ACCESS_ACTIONS, entry.action),
    basis: known(ACCESS_BASES, entry.basis),
    accountKind: known(ACCOUNT_KINDS, entry.accountKind),
    list: known(ACCESS_LISTS, entry.list),
    version: versionOf(entry.list),
  };
}

function versionOf(list: string | null | undefined): number | null {
  const match = /^plan-version:(\d+)$/.exec(list ?? '');
  return match ? Number(match[1]) : null;
}
