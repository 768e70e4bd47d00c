import { ErrorCode } from '@gezinsplan/domain';
import { activateWith, activationTokenSentTo, ACTIVATE, NEW_PASSWORD } from '../testing/activation-links';
import { GraphQLSession } from '../testing/graphql-session';
import { CREATE_FAMILY, INVITE } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';
import { Row } from '../database/typed-sql';

const INVITE_TO_PORTAL = `mutation ($input: InviteToPortalInput!) { inviteToPortal(input: $input) }`;
const RESEND = `mutation ($input: PortalInviteeInput!) { resendPortalInvitation(input: $input) }`;
const PEOPLE = `query ($id: ID!) { family(id: $id) { members { id portalAccess } network { id portalAccess } } }`;
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

  it('tells a person who has a portal account apart from an e-mail address another account uses, and writes nothing', async () => {
    const { regisseur, family, person } = await familyWithRegisseur('Gezin Dubbel');
    const someone = await ctx.newAccount({ email: 'bezet@mail.example' });
    await regisseur.data(INVITE_TO_PORTAL, { input: { familyId: family.id, memberId: person('Mara'), email: 'mara.dubbel@mail.example' } });

    const hasAccount = await regisseur.request(INVITE_TO_PORTAL, {
      input: { familyId: family.id, memberId: person('Mara'), email: 'mara.nieuw@mail.example' },
    });
    expect(hasAccount.errors?.[0].extensions?.['code']).toBe(ErrorCode.PortalAccountExists);
    expect(hasAccount.errors?.[0].message).toBe('This person already has a portal account; there is nobody left to invite.');

    const taken = await regisseur.request(INVITE_TO_PORTAL, { input: { familyId: family.id, memberId: person('Kees'), email: someone.email.toUpperCase() } });
    expect(taken.errors?.[0].extensions?.['code']).toBe(ErrorCode.EmailAddressTaken);
    expect(taken.errors?.[0].message).toBe('Another account already uses this e-mail address; use a different one.');

    const people = await regisseur.data<People>(PEOPLE, { id: family.id });
    expect(portalAccessOf(people, person('Kees'))).toBe('NONE');
    const accounts = await ctx.dataSource.query<Row<'account', 'email'>[]>(`SELECT email FROM account WHERE email IN ('mara.nieuw@mail.example')`);
    expect(accounts).toEqual([]);
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
