/** The longest e-mail address the API accepts. */
export const EMAIL_ADDRESS_LIMIT = 254;

/** A rough check only, to answer before the API does: the API decides what a valid address is. */
const LOOKS_LIKE_EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Why an e-mail address someone typed cannot be sent as it is, or null. */
export function checkEmailAddress(email: string): 'empty' | 'invalid' | null {
  const trimmed = email.trim();
  if (trimmed === '') return 'empty';
  return trimmed.length <= EMAIL_ADDRESS_LIMIT && LOOKS_LIKE_EMAIL_ADDRESS.test(trimmed) ? null : 'invalid';
}
