import { ErrorCode } from '@gezinsplan/domain';
import { activateWith, activationTokenSentTo, ACTIVATE, NEW_PASSWORD } from '../testing/activation-links';
import { hashToken } from '../auth/session-token';
import { GraphQLSession } from '../testing/graphql-session';
import { CREATE_FAMILY, INVITE } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';
import { Row } from '../database/typed-sql';

const INVITE_TO_PORTAL = `mutation ($input: InviteToPortalInput!) { inviteToPortal(input: $input) }`;
const RESEND = `mutation ($input: PortalInviteeInput!) { resendPortalInvitation(input: $input) }`;
const PEOPLE = `query ($id: ID!) { family(id: $id) { members { id portalAccess } network { id portalAccess } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const MY_RELATION = `query ($id: ID!) { family(id: $id) { myRelation { memberId } } }`;
const PEOPLE_WITHOUT_ACCESS = `query ($id: ID!) { family(id: $id) { members { id } network { id } } }`;

interface Family {
  id: string;
  members: Array<{ id: string; givenName: string }>;
  network: Array<{ id: string; name: string }>;
}

interface People {
  family: { members: Array<{ id: string; portalAccess: string | null }>; network: Array<{ id: string; portalAccess: string | null }> };
}

describe('portal accounts for the family and its network', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  async function familyWithRegisseur(name: string): Promise<{ regisseur: GraphQLSession; family: Family; person: (n: string) => string }> {
    const regisseur = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) }));
    const { createFamily: family } = await regisseur.data<{ createFamily: Family }>(CREATE_FAMILY, {
      input: {
        name,
        regisseurTask: 'Regie',
        members: [
          { givenName: 'Mara', familyName: 'Portaal', role: 'PARENT', dateOfBirth: '1989-09-09', hasParentalAuthority: true },
          { givenName: 'Kees', familyName: 'Portaal', role: 'PARENT', dateOfBirth: '1987-07-07', hasParentalAuthority: true },
          { givenName: 'Pim', familyName: 'Portaal', role: 'CHILD', dateOfBirth: '2020-02-02' },
        ],
        network: [{ name: 'Oma Ria', relation: 'grootmoeder' }],
      },
    });
    const person = (n: string) => (family.members.find((m) => m.givenName === n) ?? family.network.find((p) => p.name === n))!.id;
    return { regisseur, family, person };
  }

  const lastMailTo = async (email: string): Promise<string> => {
    const [mail] = await ctx.dataSource.query<Array<{ body: string }>>(
      `SELECT body FROM outbox_email WHERE to_address = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [email],
    );
    return mail?.body ?? '';
  };
  const invitationTokenSentTo = async (email: string): Promise<string> => {
    const token = /#uitnodiging=([A-Za-z0-9_-]+)/.exec(await lastMailTo(email))?.[1];
    if (!token) throw new Error(`No portal invitation link was sent to ${email}`);
    return token;
  };

  const portalAccessOf = (people: People, id: string) =>
    [...people.family.members, ...people.family.network].find((person) => person.id === id)?.portalAccess;

  it('lets the regisseur open the portal to a parent, and not to a child under 12', async () => {
    const { regisseur, family, person } = await familyWithRegisseur('Gezin Portaal');
    const tooYoung = await regisseur.request(INVITE_TO_PORTAL, { input: { familyId: family.id, memberId: person('Pim'), email: 'pim@mail.example' } });
    expect(tooYoung.errors?.[0].extensions?.['fields']).toEqual([{ field: 'memberId', message: 'children get their own portal account from 12' }]);
    await regisseur.data(INVITE_TO_PORTAL, { input: { familyId: family.id, memberId: person('Mara'), email: 'mara@mail.example' } });
    const maraSession = await activateWith(ctx, await activationTokenSentTo(ctx, 'mara@mail.example'));
    const { family: seen } = await maraSession.data<{ family: { myRelation: { memberId: string } } }>(
      `query ($id: ID!) { family(id: $id) { myRelation { memberId } } }`,
      { id: family.id },
    );
    expect(seen.myRelation.memberId).toBe(person('Mara'));
  });

  it('counts a null as not named, and needs exactly one person', async () => {
    const { regisseur, family, person } = await familyWithRegisseur('Gezin Null');
    await regisseur.data(INVITE_TO_PORTAL, {
      input: { familyId: family.id, memberId: person('Mara'), networkMemberId: null, email: 'mara.null@mail.example' },
    });
    await regisseur.data(INVITE_TO_PORTAL, {
      input: { familyId: family.id, memberId: null, networkMemberId: person('Oma Ria'), email: 'ria.null@mail.example' },
    });
    const expected = [{ field: 'memberId', message: 'name either a family member or a network member' }];
    for (const named of [
      { memberId: null, networkMemberId: null },
      {},
      { memberId: person('Kees'), networkMemberId: person('Oma Ria') },
    ]) {
      const answer = await regisseur.request(INVITE_TO_PORTAL, { input: { familyId: family.id, email: 'kees.null@mail.example', ...named } });
      expect(answer.errors?.[0].extensions?.['fields']).toEqual(expected);
    }
  });

  it('refuses a second invitation for a person who has a portal account, and writes nothing', async () => {
    const { regisseur, family, person } = await familyWithRegisseur('Gezin Dubbel');
    await regisseur.data(INVITE_TO_PORTAL, { input: { familyId: family.id, memberId: person('Mara'), email: 'mara.dubbel@mail.example' } });

    const hasAccount = await regisseur.request(INVITE_TO_PORTAL, {
      input: { familyId: family.id, memberId: person('Mara'), email: 'mara.nieuw@mail.example' },
    });
    expect(hasAccount.errors?.[0].extensions?.['code']).toBe(ErrorCode.PortalAccountExists);
    expect(hasAccount.errors?.[0].message).toBe('This person already has a portal account; there is nobody left to invite.');
    const accounts = await ctx.dataSource.query<Row<'account', 'email'>[]>(`SELECT email FROM account WHERE email IN ('mara.nieuw@mail.example')`);
    expect(accounts).toEqual([]);
  });

  it('answers the same whether or not an address has an account; only its holder hears of it, and accepts by signing in through the link', async () => {
    // Mara uses the portal of another family already; the address of the network member is someone's work account.
    const earlier = await familyWithRegisseur('Gezin Eerder');
    await earlier.regisseur.data(INVITE_TO_PORTAL, { input: { familyId: earlier.family.id, memberId: earlier.person('Mara'), email: 'mara.twee@mail.example' } });
    await activateWith(ctx, await activationTokenSentTo(ctx, 'mara.twee@mail.example'));
    const professional = await ctx.newAccount({ email: 'werk.adres@mail.example' });
    const { regisseur, family, person } = await familyWithRegisseur('Gezin Tweede');

    const invite = (named: { memberId?: string; networkMemberId?: string }, email: string) =>
      regisseur.request(INVITE_TO_PORTAL, { input: { familyId: family.id, email, ...named } });
    const fresh = await invite({ memberId: person('Kees') }, 'kees.vers@mail.example');
    expect(fresh.data).toEqual({ inviteToPortal: true });
    expect(await invite({ memberId: person('Mara') }, 'Mara.Twee@mail.example')).toEqual(fresh);
    expect(await invite({ networkMemberId: person('Oma Ria') }, professional.email)).toEqual(fresh);
    // Afterwards too, everyone invited looks alike to the regisseur: invited, invited again refused, a new link sent.
    const people = await regisseur.data<People>(PEOPLE, { id: family.id });
    expect([person('Kees'), person('Mara'), person('Oma Ria')].map((id) => portalAccessOf(people, id))).toEqual(['INVITED', 'INVITED', 'INVITED']);
    for (const named of [{ memberId: person('Kees') }, { memberId: person('Mara') }, { networkMemberId: person('Oma Ria') }]) {
      expect((await invite(named, 'nog.een@mail.example')).errors?.[0].extensions?.['code']).toBe(ErrorCode.PortalAccountExists);
    }
    const firstLink = await invitationTokenSentTo('mara.twee@mail.example');
    for (const named of [{ memberId: person('Kees') }, { memberId: person('Mara') }, { networkMemberId: person('Oma Ria') }]) {
      expect(await regisseur.data(RESEND, { input: { familyId: family.id, ...named } })).toEqual({ resendPortalInvitation: true });
    }
    // No second account for an address: the holders get a mail that names no family.
    const counts = await ctx.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM account WHERE email IN ('mara.twee@mail.example', $1)`,
      [professional.email],
    );
    expect(counts).toEqual([{ n: 2 }]);
    const toMara = await lastMailTo('mara.twee@mail.example');
    expect(toMara).toContain('U heeft al een account met dit e-mailadres');
    const toWork = await lastMailTo(professional.email);
    expect(toWork).toContain('ander soort account');
    expect(toWork).not.toContain('#uitnodiging=');
    for (const mail of [toMara, toWork]) expect(mail).not.toContain('Gezin Tweede');

    // Signing in without the link, with the old link or as someone else changes nothing; with the newest link Mara is in.
    const link = await invitationTokenSentTo('mara.twee@mail.example');
    expect(link).not.toBe(firstLink);
    const signIn = (email: string, password: string, invitationToken?: string) =>
      ctx.anonymous().data(SIGN_IN, { input: { email, password, ...(invitationToken ? { invitationToken } : {}) } });
    await signIn(professional.email, professional.password, link);
    await signIn('mara.twee@mail.example', NEW_PASSWORD, firstLink);
    const before = await regisseur.data<People>(PEOPLE, { id: family.id });
    expect(portalAccessOf(before, person('Mara'))).toBe('INVITED');
    const mara = ctx.anonymous();
    await mara.data(SIGN_IN, { input: { email: 'mara.twee@mail.example', password: NEW_PASSWORD, invitationToken: link } });
    const { family: seen } = await mara.data<{ family: { myRelation: { memberId: string } } }>(MY_RELATION, { id: family.id });
    expect(seen.myRelation.memberId).toBe(person('Mara'));
    expect(portalAccessOf(await regisseur.data<People>(PEOPLE, { id: family.id }), person('Mara'))).toBe('ACTIVE');
    // The work account is never linked: the network member stays invited.
    expect(portalAccessOf(await regisseur.data<People>(PEOPLE, { id: family.id }), person('Oma Ria'))).toBe('INVITED');
  });

  it('refuses a sign-in through the link with an account that cannot be linked, and leaves the invitation open', async () => {
    const { regisseur, family, person } = await familyWithRegisseur('Gezin Koppel');
    await regisseur.data(INVITE_TO_PORTAL, { input: { familyId: family.id, memberId: person('Mara'), email: 'mara.koppel@mail.example' } });
    await activateWith(ctx, await activationTokenSentTo(ctx, 'mara.koppel@mail.example'));
    // Kees is invited at Mara's address: her account is linked to Mara in this family already.
    await regisseur.data(INVITE_TO_PORTAL, { input: { familyId: family.id, memberId: person('Kees'), email: 'mara.koppel@mail.example' } });
    const link = await invitationTokenSentTo('mara.koppel@mail.example');
    // Oma Ria is invited at a work address, whose holder gets no link; had they one, it must not be used up either.
    const professional = await ctx.newAccount({ email: 'werk.koppel@mail.example' });
    await regisseur.data(INVITE_TO_PORTAL, { input: { familyId: family.id, networkMemberId: person('Oma Ria'), email: professional.email } });
    const workLink = 'werk-koppel-token';
    await ctx.dataSource.query(`UPDATE portal_link_invitation SET token_hash = $2 WHERE network_member_id = $1`, [
      person('Oma Ria'),
      hashToken(workLink),
    ]);

    for (const [email, password, token] of [
      ['mara.koppel@mail.example', NEW_PASSWORD, link],
      [professional.email, professional.password, workLink],
    ]) {
      const session = ctx.anonymous();
      const refused = await session.request(SIGN_IN, { input: { email, password, invitationToken: token } });
      expect(refused.errors?.[0].extensions?.['code']).toBe(ErrorCode.PortalInvitationNotLinkable);
      expect(refused.errors?.[0].message).toMatch(/^This invitation cannot be linked to your account/);
      expect(session.hasSessionCookie).toBe(false);
    }
    const open = await ctx.dataSource.query<Array<Row<'portal_link_invitation', 'linked_at'>>>(
      `SELECT linked_at FROM portal_link_invitation WHERE family_id = $1 ORDER BY invited_at`,
      [family.id],
    );
    expect(open).toEqual([{ linked_at: null }, { linked_at: null }]);
    const seen = await regisseur.data<People>(PEOPLE, { id: family.id });
    expect([person('Mara'), person('Kees'), person('Oma Ria')].map((id) => portalAccessOf(seen, id))).toEqual(['ACTIVE', 'INVITED', 'INVITED']);
    // Without the link they sign in as usual.
    expect((await ctx.anonymous().request(SIGN_IN, { input: { email: 'mara.koppel@mail.example', password: NEW_PASSWORD } })).errors).toBeUndefined();
  });

  it('shows the regisseur who has a portal account, and nobody else', async () => {
    const { regisseur, family, person } = await familyWithRegisseur('Gezin Zicht');
    const none = await regisseur.data<People>(PEOPLE, { id: family.id });
    expect([...none.family.members, ...none.family.network].map((p) => p.portalAccess)).toEqual(['NONE', 'NONE', 'NONE', 'NONE']);

    await regisseur.data(INVITE_TO_PORTAL, { input: { familyId: family.id, memberId: person('Mara'), email: 'mara.zicht@mail.example' } });
    await regisseur.data(INVITE_TO_PORTAL, { input: { familyId: family.id, memberId: person('Kees'), email: 'kees.zicht@mail.example' } });
    await regisseur.data(INVITE_TO_PORTAL, { input: { familyId: family.id, networkMemberId: person('Oma Ria'), email: 'ria.zicht@mail.example' } });
    const mara = await activateWith(ctx, await activationTokenSentTo(ctx, 'mara.zicht@mail.example'));
    await activateWith(ctx, await activationTokenSentTo(ctx, 'ria.zicht@mail.example'));
    await ctx.dataSource.query(`UPDATE account SET disabled_at = now() WHERE email = 'ria.zicht@mail.example'`);

    const seen = await regisseur.data<People>(PEOPLE, { id: family.id });
    expect(portalAccessOf(seen, person('Mara'))).toBe('ACTIVE');
    expect(portalAccessOf(seen, person('Kees'))).toBe('INVITED');
    expect(portalAccessOf(seen, person('Pim'))).toBe('NONE');
    expect(portalAccessOf(seen, person('Oma Ria'))).toBe('DISABLED');

    // However many people have an account: at most one statement more than without the field.
    const withField = await ctx.countQueries(() => regisseur.data(PEOPLE, { id: family.id }));
    const without = await ctx.countQueries(() => regisseur.data(PEOPLE_WITHOUT_ACCESS, { id: family.id }));
    expect(withField.queries - without.queries).toBeLessThanOrEqual(1);

    // A partner professional sees who is in the family, not whom the regisseur invited.
    const partner = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'SCHOOL' }) });
    await regisseur.data(INVITE, {
      input: { familyId: family.id, professionalEmail: partner.email, task: 'School', categories: ['SCHOOL'], memberIds: [person('Pim')] },
    });
    const partnerView = await (await ctx.signIn(partner)).data<People>(PEOPLE, { id: family.id });
    expect([...partnerView.family.members, ...partnerView.family.network].map((p) => p.portalAccess)).toEqual([null, null, null, null]);
    // The family (and the network) may ask, as the schema's nullable field promises, and is told nothing.
    const maraView = await mara.data<People>(PEOPLE, { id: family.id });
    expect([...maraView.family.members, ...maraView.family.network].map((p) => p.portalAccess)).toEqual([null, null, null, null]);
  });

  it('re-sends a portal invitation with a fresh link that replaces the earlier one', async () => {
    const { regisseur, family, person } = await familyWithRegisseur('Gezin Opnieuw');
    await regisseur.data(INVITE_TO_PORTAL, { input: { familyId: family.id, memberId: person('Kees'), email: 'kees.opnieuw@mail.example' } });
    await regisseur.data(INVITE_TO_PORTAL, { input: { familyId: family.id, networkMemberId: person('Oma Ria'), email: 'ria.opnieuw@mail.example' } });
    const first = await activationTokenSentTo(ctx, 'kees.opnieuw@mail.example');

    expect(await regisseur.data(RESEND, { input: { familyId: family.id, memberId: person('Kees'), networkMemberId: null } })).toEqual({
      resendPortalInvitation: true,
    });
    const second = await activationTokenSentTo(ctx, 'kees.opnieuw@mail.example');
    expect(second).not.toBe(first);
    const old = await ctx.anonymous().request(ACTIVATE, { input: { token: first, password: NEW_PASSWORD } });
    expect(old.errors?.[0].extensions?.['fields']).toEqual([{ field: 'token', message: 'this activation link is unknown, used or expired; ask for a new one' }]);
    await activateWith(ctx, second);
    expect(await regisseur.errorCode(RESEND, { input: { familyId: family.id, memberId: person('Kees') } })).toBe(ErrorCode.Conflict);

    // Network members too; someone without an account is invited, not re-sent to.
    await regisseur.data(RESEND, { input: { familyId: family.id, networkMemberId: person('Oma Ria') } });
    const mailsToRia = await ctx.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM outbox_email WHERE to_address = 'ria.opnieuw@mail.example'`);
    expect(mailsToRia).toEqual([{ n: 2 }]);
    expect(await regisseur.errorCode(RESEND, { input: { familyId: family.id, memberId: person('Mara') } })).toBe(ErrorCode.Conflict);
  });

  it('re-sends only for the regisseur, and only to people of that family', async () => {
    const { regisseur, family, person } = await familyWithRegisseur('Gezin Alleen');
    const other = await familyWithRegisseur('Gezin Anders');
    await regisseur.data(INVITE_TO_PORTAL, { input: { familyId: family.id, memberId: person('Mara'), email: 'mara.alleen@mail.example' } });
    const target = { familyId: family.id, memberId: person('Mara') };
    const before = await activationTokenSentTo(ctx, 'mara.alleen@mail.example');

    const partner = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'SCHOOL' }) });
    await regisseur.data(INVITE, {
      input: { familyId: family.id, professionalEmail: partner.email, task: 'School', categories: ['SCHOOL'], memberIds: [person('Pim')] },
    });
    expect(await (await ctx.signIn(partner)).errorCode(RESEND, { input: target })).toBe(ErrorCode.Forbidden);
    expect(await other.regisseur.errorCode(RESEND, { input: target })).toBe(ErrorCode.NotFound);
    const elsewhere = await other.regisseur.request(RESEND, { input: { familyId: other.family.id, memberId: person('Mara') } });
    expect(elsewhere.errors?.[0].extensions?.['fields']).toEqual([{ field: 'memberId', message: 'is not part of this family' }]);
    const admin = await ctx.signIn(await ctx.newAccount({ kind: 'PLATFORM_ADMIN' }));
    expect(await admin.errorCode(RESEND, { input: target })).toBe(ErrorCode.Forbidden);

    expect(await activationTokenSentTo(ctx, 'mara.alleen@mail.example')).toBe(before);
  });
});
