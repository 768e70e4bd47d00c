/**
 * A Dutch citizen service number (BSN) passes the eleven-test: nine digits
 * whose weighted sum (9, 8, … 2, and −1 for the last) is a multiple of 11.
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  const digits = [...value].map(Number);
  const sum = digits.slice(0, 8).reduce((total, digit, index) => total + digit * (9 - index), 0) - digits[8];
  return sum % 11 === 0;
}
