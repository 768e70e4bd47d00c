import { ErrorCode } from '@gezinsplan/domain';
import { ADD_ITEM, CREATE_FAMILY, INVITE, ItemResult, PLAN, UPDATE_ITEM } from '../testing/plan-operations';
import { GraphQLSession } from '../testing/graphql-session';
import { TestContext } from '../testing/test-context';

interface Family {
  id: string;
  members: Array<{ id: string; givenName: string }>;
  involvements: Array<{ id: string }>;
}

/** The security tester's attacks on the write rules (issue write-rules), each refused with nothing changed. */
describe('who may carry an agreement, and what a partner may change', () => {
  let ctx: TestContext;
  let sanne: GraphQLSession;
  let eva: GraphQLSession;
  let peter: GraphQLSession;
  let lars: GraphQLSession;
  let family: Family;
  let esther: string;
  let larsId: string;
  let lisanne: string;
  let evaInvolvement: string;
  let peterInvolvement: string;

  beforeAll(async () => {
    ctx = await TestContext.create();
    const sanneAccount = await ctx.newAccount({ displayName: 'Sanne de Vries', organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) });
    const evaAccount = await ctx.newAccount({ displayName: 'Eva Smit', organisation: await ctx.newOrganisation({ type: 'ADULT_MENTAL_HEALTH' }) });
    const peterAccount = await ctx.newAccount({ displayName: 'Peter Bakker', organisation: await ctx.newOrganisation({ type: 'SCHOOL' }) });
    sanne = await ctx.signIn(sanneAccount);
    ({ createFamily: family } = await sanne.data<{ createFamily: Family }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin Jansen',
        regisseurTask: 'Regie en schulden',
        regisseurCategories: ['GENERAL', 'SAFETY', 'FINANCES'],
        members: [
          { givenName: 'Esther', familyName: 'Jansen', role: 'PARENT', dateOfBirth: '1984-02-02', hasParentalAuthority: true },
          { givenName: 'Lars', familyName: 'Jansen', role: 'CHILD', dateOfBirth: '2011-05-05' },
          { givenName: 'Lisanne', familyName: 'Jansen', role: 'CHILD', dateOfBirth: '2016-08-08' },
        ],
      },
    }));
    [esther, larsId, lisanne] = family.members.map((m) => m.id);
    ({ inviteInvolvement: evaInvolvement } = await sanne.data<{ inviteInvolvement: string }>(INVITE, {
      input: { familyId: family.id, professionalEmail: evaAccount.email, task: 'Behandeling Esther', categories: ['MENTAL_HEALTH'], memberIds: [esther] },
    }));
    ({ inviteInvolvement: peterInvolvement } = await sanne.data<{ inviteInvolvement: string }>(INVITE, {
      input: { familyId: family.id, professionalEmail: peterAccount.email, task: 'Mentor Lars', categories: ['SCHOOL'], memberIds: [larsId] },
    }));
    eva = await ctx.signIn(evaAccount);
    peter = await ctx.signIn(peterAccount);
    lars = await ctx.signIn(await ctx.linkAccount({ memberId: larsId }));
  });
  afterAll(() => ctx.close());

  const planOf = async (session: GraphQLSession) =>
    (await session.data<{ family: { plan: ItemResult[] } }>(PLAN, { id: family.id })).family.plan;
  const textOf = async (session: GraphQLSession, id: string) => (await planOf(session)).find((i) => i.id === id)?.text ?? null;

  const evaAgreement = async (): Promise<ItemResult> =>
    (
      await eva.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
        input: {
          familyId: family.id,
          kind: 'AGREEMENT', dueOn: '2027-06-01',
          category: 'MENTAL_HEALTH',
          text: 'Esther gaat door met haar behandeling',
          aboutMemberIds: [esther],
          assignee: { type: 'INVOLVEMENT', id: evaInvolvement },
        },
      })
    ).addPlanItem;

  it('refuses a partner moving her agreement to another professional or a child, and nobody else reads it', async () => {
    const agreement = await evaAgreement();
    for (const assignee of [
      { type: 'INVOLVEMENT', id: peterInvolvement },
      { type: 'FAMILY_MEMBER', id: larsId },
    ]) {
      expect(await eva.errorCode(UPDATE_ITEM, { input: { id: agreement.id, expectedVersion: 1, assignee } })).toBe(ErrorCode.Forbidden);
    }
    const [stored] = (await planOf(eva)).filter((i) => i.id === agreement.id);
    expect(stored).toMatchObject({ version: 1, assignee: { type: 'INVOLVEMENT', id: evaInvolvement } });
    expect(await textOf(peter, agreement.id)).toBeNull();
    expect(await textOf(lars, agreement.id)).toBeNull();
  });

  it('refuses the regisseur giving an agreement to someone who may not read it, naming who and why, on add and update', async () => {
    const { addPlanItem: debts } = await sanne.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: {
        familyId: family.id,
        kind: 'AGREEMENT', dueOn: '2027-06-01',
        category: 'FINANCES',
        text: 'Esther meldt zich bij de schuldhulp',
        aboutMemberIds: [esther],
        assignee: { type: 'INVOLVEMENT', id: family.involvements[0].id },
      },
    });
    for (const assignee of [
      { type: 'INVOLVEMENT', id: peterInvolvement },
      { type: 'FAMILY_MEMBER', id: larsId },
    ]) {
      const result = await sanne.request(UPDATE_ITEM, { input: { id: debts.id, expectedVersion: 1, assignee } });
      expect(result.errors?.[0].extensions?.['code']).toBe(ErrorCode.BadUserInput);
      expect(JSON.stringify(result.errors?.[0].extensions)).toMatch(/assignee/);
      expect(JSON.stringify(result.errors?.[0].extensions)).toMatch(assignee.type === 'INVOLVEMENT' ? /Peter Bakker cannot carry this item: their task does not cover FINANCES/ : /Lars Jansen cannot carry this item: they may not read FINANCES about Esther/);
      const added = await sanne.request(ADD_ITEM, {
        input: { familyId: family.id, kind: 'AGREEMENT', dueOn: '2027-06-01', category: 'FINANCES', text: 'Schuldhulp', aboutMemberIds: [esther], assignee },
      });
      expect(added.errors?.[0].extensions?.['code']).toBe(ErrorCode.BadUserInput);
    }
    expect((await planOf(sanne)).filter((i) => i.kind === 'AGREEMENT' && i.category === 'FINANCES')).toHaveLength(1);
    expect(await textOf(peter, debts.id)).toBeNull();
    expect(await textOf(lars, debts.id)).toBeNull();
    // Lars may carry one about himself: he reads that as a family member.
    const { addPlanItem: own } = await sanne.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId: family.id, kind: 'AGREEMENT', dueOn: '2027-06-01', category: 'FINANCES', text: 'Lars spaart zijn zakgeld', aboutMemberIds: [larsId], assignee: { type: 'FAMILY_MEMBER', id: larsId } },
    });
    expect(await textOf(lars, own.id)).toBe('Lars spaart zijn zakgeld');
  });

  it('refuses a partner moving an item to a member outside her task, as on add', async () => {
    const { addPlanItem: entry } = await eva.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId: family.id, kind: 'LOG_ENTRY', category: 'MENTAL_HEALTH', text: 'Gesprek gehad', aboutMemberIds: [esther] },
    });
    expect(await eva.errorCode(UPDATE_ITEM, { input: { id: entry.id, expectedVersion: 1, aboutMemberIds: [lisanne] } })).toBe(ErrorCode.Forbidden);
    expect(await eva.errorCode(UPDATE_ITEM, { input: { id: entry.id, expectedVersion: 1, aboutMemberIds: [esther, lisanne] } })).toBe(ErrorCode.Forbidden);
    expect((await planOf(eva)).find((i) => i.id === entry.id)).toMatchObject({ version: 1, aboutMemberIds: [esther] });
  });

  it('refuses a partner making her item about the whole family, on add and update, so the son does not read his mother\'s treatment', async () => {
    const agreement = await evaAgreement();
    const widened = await eva.request(UPDATE_ITEM, { input: { id: agreement.id, expectedVersion: 1, aboutMemberIds: [] } });
    expect(widened.errors?.[0].extensions?.['code']).toBe(ErrorCode.Forbidden);
    expect(widened.errors?.[0].message).toMatch(/does not concern the whole family/);
    expect((await planOf(eva)).find((i) => i.id === agreement.id)).toMatchObject({ version: 1, aboutMemberIds: [esther] });
    expect(await textOf(lars, agreement.id)).toBeNull();
    const added = await eva.request(ADD_ITEM, {
      input: { familyId: family.id, kind: 'LOG_ENTRY', category: 'MENTAL_HEALTH', text: 'Esther neemt haar medicijnen', aboutMemberIds: [] },
    });
    expect(added.errors?.[0].extensions?.['code']).toBe(ErrorCode.Forbidden);
    expect((await planOf(sanne)).filter((i) => i.text === 'Esther neemt haar medicijnen')).toHaveLength(0);
  });

  it('lets the regisseur write about the whole family, and edit it without naming anyone', async () => {
    const { addPlanItem: shared } = await sanne.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId: family.id, kind: 'LOG_ENTRY', category: 'GENERAL', text: 'Samen eten op zondag', aboutMemberIds: [] },
    });
    expect(shared.aboutMemberIds).toEqual([]);
    const { updatePlanItem: edited } = await sanne.data<{ updatePlanItem: ItemResult }>(UPDATE_ITEM, {
      input: { id: shared.id, expectedVersion: 1, text: 'Samen eten op zondag, om vijf uur', aboutMemberIds: [] },
    });
    expect(edited).toMatchObject({ version: 2, aboutMemberIds: [] });
  });

  it('stores each member once, on add and update', async () => {
    const { addPlanItem: entry } = await eva.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId: family.id, kind: 'LOG_ENTRY', category: 'MENTAL_HEALTH', text: 'Dubbel', aboutMemberIds: [esther, esther] },
    });
    expect(entry.aboutMemberIds).toEqual([esther]);
    const { updatePlanItem: updated } = await sanne.data<{ updatePlanItem: ItemResult }>(UPDATE_ITEM, {
      input: { id: (await regisseurGoalAbout(larsId)).id, expectedVersion: 1, aboutMemberIds: [larsId, larsId] },
    });
    expect(updated.aboutMemberIds).toEqual([larsId]);
  });

  const regisseurGoalAbout = async (memberId: string): Promise<ItemResult> =>
    (
      await sanne.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
        input: { familyId: family.id, kind: 'GOAL', category: 'GENERAL', text: 'Rust thuis', aboutMemberIds: [memberId] },
      })
    ).addPlanItem;
});
