import { z } from 'zod';

/** What the API asks of a password; the form says so before anything is sent. */
export const PASSWORD_MINIMUM_LENGTH = 12;
export const PASSWORD_MAXIMUM_LENGTH = 1024;

const NEW_PASSWORD_FIELDS = ['password', 'repeat'] as const;

/** Why each field of the form cannot be used as it is. */
export interface NewPasswordErrors {
  password?: 'tooShort' | 'tooLong';
  repeat?: 'empty' | 'different';
}

/** The checks made before the password is sent: long enough, not too long, typed the same twice. */
export function checkNewPassword(password: string, repeat: string): NewPasswordErrors {
  const errors: NewPasswordErrors = {};
  // Counted in characters as the API counts them: an emoji is one, not two.
  const length = Array.from(password).length;
  if (length < PASSWORD_MINIMUM_LENGTH) errors.password = 'tooShort';
  else if (length > PASSWORD_MAXIMUM_LENGTH) errors.password = 'tooLong';
  if (repeat === '') errors.repeat = 'empty';
  else if (repeat !== password) errors.repeat = 'different';
  return errors;
}

/** The form's schema: each field marked with the reason `checkNewPassword` gives. */
export const newPasswordSchema = z.object({ password: z.string(), repeat: z.string() }).superRefine(({ password, repeat }, context) => {
  const errors = checkNewPassword(password, repeat);
  for (const field of NEW_PASSWORD_FIELDS) {
    const why = errors[field];
    if (why) context.addIssue({ code: 'custom', path: [field], message: why });
  }
});
