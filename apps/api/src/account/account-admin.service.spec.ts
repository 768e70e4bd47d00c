import { ErrorCode } from '@gezinsplan/domain';
import { GraphQLSession } from '../testing/graphql-session';
import { CREATE_FAMILY } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';
import { InitialAdminService } from './initial-admin.service';

const CREATE_ORGANISATION = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name type } }`;
const CREATE_ACCOUNT = `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id email kind activated organisationId } }`;
const ACTIVATE = `mutation ($input: ActivateAccountInput!) { activateAccount(input: $input) { id kind displayName } }`;
const DISABLE = `mutation ($input: SetAccountDisabledInput!) { setAccountDisabled(input: $input) { id disabledAt } }`;
const INVITE_TO_PORTAL = `mutation ($input: InviteToPortalInput!) { inviteToPortal(input: $input) }`;
const ME = `{ me { id kind } }`;

describe('accounts: organisations, activation links and portal invitations', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  /** Without SMTP the mail lands in the outbox; the link's token is in its fragment. */
  async function tokenSentTo(email: string): Promise<string> {
    const [mail] = await ctx.dataSource.query(`SELECT body FROM outbox_email WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [email]);
    const token = /#token=([A-Za-z0-9_-]+)/.exec(mail?.body ?? '')?.[1];
    if (!token) throw new Error(`No activation link was sent to ${email}`);
    return token;
  }

  async function activate(email: string, password = 'een lang en sterk wachtwoord'): Promise<GraphQLSession> {
    const session = ctx.anonymous();
    await session.data(ACTIVATE, { input: { token: await tokenSentTo(email), password } });
    return session;
  }

  it('lets the platform administrator start an organisation whose administrator adds professionals', async () => {
    const platform = await ctx.signIn(await ctx.newAccount({ kind: 'PLATFORM_ADMIN' }));
    const { createOrganisation: org } = await platform.data<{ createOrganisation: { id: string } }>(CREATE_ORGANISATION, {
      input: { name: 'Wijkteam Leidsche Rijn', type: 'NEIGHBOURHOOD_TEAM' },
    });
    const { createAccount: admin } = await platform.data<{ createAccount: { activated: boolean } }>(CREATE_ACCOUNT, {
      input: { email: 'beheer@lr.example', displayName: 'Beheer LR', kind: 'ORGANISATION_ADMIN', organisationId: org.id },
    });
    expect(admin.activated).toBe(false);

    const orgAdmin = await activate('beheer@lr.example');
    expect((await orgAdmin.data<{ me: { kind: string } }>(ME)).me.kind).toBe('ORGANISATION_ADMIN');
    const { createAccount: professional } = await orgAdmin.data<{ createAccount: { organisationId: string } }>(CREATE_ACCOUNT, {
      input: { email: 'noa@lr.example', displayName: 'Noa de Wit', kind: 'PROFESSIONAL', discipline: 'ambulant hulpverlener' },
    });
    expect(professional.organisationId).toBe(org.id);
    const other = await ctx.newOrganisation();
    expect(await orgAdmin.errorCode(CREATE_ACCOUNT, {
      input: { email: 'x@other.example', displayName: 'Xander', kind: 'PROFESSIONAL', organisationId: other.id },
    })).toBe(ErrorCode.Forbidden);
    expect(await orgAdmin.errorCode(CREATE_ORGANISATION, { input: { name: 'Eigen club', type: 'OTHER' } })).toBe(ErrorCode.Forbidden);

    const noa = await activate('noa@lr.example');
    expect((await noa.data<{ me: { kind: string } }>(ME)).me.kind).toBe('PROFESSIONAL');
  });

  it('uses each link once, refuses weak passwords, and ends sessions when an account is disabled', async () => {
    const platform = await ctx.signIn(await ctx.newAccount({ kind: 'PLATFORM_ADMIN' }));
    const org = await ctx.newOrganisation();
    const { createAccount } = await platform.data<{ createAccount: { id: string } }>(CREATE_ACCOUNT, {
      input: { email: 'once@test.example', displayName: 'Eenmalig', kind: 'PROFESSIONAL', organisationId: org.id },
    });
    const token = await tokenSentTo('once@test.example');
    const weak = await ctx.anonymous().request(ACTIVATE, { input: { token, password: 'kort' } });
    expect(weak.errors?.[0].extensions?.['fields']).toEqual([{ field: 'password', message: 'choose a password of at least 12 characters' }]);
    const session = ctx.anonymous();
    await session.data(ACTIVATE, { input: { token, password: 'een lang en sterk wachtwoord' } });
    const reuse = await ctx.anonymous().request(ACTIVATE, { input: { token, password: 'nog een lang wachtwoord' } });
    expect(reuse.errors?.[0].extensions?.['fields']).toEqual([{ field: 'token', message: 'this activation link is unknown, used or expired; ask for a new one' }]);

    await platform.data(DISABLE, { input: { accountId: createAccount.id, disabled: true } });
    expect(await session.data(ME)).toEqual({ me: null });
  });

  it('lets the regisseur open the portal to a parent, and not to a child under 12', async () => {
    const regisseur = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) }));
    const { createFamily: family } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string; givenName: string }> } }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin Portaal',
        regisseurTask: 'Regie',
        members: [
          { givenName: 'Mara', familyName: 'Portaal', role: 'PARENT', dateOfBirth: '1989-09-09', hasParentalAuthority: true },
          { givenName: 'Pim', familyName: 'Portaal', role: 'CHILD', dateOfBirth: '2020-02-02' },
        ],
      },
    });
    const mara = family.members.find((m) => m.givenName === 'Mara')!;
    const pim = family.members.find((m) => m.givenName === 'Pim')!;
    const tooYoung = await regisseur.request(INVITE_TO_PORTAL, { input: { familyId: family.id, memberId: pim.id, email: 'pim@mail.example' } });
    expect(tooYoung.errors?.[0].extensions?.['fields']).toEqual([{ field: 'memberId', message: 'children get their own portal account from 12' }]);
    await regisseur.data(INVITE_TO_PORTAL, { input: { familyId: family.id, memberId: mara.id, email: 'mara@mail.example' } });
    const maraSession = await activate('mara@mail.example');
    const { family: seen } = await maraSession.data<{ family: { myRelation: { memberId: string } } }>(
      `query ($id: ID!) { family(id: $id) { myRelation { memberId } } }`,
      { id: family.id },
    );
    expect(seen.myRelation.memberId).toBe(mara.id);
    expect(await regisseur.errorCode(INVITE_TO_PORTAL, { input: { familyId: family.id, memberId: mara.id, email: 'mara2@mail.example' } })).toBe(ErrorCode.Conflict);
  });

  it('creates the first platform administrator once, from INITIAL_ADMIN_EMAIL', async () => {
    const empty = await TestContext.create();
    try {
      const service = empty.app.get(InitialAdminService);
      expect(await service.ensure(undefined)).toBeNull();
      const link = await service.ensure('eerste@beheer.example');
      expect(link).toMatch(/\/account-activeren#token=[A-Za-z0-9_-]{43}$/);
      expect(await service.ensure('tweede@beheer.example')).toBeNull();
      const admins = await empty.dataSource.query(`SELECT email FROM account WHERE kind = 'PLATFORM_ADMIN'`);
      expect(admins).toEqual([{ email: 'eerste@beheer.example' }]);
    } finally {
      await empty.close();
    }
  });
});
