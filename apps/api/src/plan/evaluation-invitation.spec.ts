import { expect } from '@jest/globals';
import { ErrorCode } from '@gezinsplan/domain';
import { TestContext } from '../testing/test-context';

const ADD = `mutation ($input: AddPlanItemInput!) { addPlanItem(input: $input) { id invitedMemberIds } }`;
const UPDATE = `mutation ($input: UpdatePlanItemInput!) { updatePlanItem(input: $input) { id invitedMemberIds } }`;
const CREATE_FAMILY = `mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id members { id givenName } } }`;
const EVALUATIONS = `query ($id: ID!) { family(id: $id) { plan(kinds: [EVALUATION]) {
  id access invitesYou dueOn status text outcome invitedMemberIds redaction { contactName } } } }`;
const ITEM = `query ($id: ID!) { planItem(id: $id) { id access invitesYou text } }`;
const NOTIFICATIONS = `{ myNotifications { kind familyId } }`;

interface Seen {
  id: string;
  access: string;
  invitesYou: boolean;
  dueOn: string | null;
  status: string | null;
  text: string | null;
  outcome: string | null;
  invitedMemberIds: string[];
  redaction: { contactName: string | null } | null;
}

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const yearsAgo = (years: number) => `${new Date().getUTCFullYear() - years}-01-15`;

