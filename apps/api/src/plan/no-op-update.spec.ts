import { ErrorCode } from '@gezinsplan/domain';
import { GraphQLSession } from '../testing/graphql-session';
import { ADD_ITEM, CREATE_FAMILY, ItemResult, SET_STATUS, UPDATE_ITEM, WITHHOLD } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';

/** Outsider attack (LOW): an update that changed nothing made a new version and a history line. */
describe('a change to a plan item that changes nothing', () => {
  let ctx: TestContext;
  let regisseur: GraphQLSession;
  let familyId: string;
  let child: string;
  let mother: string;

  beforeAll(async () => {
    ctx = await TestContext.create();
    regisseur = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) }));
    const { createFamily } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string }> } }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin Stil', regisseurTask: 'Regie',
        members: [
          { givenName: 'Els', familyName: 'Stil', role: 'PARENT', dateOfBirth: '1985-01-01', hasParentalAuthority: true },
          { givenName: 'Tim', familyName: 'Stil', role: 'CHILD', dateOfBirth: '2016-01-01' },
        ],
      },
    });
    familyId = createFamily.id;
    [mother, child] = createFamily.members.map((member) => member.id);
  });
  afterAll(() => ctx.close());

  const written = async (itemId: string) => {
    const [row] = await ctx.dataSource.query<Array<{ version: number; revisions: number; logged: number }>>(
      `SELECT (SELECT version FROM plan_item WHERE id = $1) AS version,
              (SELECT count(*)::int FROM plan_item_revision WHERE item_id = $1) AS revisions,
              (SELECT count(*)::int FROM access_log WHERE item_id = $1 AND action = 'UPDATE') AS logged`,
      [itemId],
    );
    return row;
  };

  const agreement = async () =>
    (await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId, kind: 'AGREEMENT', category: 'GENERAL', text: 'Tim gaat elke dag naar school.', dueOn: '2027-03-01', aboutMemberIds: [child],
        assignee: { type: 'FAMILY_MEMBER', id: mother } },
    })).addPlanItem;

  it('answers the item as it is, without a new version, a history line or an access-log line', async () => {
    const item = await agreement();
    const before = await written(item.id);

    const same = await regisseur.request<{ updatePlanItem: ItemResult }>(UPDATE_ITEM, {
      input: { id: item.id, expectedVersion: 1, text: 'Tim gaat elke dag naar school.', dueOn: '2027-03-01', aboutMemberIds: [child],
        assignee: { type: 'FAMILY_MEMBER', id: mother } },
    });
    expect(same.errors).toBeUndefined();
    expect(same.data?.updatePlanItem).toMatchObject({ id: item.id, version: 1, text: 'Tim gaat elke dag naar school.' });
    expect((await regisseur.request(SET_STATUS, { input: { id: item.id, expectedVersion: 1, status: item.status } })).errors).toBeUndefined();
    expect((await regisseur.request(UPDATE_ITEM, { input: { id: item.id, expectedVersion: 1 } })).errors).toBeUndefined();

    expect(await written(item.id)).toEqual(before);
    expect(before).toEqual({ version: 1, revisions: 1, logged: 0 });
  });

  it('still refuses an older version with CONFLICT, even when it asks for what is there already', async () => {
    const item = await agreement();
    await regisseur.data(UPDATE_ITEM, { input: { id: item.id, expectedVersion: 1, text: 'Tim fietst naar school.' } });

    const stale = await regisseur.request(UPDATE_ITEM, { input: { id: item.id, expectedVersion: 1, text: 'Tim fietst naar school.' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: ErrorCode.Conflict, current: { id: item.id, version: 2 } });
    expect(await written(item.id)).toMatchObject({ version: 2, revisions: 2, logged: 1 });
  });

  it('writes nothing for withholding an item with the reason it is withheld for already', async () => {
    const { addPlanItem: note } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId, kind: 'LOG_ENTRY', category: 'GENERAL', text: 'Gesprek met school.', aboutMemberIds: [child] },
    });
    await regisseur.data(WITHHOLD, { input: { id: note.id, expectedVersion: 1, reason: 'Bescherming van een derde' } });
    const again = await regisseur.request<{ withholdFromFamily: ItemResult }>(WITHHOLD, {
      input: { id: note.id, expectedVersion: 2, reason: 'Bescherming van een derde' },
    });
    expect(again.errors).toBeUndefined();
    expect(again.data?.withholdFromFamily.version).toBe(2);
    expect(await written(note.id)).toMatchObject({ version: 2, revisions: 2 });
  });

  it('makes a new version for a real change', async () => {
    const item = await agreement();
    const changed = await regisseur.data<{ updatePlanItem: ItemResult }>(UPDATE_ITEM, {
      input: { id: item.id, expectedVersion: 1, dueOn: '2027-04-01' },
    });
    expect(changed.updatePlanItem).toMatchObject({ version: 2, dueOn: '2027-04-01' });
    expect(await written(item.id)).toEqual({ version: 2, revisions: 2, logged: 1 });
  });
});
