/**
 * The one-time token of an activation link, `<PUBLIC_URL>/account-activeren#token=…`.
 * It travels in the address's fragment, which browsers never send to a server,
 * so it does not end up in any log; the page sends it to `activateAccount` only.
 * Null when the address has no token, e.g. when a mail program cut the link off.
 */
export function readActivationToken(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim();
  return token ? token : null;
}