describe('a young person invited to the family’s evaluation (issue 17: told about the evaluation that names them)', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  async function family() {
    const organisation = await ctx.newOrganisation({ name: 'Wijkteam Noord', type: 'NEIGHBOURHOOD_TEAM' });
    const regisseur = await ctx.signIn(await ctx.newAccount({ organisation, displayName: 'Sanne Jansen' }));
    const { createFamily } = await regisseur.data<{ createFamily: { id: string; members: { id: string; givenName: string }[] } }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin Visser',
        regisseurTask: 'Regie',
        members: [
          { givenName: 'Esther', familyName: 'Visser', role: 'PARENT', dateOfBirth: '1985-02-01', hasParentalAuthority: true },
          { givenName: 'Lars', familyName: 'Visser', role: 'CHILD', dateOfBirth: yearsAgo(15) },
          { givenName: 'Mees', familyName: 'Visser', role: 'CHILD', dateOfBirth: yearsAgo(13) },
        ],
      },
    });
    const id = (name: string) => createFamily.members.find((m) => m.givenName === name)!.id;
    const lars = await ctx.linkAccount({ memberId: id('Lars') });
    const mees = await ctx.linkAccount({ memberId: id('Mees') });
    return { regisseur, familyId: createFamily.id, esther: id('Esther'), larsId: id('Lars'), lars, mees };
  }

  async function evaluationsOf(account: Parameters<TestContext['signIn']>[0], familyId: string): Promise<Seen[]> {
    const { family } = await (await ctx.signIn(account)).data<{ family: { plan: Seen[] } }>(EVALUATIONS, { id: familyId });
    return family.plan;
  }

  it('shows the invited young person that it exists, its date and that he is invited, not what it says about the family', async () => {
    const { regisseur, familyId, larsId, lars } = await family();
    const dueOn = daysFromNow(14);
    const { addPlanItem } = await regisseur.data<{ addPlanItem: { id: string; invitedMemberIds: string[] } }>(ADD, {
      input: { familyId, kind: 'EVALUATION', category: 'GENERAL', text: 'Evaluatie: hoe gaat het met Esther?', dueOn, invitedMemberIds: [larsId, larsId] },
    });
    expect(addPlanItem.invitedMemberIds).toEqual([larsId]);

    expect(await evaluationsOf(lars, familyId)).toEqual([
      expect.objectContaining({
        id: addPlanItem.id, access: 'REDACTED', invitesYou: true, dueOn, status: 'PLANNED', text: null, outcome: null, invitedMemberIds: [],
        redaction: { contactName: 'Sanne Jansen' },
      }),
    ]);
    const { planItem } = await (await ctx.signIn(lars)).data<{ planItem: Seen }>(ITEM, { id: addPlanItem.id });
    expect(planItem).toMatchObject({ access: 'REDACTED', invitesYou: true, text: null });
  });

  it('keeps a family-wide evaluation from a young person it does not invite: not listed, and NOT_FOUND by id', async () => {
    const { regisseur, familyId, larsId, mees } = await family();
    const { addPlanItem } = await regisseur.data<{ addPlanItem: { id: string } }>(ADD, {
      input: { familyId, kind: 'EVALUATION', category: 'GENERAL', text: 'Evaluatie van het hele plan', dueOn: daysFromNow(7), invitedMemberIds: [larsId] },
    });

    expect(await evaluationsOf(mees, familyId)).toEqual([]);
    expect(await (await ctx.signIn(mees)).errorCode(ITEM, { id: addPlanItem.id })).toBe(ErrorCode.NotFound);
  });

  it('lets the young person read the outcome only when it is about him, as any item', async () => {
    const { regisseur, familyId, larsId, lars } = await family();
    await regisseur.data(ADD, {
      input: { familyId, kind: 'EVALUATION', category: 'GENERAL', text: 'Evaluatie met Lars', dueOn: daysFromNow(3), aboutMemberIds: [larsId] },
    });

    expect(await evaluationsOf(lars, familyId)).toEqual([expect.objectContaining({ access: 'FULL', text: 'Evaluatie met Lars' })]);
  });

  it('hides an invitation withheld from the family, and tells the young person only of invitations he may see', async () => {
    const { regisseur, familyId, larsId, lars, mees } = await family();
    const { addPlanItem } = await regisseur.data<{ addPlanItem: { id: string } }>(ADD, {
      input: { familyId, kind: 'EVALUATION', category: 'GENERAL', text: 'Evaluatie', dueOn: daysFromNow(10), invitedMemberIds: [larsId] },
    });
    const told = async (who: Parameters<TestContext['signIn']>[0]) =>
      (await (await ctx.signIn(who)).data<{ myNotifications: { kind: string; familyId: string | null }[] }>(NOTIFICATIONS)).myNotifications
        .filter((n) => n.kind === 'EVALUATION_PLANNED');
    expect(await told(lars)).toEqual([{ kind: 'EVALUATION_PLANNED', familyId }]);
    expect(await told(mees)).toEqual([]);

    await regisseur.data(`mutation ($input: WithholdFromFamilyInput!) { withholdFromFamily(input: $input) { id } }`, {
      input: { id: addPlanItem.id, expectedVersion: 1, reason: 'Eerst met Esther bespreken.' },
    });
    expect(await evaluationsOf(lars, familyId)).toEqual([]);
  });

  it('refuses to invite someone who is not a member of this family, naming the field', async () => {
    const { regisseur, familyId } = await family();
    const other = await family();
    const { errors } = await regisseur.request(ADD, {
      input: { familyId, kind: 'EVALUATION', category: 'GENERAL', text: 'Evaluatie', dueOn: daysFromNow(5), invitedMemberIds: [other.larsId] },
    });
    expect(errors?.[0]?.extensions?.['code']).toBe(ErrorCode.BadUserInput);
    expect(errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'invitedMemberIds' })]);
  });

  it('adds a young person to a planned evaluation’s invitation, and only evaluations carry one', async () => {
    const { regisseur, familyId, larsId, lars } = await family();
    const { addPlanItem } = await regisseur.data<{ addPlanItem: { id: string } }>(ADD, {
      input: { familyId, kind: 'EVALUATION', category: 'GENERAL', text: 'Evaluatie', dueOn: daysFromNow(20) },
    });
    expect(await evaluationsOf(lars, familyId)).toEqual([]);
    await regisseur.data(UPDATE, { input: { id: addPlanItem.id, expectedVersion: 1, invitedMemberIds: [larsId] } });
    expect(await evaluationsOf(lars, familyId)).toEqual([expect.objectContaining({ invitesYou: true, access: 'REDACTED' })]);

    expect(await regisseur.errorCode(ADD, { input: { familyId, kind: 'GOAL', category: 'GENERAL', text: 'Doel', invitedMemberIds: [larsId] } })).toBe(
      ErrorCode.BadUserInput,
    );
  });

  it('refuses to invite a young person to an evaluation about his mother, on add and on update: its stub would name her and the category of her care', async () => {
    const { regisseur, familyId, esther, larsId, lars } = await family();
    const aboutMother = { familyId, kind: 'EVALUATION', category: 'MENTAL_HEALTH', text: 'Evaluatie behandeling', dueOn: daysFromNow(7), aboutMemberIds: [esther] };
    const { errors } = await regisseur.request(ADD, { input: { ...aboutMother, invitedMemberIds: [larsId] } });
    expect(errors?.[0]?.extensions?.['code']).toBe(ErrorCode.BadUserInput);
    expect(errors?.[0]?.extensions?.['fields']).toEqual([{ field: 'invitedMemberIds', message: expect.stringContaining('Lars') }]);

    const { addPlanItem } = await regisseur.data<{ addPlanItem: { id: string } }>(ADD, { input: { ...aboutMother, invitedMemberIds: [esther] } });
    expect(await regisseur.errorCode(UPDATE, { input: { id: addPlanItem.id, expectedVersion: 1, invitedMemberIds: [esther, larsId] } })).toBe(
      ErrorCode.BadUserInput,
    );
    expect(await evaluationsOf(lars, familyId)).toEqual([]);
  });
});

