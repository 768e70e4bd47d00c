import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { signInProblemOf } from '../utils/sign-in-problem';

function apiError(extensions: Record<string, unknown>): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ errors: [{ message: 'a message for the log, not for the screen', extensions }] });
}

describe('what a failed sign-in means for the form', () => {
  it('names the fields the API rejected, once each, ignoring fields the form does not have', () => {
    const error = apiError({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'email', message: 'enter a valid e-mail address' },
        { field: 'email', message: 'an e-mail address has at most 254 characters' },
        { field: 'tenant', message: 'unknown' },
      ],
    });
    expect(signInProblemOf(error)).toEqual({ kind: 'invalidFields', fields: ['email'] });
  });

  it('treats a rejected sign-in as wrong credentials, without saying which part was wrong', () => {
    expect(signInProblemOf(apiError({ code: 'UNAUTHENTICATED' }))).toEqual({ kind: 'wrongCredentials' });
  });

  it('works out until when to wait after too many attempts', () => {
    const now = new Date('2025-11-24T09:00:00Z');
    expect(signInProblemOf(apiError({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 61 }), now)).toEqual({
      kind: 'tooManyAttempts',
      wait: { minutes: 2, until: new Date('2025-11-24T09:01:01Z') },
    });
    expect(signInProblemOf(apiError({ code: 'TOO_MANY_REQUESTS' }), now)).toEqual({
      kind: 'tooManyAttempts',
      wait: null,
    });
  });

  it('reports anything else, a network failure included, as the service being unavailable', () => {
    expect(signInProblemOf(apiError({ code: 'INTERNAL_SERVER_ERROR' }))).toEqual({ kind: 'unavailable' });
    expect(signInProblemOf(apiError({ code: 'SERVICE_UNAVAILABLE' }))).toEqual({ kind: 'unavailable' });
    expect(signInProblemOf(new TypeError('Failed to fetch'))).toEqual({ kind: 'unavailable' });
  });
});
