import { tooManyRequests, unauthenticated } from '../common/errors/api-error';

/** One message whether the account does not exist, is disabled, or the password is wrong. */
export const invalidCredentials = () => unauthenticated('The e-mail address or password is incorrect.');

export const tooManySignInAttempts = (seconds: number) =>
  tooManyRequests(
    `Too many failed sign-in attempts. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
    seconds,
  );
