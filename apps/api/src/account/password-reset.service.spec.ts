import { AccountKind, ErrorCode } from '@gezinsplan/domain';
import { Mailbox, tokenIn } from '../testing/mailbox';
import { TestAccount, TestContext } from '../testing/test-context';

const REQUEST = `mutation ($email: String!) { requestPasswordReset(input: { email: $email }) }`;
const RESET = `mutation ($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) { id } }`;
const SEND = `mutation ($id: ID!) { sendPasswordResetLink(input: { accountId: $id }) { id activated } }`;
const ME = `{ me { id } }`;
const NEW_PASSWORD = 'op zondag fietsen naar oma';

describe('password reset', () => {
  let ctx: TestContext;
  let mailbox: Mailbox;

  beforeAll(async () => {
    mailbox = await Mailbox.start();
    ctx = await TestContext.create({ mail: { smtpUrl: mailbox.url, from: 'Gezinsplan <noreply@gezinsplan.example>' } });
  });

  afterAll(async () => {
    await ctx.close();
    await mailbox.close();
  });

  async function requestLink(who: TestAccount): Promise<string> {
    const before = mailbox.to(who.email).length;
    expect(await ctx.anonymous().data(REQUEST, { email: who.email.toUpperCase() })).toEqual({ requestPasswordReset: true });
    const mails = await mailbox.waitFor(who.email, before + 1);
    return tokenIn(mails[mails.length - 1]);
  }

  it('answers alike for a known and an unknown address, and mails only the known one', async () => {
    const known = await ctx.newAccount();
    const unknown = `nobody-${known.account.id}@test.example`;
    const forKnown = await ctx.anonymous().request(REQUEST, { email: known.email });
    const forUnknown = await ctx.anonymous().request(REQUEST, { email: unknown });
    expect(forUnknown).toEqual(forKnown);
    expect(forKnown.data).toEqual({ requestPasswordReset: true });
    await mailbox.waitFor(known.email);
    // Give a mail to the unknown address every chance to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailbox.to(unknown)).toHaveLength(0);
  });

  it('a link works once, signs in, and ends every other session of the account', async () => {
    const family = await ctx.newAccount({ kind: AccountKind.FamilyMember });
    const elsewhere = await ctx.signIn(family);
    expect((await elsewhere.data<{ me: { id: string } }>(ME)).me.id).toBe(family.account.id);

    const token = await requestLink(family);
    const here = ctx.anonymous();
    expect(await here.data(RESET, { token, password: NEW_PASSWORD })).toEqual({ resetPassword: { id: family.account.id } });
    expect((await here.data<{ me: { id: string } | null }>(ME)).me?.id).toBe(family.account.id);
    expect((await elsewhere.data<{ me: unknown }>(ME)).me).toBeNull();

    // Once only.
    expect(await ctx.anonymous().errorCode(RESET, { token, password: 'nog een ander wachtwoord' })).toBe(ErrorCode.BadUserInput);
    // The new password signs in, the old one no longer does.
    await ctx.signIn({ ...family, password: NEW_PASSWORD });
    expect(await ctx.anonymous().errorCode(`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: family.email, password: family.password },
    })).toBe(ErrorCode.Unauthenticated);
  });

  it('an expired link and an earlier link do not work', async () => {
    const professional = await ctx.newAccount();
    const first = await requestLink(professional);
    // The form sends at most one mail a minute per account: the second request comes later.
    await ctx.dataSource.query(`UPDATE password_reset SET created_at = created_at - interval '2 minutes' WHERE account_id = $1`, [
      professional.account.id,
    ]);
    const second = await requestLink(professional);
    expect(second).not.toBe(first);
    expect(await ctx.anonymous().errorCode(RESET, { token: first, password: NEW_PASSWORD })).toBe(ErrorCode.BadUserInput);

    await ctx.dataSource.query(
      `UPDATE password_reset SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' WHERE account_id = $1`,
      [professional.account.id],
    );
    expect(await ctx.anonymous().errorCode(RESET, { token: second, password: NEW_PASSWORD })).toBe(ErrorCode.BadUserInput);
    // The password did not change.
    await ctx.signIn(professional);
  });

  it('sends no second mail within a minute, and none to a disabled account', async () => {
    const professional = await ctx.newAccount();
    await requestLink(professional);
    await ctx.anonymous().data(REQUEST, { email: professional.email });
    const disabled = await ctx.newAccount({ disabledAt: new Date() });
    await ctx.anonymous().data(REQUEST, { email: disabled.email });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailbox.to(professional.email)).toHaveLength(1);
    expect(mailbox.to(disabled.email)).toHaveLength(0);
  });

  it('an organisation administrator sends a link to their own accounts only; an unknown id answers alike', async () => {
    const organisation = await ctx.newOrganisation();
    const admin = await ctx.signIn(await ctx.newAccount({ kind: AccountKind.OrganisationAdmin, organisation }));
    const colleague = await ctx.newAccount({ organisation });
    const stranger = await ctx.newAccount();

    expect(await admin.data(SEND, { id: colleague.account.id })).toEqual({ sendPasswordResetLink: { id: colleague.account.id, activated: true } });
    const [mail] = await mailbox.waitFor(colleague.email);
    expect(mail.raw).toContain('beheerder');
    await ctx.anonymous().data(RESET, { token: tokenIn(mail), password: NEW_PASSWORD });

    expect(await admin.errorCode(SEND, { id: stranger.account.id })).toBe(ErrorCode.NotFound);
    expect(await admin.errorCode(SEND, { id: '00000000-0000-4000-8000-000000000000' })).toBe(ErrorCode.NotFound);
    const professional = await ctx.signIn(await ctx.newAccount({ organisation }));
    expect(await professional.errorCode(SEND, { id: colleague.account.id })).toBe(ErrorCode.Forbidden);
    expect(mailbox.to(stranger.email)).toHaveLength(0);
  });
});
