import { expect } from '@jest/globals';
import { ErrorCode } from '@gezinsplan/domain';
import { TestContext } from '../testing/test-context';

const ITEM = `id version text dueOn occurredOn goalId`;
const ADD = `mutation ($input: AddPlanItemInput!) { addPlanItem(input: $input) { ${ITEM} } }`;
const UPDATE = `mutation ($input: UpdatePlanItemInput!) { updatePlanItem(input: $input) { ${ITEM} } }`;
const CREATE_FAMILY = `mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id members { id givenName } involvements { id } } }`;

interface Item {
  id: string;
  version: number;
  text: string;
  dueOn: string | null;
  occurredOn: string | null;
  goalId: string | null;
}

describe('changing an item: a field left out keeps its value, a field given as null is cleared', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  async function family() {
    const organisation = await ctx.newOrganisation({ name: 'Wijkteam Noord', type: 'NEIGHBOURHOOD_TEAM' });
    const session = await ctx.signIn(await ctx.newAccount({ organisation, displayName: 'Mila de Boer' }));
    const { createFamily } = await session.data<{ createFamily: { id: string; members: { id: string }[]; involvements: { id: string }[] } }>(
      CREATE_FAMILY,
      {
        input: {
          name: 'Gezin Visser',
          regisseurTask: 'Regie',
          members: [
            { givenName: 'Anouk', familyName: 'Visser', role: 'PARENT', dateOfBirth: '1990-01-12', hasParentalAuthority: true },
            { givenName: 'Sem', familyName: 'Visser', role: 'CHILD', dateOfBirth: '2012-07-03' },
          ],
        },
      },
    );
    return { session, familyId: createFamily.id, sem: createFamily.members[1].id, regisseur: createFamily.involvements[0].id };
  }

  it('clears an emptied target date, occurrence date and goal, and keeps what was left out', async () => {
    const { session, familyId, sem, regisseur } = await family();
    const add = async (input: Record<string, unknown>) =>
      (await session.data<{ addPlanItem: Item }>(ADD, { input: { familyId, category: 'GENERAL', ...input } })).addPlanItem;
    const goal = await add({ kind: 'GOAL', text: 'Sem slaapt op tijd', dueOn: '2027-01-01', aboutMemberIds: [sem] });
    const log = await add({ kind: 'LOG_ENTRY', text: 'Gesprek met school', occurredOn: '2026-11-02' });
    const agreement = await add({
      kind: 'AGREEMENT', text: 'Avondritueel', dueOn: '2027-02-01', goalId: goal.id, assignee: { type: 'INVOLVEMENT', id: regisseur },
    });

    const update = async (input: Record<string, unknown>) => (await session.data<{ updatePlanItem: Item }>(UPDATE, { input })).updatePlanItem;
    expect(await update({ id: goal.id, expectedVersion: goal.version, dueOn: null })).toMatchObject({ text: 'Sem slaapt op tijd', dueOn: null });
    expect(await update({ id: log.id, expectedVersion: log.version, occurredOn: null, text: 'Gesprek met de school' })).toMatchObject({
      text: 'Gesprek met de school', occurredOn: null,
    });
    const kept = await update({ id: agreement.id, expectedVersion: agreement.version, text: 'Vast avondritueel' });
    expect(kept).toMatchObject({ dueOn: '2027-02-01', goalId: goal.id });
    expect(await update({ id: agreement.id, expectedVersion: kept.version, goalId: null })).toMatchObject({ dueOn: '2027-02-01', goalId: null });
  });

  it('refuses to clear what a kind requires, naming the field', async () => {
    const { session, familyId, regisseur } = await family();
    const { addPlanItem: agreement } = await session.data<{ addPlanItem: Item }>(ADD, {
      input: { familyId, category: 'GENERAL', kind: 'AGREEMENT', text: 'Bellen', dueOn: '2027-02-01', assignee: { type: 'INVOLVEMENT', id: regisseur } },
    });
    const { errors } = await session.request(UPDATE, {
      input: { id: agreement.id, expectedVersion: agreement.version, dueOn: null, assignee: null, text: null },
    });
    expect(errors?.[0]?.extensions?.['code']).toBe(ErrorCode.BadUserInput);
    const fields = (errors?.[0]?.extensions?.['fields'] as { field: string }[]).map((problem) => problem.field).sort();
    expect(fields).toEqual(['assignee', 'dueOn', 'text']);
  });
});
