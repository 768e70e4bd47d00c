/**
 * A way of proving who you are. Passwords are one; an OpenID Connect broker
 * (DigiD for families, an organisation's SSO for professionals) is another,
 * added as a second implementation that resolves to an account id. Sessions,
 * guards and everything behind them only ever see the account id.
 */
export interface Authenticator<Credentials> {
  /** The account id when the credentials are valid, otherwise null. */
  authenticate(credentials: Credentials): Promise<string | null>;
}
