import { ACCOUNT_KINDS, isAccountKind } from './account-kind';

describe('isAccountKind', () => {
  it.each(ACCOUNT_KINDS)('accepts %s', (kind) => {
    expect(isAccountKind(kind)).toBe(true);
  });

  it.each(['professional', '', 'ADMIN', 42, null, undefined])('rejects %p', (value) => {
    expect(isAccountKind(value)).toBe(false);
  });
});
