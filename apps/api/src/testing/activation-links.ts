import { query, columns } from '../database/typed-sql';
import { GraphQLSession } from './graphql-session';
import { TestContext } from './test-context';

export const ACTIVATE = `mutation ($input: ActivateAccountInput!) { activateAccount(input: $input) { id kind displayName } }`;

export const NEW_PASSWORD = 'een lang en sterk wachtwoord';

const MAIL_BODY = columns('outbox_email', 'm', ['body']);

/** Without SMTP the mail lands in the outbox; the newest link's token is in its fragment. */
export async function activationTokenSentTo(ctx: TestContext, email: string): Promise<string> {
  const [mail] = await query(
    ctx.dataSource,
    MAIL_BODY,
    `SELECT ${MAIL_BODY.sql} FROM outbox_email m WHERE m.to_address = $1 ORDER BY m.created_at DESC LIMIT 1`,
    [email],
  );
  const token = /#token=([A-Za-z0-9_-]+)/.exec(mail?.body ?? '')?.[1];
  if (!token) throw new Error(`No activation link was sent to ${email}`);
  return token;
}

/** Chooses a password through a token, as the link's owner would; the session is then signed in. */
export async function activateWith(ctx: TestContext, token: string, password = NEW_PASSWORD): Promise<GraphQLSession> {
  const session = ctx.anonymous();
  await session.data(ACTIVATE, { input: { token, password } });
  return session;
}
