import { ErrorCode } from '@gezinsplan/domain';
import { Row } from '../database/typed-sql';
import { GraphQLSession } from '../testing/graphql-session';
import { CREATE_FAMILY, INVITE } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';

const UPDATE_NETWORK_MEMBER = `mutation ($input: UpdateNetworkMemberInput!) {
  updateNetworkMember(input: $input) { id name relation phone email version }
}`;

const NETWORK = `query ($id: ID!) { family(id: $id) { network { id name relation phone email version } } }`;

interface NetworkMember {
  id: string;
  name: string;
  relation: string;
  phone: string | null;
  email: string | null;
  version: number;
}

const RIA = { name: 'Ria de Wit', relation: 'oma', phone: '06 1234 5678', email: 'ria@mail.example' };

describe('correcting a network member’s details', () => {
  let ctx: TestContext;
  let regisseur: GraphQLSession;
  let regisseurAccountId: string;
  let familyId: string;
  let riaId: string;
  let sanneId: string;

  const correct = (session: GraphQLSession, expectedVersion: number, change: Partial<Record<keyof typeof RIA, string | null>> = {}) =>
    session.request<{ updateNetworkMember: NetworkMember }>(UPDATE_NETWORK_MEMBER, {
      input: { id: riaId, expectedVersion, ...RIA, ...change },
    });
  const networkSeenBy = async (session: GraphQLSession) =>
    (await session.data<{ family: { network: NetworkMember[] } }>(NETWORK, { id: familyId })).family.network;
  const revisions = () =>
    ctx.dataSource.query<Row<'network_member_revision', 'version' | 'name' | 'phone' | 'email' | 'replaced_by_account_id'>[]>(
      `SELECT version, name, phone, email, replaced_by_account_id FROM network_member_revision WHERE network_member_id = $1 ORDER BY version`,
      [riaId],
    );
  const professional = async (type: string, categories: string[]) => {
    const account = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: type as never }) });
    await regisseur.data(INVITE, { input: { familyId, professionalEmail: account.email, task: 'Taak', categories, memberIds: [sanneId] } });
    return ctx.signIn(account);
  };

  beforeAll(async () => {
    ctx = await TestContext.create();
    const account = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) });
    regisseurAccountId = account.account.id;
    regisseur = await ctx.signIn(account);
  });

  // Every test works on a family of its own, so that each can run alone.
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

  it('lets the regisseur give grandmother a new phone number; the old one stays in the history, with who replaced it', async () => {
    const result = await correct(regisseur, 1, { phone: '06 8765 4321' });

    expect(result.errors).toBeUndefined();
    expect(result.data?.updateNetworkMember).toEqual({ id: riaId, ...RIA, phone: '06 8765 4321', version: 2 });
    expect(await networkSeenBy(regisseur)).toEqual([{ id: riaId, ...RIA, phone: '06 8765 4321', version: 2 }]);
    expect(await revisions()).toEqual([
      { version: 1, name: RIA.name, phone: RIA.phone, email: RIA.email, replaced_by_account_id: regisseurAccountId },
    ]);
    const [logged] = await ctx.dataSource.query<Row<'access_log', 'action' | 'list' | 'basis'>[]>(
      `SELECT action, list, basis FROM access_log WHERE family_id = $1 AND action = 'UPDATE'`,
      [familyId],
    );
    expect(logged).toEqual({ action: 'UPDATE', list: 'network', basis: 'REGISSEUR' });
  });

  it('removes a phone number that is no longer right (a blank one is refused), and writes nothing for a correction that changes nothing', async () => {
    const blank = await correct(regisseur, 1, { phone: '  ' });
    expect(blank.errors?.[0].extensions?.['code']).toBe(ErrorCode.BadUserInput);

    const cleared = await correct(regisseur, 1, { phone: null });
    expect(cleared.data?.updateNetworkMember).toMatchObject({ phone: null, version: 2 });

    const same = await correct(regisseur, 2, { phone: null });
    expect(same.data?.updateNetworkMember).toMatchObject({ phone: null, version: 2 });
    expect(await revisions()).toHaveLength(1);
  });

  it('refuses a phone number that is a link or script, naming the field, when the network member is added, created or corrected', async () => {
    const notAPhone = [{ field: 'phone', message: 'enter a phone number: digits, spaces, +, - and parentheses' }];
    for (const phone of ['javascript:alert(1)', 'tel:0612345678', '06 1234 5678<script>', '+-()']) {
      const corrected = await correct(regisseur, 1, { phone });
      expect(corrected.errors?.[0].extensions?.['code']).toBe(ErrorCode.BadUserInput);
      expect(corrected.errors?.[0].extensions?.['fields']).toEqual(notAPhone);
      const added = await regisseur.request(`mutation ($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) }`, {
        input: { familyId, name: 'Buurman', relation: 'buurman', phone },
      });
      expect(added.errors?.[0].extensions?.['fields']).toEqual(notAPhone);
      const created = await regisseur.request(CREATE_FAMILY, {
        input: {
          name: 'Gezin Link',
          regisseurTask: 'Regie',
          members: [{ givenName: 'Lot', familyName: 'Link', role: 'PARENT', dateOfBirth: '1990-02-02', hasParentalAuthority: true }],
          network: [{ name: 'Oom', relation: 'oom', phone }],
        },
      });
      expect(created.errors?.[0].extensions?.['fields']).toEqual([{ ...notAPhone[0], field: 'network.0.phone' }]);
    }
    expect(await revisions()).toEqual([]);
    // What people write for a phone number stays accepted.
    expect((await correct(regisseur, 1, { phone: '+31 (0)6-1234 5678' })).errors).toBeUndefined();
    expect((await correct(regisseur, 2, { phone: '030 123 45 67' })).errors).toBeUndefined();
  });

  it('refuses a correction made to an older version with CONFLICT and the current details, unless it asks for what is already there', async () => {
    await correct(regisseur, 1, { phone: '06 1111 1111' });

    const stale = await correct(regisseur, 1, { name: 'Ria de Witt' });
    expect(stale.errors?.[0].extensions?.['code']).toBe(ErrorCode.Conflict);
    expect(stale.errors?.[0].extensions?.['current']).toMatchObject({ id: riaId, phone: '06 1111 1111', version: 2 });
    expect(await revisions()).toHaveLength(1);

    // Two people making the same correction: the second finds it done, which is no conflict.
    const already = await correct(regisseur, 1, { phone: '06 1111 1111' });
    expect(already.data?.updateNetworkMember).toMatchObject({ phone: '06 1111 1111', version: 2 });
  });

  it('names each field that cannot be saved, and saves nothing', async () => {
    const result = await correct(regisseur, 1, { relation: '', email: 'geen adres' });

    expect(result.errors?.[0].extensions?.['code']).toBe(ErrorCode.BadUserInput);
    const fields = (result.errors?.[0].extensions?.['fields'] as Array<{ field: string }>).map((f) => f.field).sort();
    expect(fields).toEqual(['email', 'relation']);
    expect(await networkSeenBy(regisseur)).toEqual([{ id: riaId, ...RIA, version: 1 }]);
  });

  it('is refused to everyone but the regisseur: FORBIDDEN to those involved, NOT_FOUND to another family’s regisseur and for an unknown id', async () => {
    const partner = await professional('VEILIG_THUIS', ['SAFETY', 'GENERAL']);
    expect(await partner.errorCode(UPDATE_NETWORK_MEMBER, { input: { id: riaId, expectedVersion: 1, ...RIA, phone: '06 0' } })).toBe(
      ErrorCode.Forbidden,
    );
    const ria = await ctx.signIn(await ctx.linkAccount({ networkMemberId: riaId }));
    expect(await ria.errorCode(UPDATE_NETWORK_MEMBER, { input: { id: riaId, expectedVersion: 1, ...RIA, phone: '06 0' } })).toBe(
      ErrorCode.Forbidden,
    );
    const stranger = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) }));
    const foreign = await stranger.request(UPDATE_NETWORK_MEMBER, { input: { id: riaId, expectedVersion: 1, ...RIA } });
    const unknown = await stranger.request(UPDATE_NETWORK_MEMBER, {
      input: { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, ...RIA },
    });
    expect(foreign.errors?.[0].extensions?.['code']).toBe(ErrorCode.NotFound);
    expect(foreign.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(await networkSeenBy(regisseur)).toEqual([{ id: riaId, ...RIA, version: 1 }]);
  });

  it('shows the network’s phone numbers to the family, the network and a task with safety, not to a school', async () => {
    const mother = await ctx.signIn(await ctx.linkAccount({ memberId: sanneId }));
    const ria = await ctx.signIn(await ctx.linkAccount({ networkMemberId: riaId }));
    const veiligThuis = await professional('VEILIG_THUIS', ['SAFETY']);
    const school = await professional('SCHOOL', ['SCHOOL', 'GENERAL']);

    for (const session of [mother, ria, veiligThuis]) {
      expect(await networkSeenBy(session)).toEqual([{ id: riaId, ...RIA, version: 1 }]);
    }
    // The school knows who is around the family, not how to reach them.
    expect(await networkSeenBy(school)).toEqual([{ id: riaId, name: RIA.name, relation: RIA.relation, phone: null, email: null, version: 1 }]);
  });

  it('keeps the history in the database: a correction without a new version is refused, and the history cannot be changed', async () => {
    await correct(regisseur, 1, { phone: '06 2222 2222' });
    await expect(
      ctx.dataSource.query(`UPDATE network_member SET phone = '06 3' WHERE id = $1`, [riaId]),
    ).rejects.toThrow(/corrected without a new version/);
    await expect(ctx.asOwner(`DELETE FROM network_member_revision WHERE network_member_id = $1`, [riaId])).rejects.toThrow(/append-only/);
    // Linking a portal account is no correction.
    await ctx.linkAccount({ networkMemberId: riaId });
    expect((await networkSeenBy(regisseur))[0].version).toBe(2);
  });
});
