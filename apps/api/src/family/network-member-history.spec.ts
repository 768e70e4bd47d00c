import { ErrorCode } from '@gezinsplan/domain';
import { GraphQLSession } from '../testing/graphql-session';
import { CREATE_FAMILY, INVITE } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';

const UPDATE_NETWORK_MEMBER = `mutation ($input: UpdateNetworkMemberInput!) { updateNetworkMember(input: $input) { version } }`;

const EARLIER_DETAILS = `query ($id: ID!) {
  networkMember(id: $id) { id name version history { version name relation phone email replacedAt replacedBy { type name organisationName } } }
}`;

interface Version {
  version: number;
  name: string;
  relation: string;
  phone: string | null;
  email: string | null;
  replacedAt: string;
  replacedBy: { type: string; name: string; organisationName: string | null } | null;
}

const RIA = { name: 'Ria de Wit', relation: 'oma', phone: '06 1234 5678', email: 'ria@mail.example' };

describe('a network member’s earlier details (Eerdere gegevens)', () => {
  let ctx: TestContext;
  let regisseur: GraphQLSession;
  let familyId: string;
  let riaId: string;
  let sanneId: string;

  const correct = (expectedVersion: number, change: Partial<typeof RIA>) =>
    regisseur.data(UPDATE_NETWORK_MEMBER, { input: { id: riaId, expectedVersion, ...RIA, ...change } });
  const historySeenBy = async (session: GraphQLSession) =>
    (await session.data<{ networkMember: { history: Version[] } }>(EARLIER_DETAILS, { id: riaId })).networkMember.history;
  const professional = async (type: string, categories: string[]) => {
    const account = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: type as never }) });
    await regisseur.data(INVITE, { input: { familyId, professionalEmail: account.email, task: 'Taak', categories, memberIds: [sanneId] } });
    return ctx.signIn(account);
  };

  beforeAll(async () => {
    ctx = await TestContext.create();
    regisseur = await ctx.signIn(
      await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) }),
    );
  });

  beforeEach(async () => {
    const { createFamily } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string }>; network: Array<{ id: string }> } }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin de Wit',
        regisseurTask: 'Regie',
        members: [{ givenName: 'Sanne', familyName: 'de Wit', role: 'PARENT', dateOfBirth: '1990-02-02', hasParentalAuthority: true }],
        network: [RIA],
      },
    });
    familyId = createFamily.id;
    riaId = createFamily.network[0].id;
    sanneId = createFamily.members[0].id;
  });
  afterAll(() => ctx.close());

  it('lists every earlier version, newest first, with when and by whom it was replaced', async () => {
    expect(await historySeenBy(regisseur)).toEqual([]);
    await correct(1, { phone: '06 1111 1111' });
    await correct(2, { phone: '06 1111 1111', relation: 'buurvrouw', name: 'Ria de Wit-Jansen' });

    const history = await historySeenBy(regisseur);
    const { family } = await regisseur.data<{ family: { involvements: Array<{ professionalName: string; organisationName: string }> } }>(
      `query ($id: ID!) { family(id: $id) { involvements { professionalName organisationName } } }`,
      { id: familyId },
    );
    const wijkteam = { type: 'INVOLVEMENT', name: family.involvements[0].professionalName, organisationName: family.involvements[0].organisationName };
    expect(history.map(({ replacedAt: _at, ...v }) => v)).toEqual([
      { version: 2, ...RIA, phone: '06 1111 1111', replacedBy: wijkteam },
      { version: 1, ...RIA, replacedBy: wijkteam },
    ]);
    expect(Date.parse(history[0].replacedAt)).toBeGreaterThanOrEqual(Date.parse(history[1].replacedAt));
  });

  it('shows earlier phone numbers only to who sees them today: the family, the network and a safety task, not a school', async () => {
    await correct(1, { phone: '06 1111 1111' });
    const mother = await ctx.signIn(await ctx.linkAccount({ memberId: sanneId }));
    const ria = await ctx.signIn(await ctx.linkAccount({ networkMemberId: riaId }));
    const veiligThuis = await professional('VEILIG_THUIS', ['SAFETY']);
    const school = await professional('SCHOOL', ['SCHOOL', 'GENERAL']);

    for (const session of [mother, ria, veiligThuis]) {
      expect((await historySeenBy(session)).map((v) => [v.version, v.phone, v.email])).toEqual([[1, RIA.phone, RIA.email]]);
    }
    expect((await historySeenBy(school)).map((v) => [v.version, v.name, v.relation, v.phone, v.email])).toEqual([
      [1, RIA.name, RIA.relation, null, null],
    ]);
  });

  it('is NOT_FOUND alike to another family’s regisseur and for an unknown id, and reveals no earlier details', async () => {
    await correct(1, { phone: '06 1111 1111' });
    const stranger = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) }));
    const foreign = await stranger.request(EARLIER_DETAILS, { id: riaId });
    const unknown = await stranger.request(EARLIER_DETAILS, { id: '00000000-0000-4000-8000-000000000000' });
    expect(foreign.errors?.[0].extensions?.['code']).toBe(ErrorCode.NotFound);
    expect(foreign.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(foreign.data).toBeNull();
  });

  it('is NOT_FOUND to a professional not involved with the family', async () => {
    const outsider = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'SCHOOL' }) }));
    expect(await outsider.errorCode(EARLIER_DETAILS, { id: riaId })).toBe(ErrorCode.NotFound);
  });
});
