import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { activationProblemOf } from '../utils/activation-problem';
import { readActivationToken } from '../utils/activation-token';
import { checkNewPassword } from '../utils/new-password';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'for the log, not the screen', extensions }] });

describe('the token in an activation link', () => {
  it('is read from the address fragment, where the API puts it', () => {
    expect(readActivationToken('#token=abcdefghijklmnopqrstuvwxyz0123')).toBe('abcdefghijklmnopqrstuvwxyz0123');
    expect(readActivationToken('token=abc-def_ghi')).toBe('abc-def_ghi');
  });

  it('is missing when the link was cut off or has none', () => {
    expect(readActivationToken('')).toBeNull();
    expect(readActivationToken('#')).toBeNull();
    expect(readActivationToken('#token=')).toBeNull();
    expect(readActivationToken('#other=1')).toBeNull();
  });
});

describe('a new password', () => {
  it('has at least 12 characters, counted as the API counts them', () => {
    expect(checkNewPassword('kort', 'kort')).toEqual({ password: 'tooShort' });
    expect(checkNewPassword('elf tekens!', 'elf tekens!')).toEqual({ password: 'tooShort' });
    expect(checkNewPassword('twaalf tekens', 'twaalf tekens')).toEqual({});
    // Eleven letters and an emoji: twelve characters, though JavaScript counts thirteen.
    expect(checkNewPassword('abcdefghijk🙂', 'abcdefghijk🙂')).toEqual({});
    expect(checkNewPassword('abcdefghij🙂', 'abcdefghij🙂')).toEqual({ password: 'tooShort' });
    expect(checkNewPassword('x'.repeat(1025), 'x'.repeat(1025))).toEqual({ password: 'tooLong' });
  });

  it('is typed the same way twice', () => {
    expect(checkNewPassword('op zondag fietsen', '')).toEqual({ repeat: 'empty' });
    expect(checkNewPassword('op zondag fietsen', 'op zondag fietsen!')).toEqual({ repeat: 'different' });
    expect(checkNewPassword('', '')).toEqual({ password: 'tooShort', repeat: 'empty' });
  });
});

describe('what a failed activation means', () => {
  it('blames the link when the API rejects the token, even if the password was wrong too', () => {
    const error = apiError({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'token', message: 'this activation link is unknown, used or expired; ask for a new one' },
        { field: 'password', message: 'choose a password of at least 12 characters' },
      ],
    });
    expect(activationProblemOf(error)).toEqual({ kind: 'link' });
  });

  it('blames the password when only the password was rejected', () => {
    const error = apiError({ code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: 'too short' }] });
    expect(activationProblemOf(error)).toEqual({ kind: 'password' });
  });

  it('says the account is disabled when the API refuses the link for that reason', () => {
    expect(activationProblemOf(apiError({ code: 'ACCOUNT_DISABLED' }))).toEqual({ kind: 'disabled' });
  });

  it('reports anything else as the service being unavailable', () => {
    expect(activationProblemOf(apiError({ code: 'INTERNAL_SERVER_ERROR' }))).toEqual({ kind: 'unavailable' });
    expect(activationProblemOf(new TypeError('Failed to fetch'))).toEqual({ kind: 'unavailable' });
  });
});
