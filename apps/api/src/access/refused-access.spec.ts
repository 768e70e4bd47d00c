import { ErrorCode } from '@gezinsplan/domain';
import { randomUUID } from 'node:crypto';
import { ADD_ITEM, CREATE_FAMILY, INVITE, ItemResult, UPDATE_ITEM } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';
import { Row } from '../database/typed-sql';

const FAMILY_NAME = `query ($id: ID!) { family(id: $id) { name } }`;
const FAMILY_LOG = `query ($id: ID!) { family(id: $id) { accessLog(limit: 200) { accountName action list } } }`;
const INVESTIGATE = `query ($accountId: ID, $familyId: ID) {
  accessLogInvestigation(accountId: $accountId, familyId: $familyId, limit: 200) { accountId familyId action basis list requestId }
}`;

interface Line {
  accountId: string;
  familyId: string | null;
  action: string;
  basis: string;
  list: string | null;
  requestId: string | null;
}

/** Issue 12 item 6: refused and revealing reads are logged where the investigation sees them, not in the family's view. */
describe('refused and revealing reads', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  async function professional(type: string, name: string) {
    const organisation = await ctx.newOrganisation({ name, type: type as never });
    const account = await ctx.newAccount({ organisation, displayName: `${name} ${randomUUID().slice(0, 6)}` });
    return { ...account, session: await ctx.signIn(account) };
  }

  async function familyWithPartner() {
    const regisseur = await professional('NEIGHBOURHOOD_TEAM', 'Wijkteam');
    const school = await professional('SCHOOL', 'School');
    const { createFamily: family } = await regisseur.session.data<{ createFamily: { id: string; members: Array<{ id: string }> } }>(
      CREATE_FAMILY,
      { input: { name: 'Gezin Visser', regisseurTask: 'Regie', members: [{ givenName: 'Iris', familyName: 'Visser', role: 'CHILD', dateOfBirth: '2015-05-05' }] } },
    );
    await regisseur.session.data(INVITE, {
      input: { familyId: family.id, professionalEmail: school.email, task: 'Schoolgang', categories: ['SCHOOL'], memberIds: [family.members[0].id] },
    });
    return { regisseur, school, family };
  }

  const investigate = async (filter: { accountId?: string; familyId?: string }): Promise<Line[]> => {
    const admin = await ctx.signIn(await ctx.newAccount({ kind: 'PLATFORM_ADMIN' }));
    return (await admin.data<{ accessLogInvestigation: Line[] }>(INVESTIGATE, filter)).accessLogInvestigation;
  };

  it('logs a refused read (NOT_FOUND) and a refused coordination (FORBIDDEN) for the investigation, and never in the family’s view', async () => {
    const { regisseur, school, family } = await familyWithPartner();
    const outsider = await professional('POLICE', 'Politie');

    expect(await outsider.session.errorCode(FAMILY_NAME, { id: family.id })).toBe(ErrorCode.NotFound);
    expect(await outsider.session.errorCode(FAMILY_NAME, { id: randomUUID() })).toBe(ErrorCode.NotFound);
    // The partner may read the family but not coordinate it: inviting is the regisseur's.
    expect(
      await school.session.errorCode(INVITE, {
        input: { familyId: family.id, professionalEmail: outsider.email, task: 'Meekijken', categories: ['GENERAL'], memberIds: [family.members[0].id] },
      }),
    ).toBe(ErrorCode.Forbidden);

    const byOutsider = await investigate({ accountId: outsider.account.id });
    expect(byOutsider.filter((l) => l.action === 'REFUSED').map((l) => [l.familyId, l.basis, l.list])).toEqual([
      // Newest first: the unknown id names no family, the real one is named for the investigation.
      [null, 'NOT_FOUND', 'family'],
      [family.id, 'NOT_FOUND', 'family'],
    ]);
    const byFamily = await investigate({ familyId: family.id });
    expect(byFamily).toContainEqual(expect.objectContaining({ accountId: school.account.id, action: 'REFUSED', basis: 'FORBIDDEN' }));
    expect(byFamily).toContainEqual(expect.objectContaining({ accountId: outsider.account.id, action: 'REFUSED', basis: 'NOT_FOUND' }));

    const { family: seen } = await regisseur.session.data<{ family: { accessLog: Array<{ accountName: string; action: string }> } }>(
      FAMILY_LOG,
      { id: family.id },
    );
    expect(seen.accessLog.map((l) => l.action)).not.toContain('REFUSED');
    expect(seen.accessLog.map((l) => l.accountName)).not.toContain(outsider.account.displayName);
  });

  it('logs a CONFLICT that carries the current item as a read of that item', async () => {
    const { regisseur, family } = await familyWithPartner();
    const { addPlanItem: goal } = await regisseur.session.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId: family.id, kind: 'GOAL', category: 'GENERAL', text: 'Iris gaat elke dag naar school.', aboutMemberIds: [family.members[0].id] },
    });
    await regisseur.session.data(UPDATE_ITEM, { input: { id: goal.id, expectedVersion: goal.version, text: 'Iris gaat vier dagen naar school.' } });

    const requestId = `conflict-${randomUUID()}`;
    const stale = await regisseur.session.request(
      UPDATE_ITEM,
      { input: { id: goal.id, expectedVersion: goal.version, text: 'Iris gaat drie dagen naar school.' } },
      { 'x-request-id': requestId },
    );
    expect(stale.errors?.[0].extensions?.['code']).toBe(ErrorCode.Conflict);
    expect((stale.errors?.[0].extensions?.['current'] as ItemResult).text).toBe('Iris gaat vier dagen naar school.');

    const lines = (await investigate({ familyId: family.id })).filter((l) => l.requestId === requestId);
    expect(lines).toEqual([
      { accountId: regisseur.account.id, familyId: family.id, action: 'READ', basis: 'REGISSEUR', list: null, requestId },
    ]);
    const [row] = await ctx.dataSource.query<Row<'access_log', 'item_id' | 'member_ids'>[]>(`SELECT item_id, member_ids FROM access_log WHERE request_id = $1`, [requestId]);
    expect(row).toEqual({ item_id: goal.id, member_ids: [family.members[0].id] });
  });

  it('lets the database refuse a refused line that names the family where the family would see it', async () => {
    const { regisseur, family } = await familyWithPartner();
    await expect(
      ctx.dataSource.query(
        `INSERT INTO access_log (account_id, account_kind, family_id, action, basis) VALUES ($1, 'PROFESSIONAL', $2, 'REFUSED', 'NOT_FOUND')`,
        [regisseur.account.id, family.id],
      ),
    ).rejects.toThrow(/lines_outside_the_family_view/);
  });
});
