/** The longest phone number the API accepts. */
export const PHONE_NUMBER_LIMIT = 50;

/** What the API accepts: digits, spaces, +, - and parentheses, with at least one digit. */
const PHONE_NUMBER = /^[\d +()-]*\d[\d +()-]*$/;

/** Why an optional phone number someone typed cannot be sent as it is, or null (left empty is fine). */
export function checkOptionalPhoneNumber(phone: string): 'invalid' | 'tooLong' | null {
  const trimmed = phone.trim();
  if (trimmed === '') return null;
  if (trimmed.length > PHONE_NUMBER_LIMIT) return 'tooLong';
  return PHONE_NUMBER.test(trimmed) ? null : 'invalid';
}
