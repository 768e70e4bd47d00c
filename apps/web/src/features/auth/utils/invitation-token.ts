/**
 * The token of a portal invitation to an address that already has an account,
 * `<PUBLIC_URL>/inloggen#uitnodiging=…`. Like an activation token it travels in
 * the address's fragment, which browsers never send to a server; signing in
 * sends it along, which accepts the invitation. Null without one.
 */
export function readInvitationToken(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('uitnodiging')?.trim();
  return token ? token : null;
}
