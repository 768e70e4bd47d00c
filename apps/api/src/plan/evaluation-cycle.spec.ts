import { expect } from '@jest/globals';
import { ErrorCode } from '@gezinsplan/domain';
import { END_INVOLVEMENT, INVITE } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';

const ITEM = `id version kind status dueOn text outcome changes familyView nextEvaluationOn invitedInvolvementIds aboutMemberIds goalOutcomes { goalId result }`;
const ADD = `mutation ($input: AddPlanItemInput!) { addPlanItem(input: $input) { ${ITEM} } }`;
const UPDATE = `mutation ($input: UpdatePlanItemInput!) { updatePlanItem(input: $input) { ${ITEM} } }`;
const EVALUATIONS = `query ($id: ID!) { family(id: $id) { plan(kinds: [EVALUATION]) { ${ITEM} } } }`;
const CREATE_FAMILY = `mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id members { id givenName } involvements { id } } }`;
const INVITED = `query ($id: ID!) { family(id: $id) { plan(kinds: [EVALUATION]) { id invitedInvolvementIds invitedProfessionals { type id name organisationName } } } }`;
const RECORD_BASIS = `mutation ($input: RecordLegalBasisInput!) { recordLegalBasis(input: $input) { id } }`;
const INVOLVEMENT_VERSIONS = `query ($id: ID!) { family(id: $id) { involvements { id version } } }`;
const FAMILY_TOLD = `mutation ($input: RecordFamilyInformedInput!) { recordFamilyInformed(input: $input) { id } }`;

/** A day relative to today (YYYY-MM-DD), so the test keeps its meaning as time passes. */
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const fieldsOf = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) =>
  ((errors?.[0]?.extensions?.['fields'] ?? []) as { field: string }[]).map((problem) => problem.field).sort();

interface Item {
  id: string;
  version: number;
  status: string;
  dueOn: string;
  nextEvaluationOn: string | null;
  invitedInvolvementIds: string[];
  aboutMemberIds: string[];
  goalOutcomes: { goalId: string; result: string }[];
}

describe('the evaluation cycle: plan, hold with outcomes per goal, and the next one planned', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  async function familyWithGoal() {
    const organisation = await ctx.newOrganisation({ name: 'Wijkteam Oost', type: 'NEIGHBOURHOOD_TEAM' });
    const session = await ctx.signIn(await ctx.newAccount({ organisation, displayName: 'Sanne Jansen' }));
    const { createFamily } = await session.data<{
      createFamily: { id: string; members: { id: string; givenName: string }[]; involvements: { id: string }[] };
    }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin Bakker',
        regisseurTask: 'Regie',
        members: [
          { givenName: 'Ilse', familyName: 'Bakker', role: 'PARENT', dateOfBirth: '1988-04-02', hasParentalAuthority: true },
          { givenName: 'Tim', familyName: 'Bakker', role: 'CHILD', dateOfBirth: '2010-05-20' },
        ],
      },
    });
    const member = (name: string) => createFamily.members.find((m) => m.givenName === name)!.id;
    const { addPlanItem: goal } = await session.data<{ addPlanItem: Item }>(ADD, {
      input: { familyId: createFamily.id, kind: 'GOAL', category: 'GENERAL', text: 'Tim gaat elke dag naar school', aboutMemberIds: [member('Tim')] },
    });
    return { session, familyId: createFamily.id, ilse: member('Ilse'), tim: member('Tim'), regisseur: createFamily.involvements[0].id, goal };
  }

  it('names the invited professionals, and keeps from the family one it is to be told of later', async () => {
    const { session, familyId, ilse, tim, regisseur } = await familyWithGoal();
    const police = await ctx.newAccount({
      organisation: await ctx.newOrganisation({ name: 'Politie Oost', type: 'POLICE' }),
      displayName: 'Ahmed Yilmaz',
    });
    const { inviteInvolvement: policeInvolvement } = await session.data<{ inviteInvolvement: string }>(INVITE, {
      input: { familyId, professionalEmail: police.email, task: 'Politie: huiselijk geweld', categories: ['POLICE_JUSTICE'], memberIds: [tim] },
    });
    const { recordLegalBasis } = await session.data<{ recordLegalBasis: { id: string } }>(RECORD_BASIS, {
      input: {
        familyId, kind: 'MELDCODE', recipientInvolvementId: policeInvolvement, subjectMemberIds: [tim], categories: ['POLICE_JUSTICE'],
        purpose: 'De politie moet weten wat er thuis speelt.', necessaryInformation: 'Alleen meldingen over Tim.',
        proportionality: 'Beperkt tot politie en justitie.', subsidiarity: 'Anoniem delen helpt niet.',
        professionalSecrecy: 'Meldcode stap 5.', informingDelayReason: 'Tim komt in gevaar als de ouders het nu horen.',
      },
    });
    await session.data(ADD, {
      input: {
        familyId, kind: 'EVALUATION', category: 'GENERAL', text: 'Evaluatie', dueOn: '2026-03-02',
        // Sanne twice: stored, listed and notified once.
        aboutMemberIds: [ilse], invitedInvolvementIds: [regisseur, policeInvolvement, regisseur],
      },
    });
    type Invited = { family: { plan: { invitedInvolvementIds: string[]; invitedProfessionals: { id: string; name: string; organisationName: string }[] }[] } };
    const sanne = { type: 'INVOLVEMENT', id: regisseur, name: 'Sanne Jansen', organisationName: 'Wijkteam Oost' };
    const ahmed = { type: 'INVOLVEMENT', id: policeInvolvement, name: 'Ahmed Yilmaz', organisationName: 'Politie Oost' };

    const professional = await session.data<Invited>(INVITED, { id: familyId });
    expect(professional.family.plan[0]).toEqual({ id: expect.any(String), invitedInvolvementIds: [regisseur, policeInvolvement], invitedProfessionals: [sanne, ahmed] });

    const mother = await ctx.signIn(await ctx.linkAccount({ memberId: ilse }));
    const before = await mother.data<Invited>(INVITED, { id: familyId });
    expect(before.family.plan[0]).toMatchObject({ invitedInvolvementIds: [regisseur], invitedProfessionals: [sanne] });

    await session.data(FAMILY_TOLD, { input: { legalBasisId: recordLegalBasis.id, informedAt: new Date(Date.now() - 60_000).toISOString() } });
    const after = await mother.data<Invited>(INVITED, { id: familyId });
    expect(after.family.plan[0]).toMatchObject({ invitedInvolvementIds: [regisseur, policeInvolvement], invitedProfessionals: [sanne, ahmed] });
  });

  it('holds an evaluation with a result per goal and the family’s view, and plans the next one with the same people', async () => {
    const { session, familyId, ilse, tim, regisseur, goal } = await familyWithGoal();
    const { addPlanItem: planned } = await session.data<{ addPlanItem: Item }>(ADD, {
      input: {
        familyId, kind: 'EVALUATION', category: 'GENERAL', text: 'Evaluatie met het gezin', dueOn: '2026-03-02',
        aboutMemberIds: [ilse, tim], invitedInvolvementIds: [regisseur],
      },
    });
    expect(planned).toMatchObject({ status: 'PLANNED', invitedInvolvementIds: [regisseur], aboutMemberIds: [ilse, tim], goalOutcomes: [] });

    const { updatePlanItem: held } = await session.data<{ updatePlanItem: Item }>(UPDATE, {
      input: {
        id: planned.id, expectedVersion: planned.version, status: 'HELD',
        outcome: 'Tim gaat vaker naar school.', changes: 'De wekker-afspraak blijft.',
        familyView: 'Wij zijn tevreden, maar de ochtenden blijven zwaar.', nextEvaluationOn: '2026-06-01',
        goalOutcomes: [{ goalId: goal.id, result: 'PARTLY_REACHED' }],
      },
    });
    expect(held).toMatchObject({
      status: 'HELD', familyView: 'Wij zijn tevreden, maar de ochtenden blijven zwaar.', nextEvaluationOn: '2026-06-01',
      goalOutcomes: [{ goalId: goal.id, result: 'PARTLY_REACHED' }],
    });

    const { family } = await session.data<{ family: { plan: Item[] } }>(EVALUATIONS, { id: familyId });
    const next = family.plan.filter((item) => item.id !== planned.id);
    expect(next).toEqual([
      expect.objectContaining({ status: 'PLANNED', dueOn: '2026-06-01', invitedInvolvementIds: [regisseur], aboutMemberIds: [ilse, tim], goalOutcomes: [] }),
    ]);

    // Saving the held evaluation again does not plan yet another one.
    await session.data(UPDATE, { input: { id: held.id, expectedVersion: held.version, familyView: 'Tevreden.' } });
    const again = await session.data<{ family: { plan: Item[] } }>(EVALUATIONS, { id: familyId });
    expect(again.family.plan).toHaveLength(2);
  });

  it('refuses outcomes for what is not a goal of this family, a next date before this one, and invitees who are not involved', async () => {
    const { session, familyId, tim, goal } = await familyWithGoal();
    const other = await familyWithGoal();
    const { addPlanItem: planned } = await session.data<{ addPlanItem: Item }>(ADD, {
      input: { familyId, kind: 'EVALUATION', category: 'GENERAL', text: 'Evaluatie', dueOn: '2026-03-02' },
    });
    const { errors } = await session.request(UPDATE, {
      input: {
        id: planned.id, expectedVersion: planned.version, status: 'HELD', outcome: 'Goed.', nextEvaluationOn: '2026-03-01',
        goalOutcomes: [{ goalId: other.goal.id, result: 'REACHED' }], invitedInvolvementIds: [other.regisseur],
      },
    });
    expect(errors?.[0]?.extensions?.['code']).toBe(ErrorCode.BadUserInput);
    expect(fieldsOf(errors)).toEqual(['goalOutcomes', 'invitedInvolvementIds', 'nextEvaluationOn']);

    const twice = await session.request(UPDATE, {
      input: {
        id: planned.id, expectedVersion: planned.version, status: 'HELD', outcome: 'Goed.',
        goalOutcomes: [{ goalId: goal.id, result: 'REACHED' }, { goalId: goal.id, result: 'NOT_REACHED' }],
      },
    });
    expect(fieldsOf(twice.errors)).toEqual(['goalOutcomes']);

    const onAGoal = await session.request(ADD, {
      input: { familyId, kind: 'GOAL', category: 'GENERAL', text: 'Rust', aboutMemberIds: [tim], familyView: 'x' },
    });
    expect(fieldsOf(onAGoal.errors)).toEqual(['familyView']);
  });

  it('invites only who is still involved on the date, names anyone else, and keeps who was invited before', async () => {
    const { session, familyId, tim, regisseur } = await familyWithGoal();
    const partner = async (name: string) => {
      const account = await ctx.newAccount({ organisation: await ctx.newOrganisation({ name: `Team ${name}`, type: 'YOUTH_MENTAL_HEALTH' }), displayName: name });
      const { inviteInvolvement } = await session.data<{ inviteInvolvement: string }>(INVITE, {
        input: { familyId, professionalEmail: account.email, task: 'Jeugdhulp', categories: ['GENERAL'], memberIds: [tim] },
      });
      return inviteInvolvement;
    };
    const [ended, leavingSoon, staying] = [await partner('Eva Smit'), await partner('Jan Kok'), await partner('Noor Peters')];
    const { family } = await session.data<{ family: { involvements: { id: string; version: number }[] } }>(INVOLVEMENT_VERSIONS, { id: familyId });
    const versionOf = (id: string) => family.involvements.find((i) => i.id === id)!.version;
    const { addPlanItem: planned } = await session.data<{ addPlanItem: Item }>(ADD, {
      input: { familyId, kind: 'EVALUATION', category: 'GENERAL', text: 'Evaluatie', dueOn: daysFromNow(120), invitedInvolvementIds: [regisseur, ended] },
    });
    await session.data(END_INVOLVEMENT, { input: { involvementId: ended, expectedVersion: versionOf(ended), reason: 'Hulp afgerond' } });
    await session.data(END_INVOLVEMENT, {
      input: { involvementId: leavingSoon, expectedVersion: versionOf(leavingSoon), reason: 'Verhuist', endsOn: daysFromNow(60) },
    });

    const refused = await session.request(UPDATE, {
      input: { id: planned.id, expectedVersion: planned.version, invitedInvolvementIds: [regisseur, ended, leavingSoon, staying] },
    });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.BadUserInput);
    const problems = refused.errors?.[0]?.extensions?.['fields'] as { field: string; message: string }[];
    expect(problems).toEqual([{ field: 'invitedInvolvementIds', message: 'no longer involved on the evaluation date: Jan Kok (Team Jan Kok)' }]);
    const onAdd = await session.request(ADD, {
      input: { familyId, kind: 'EVALUATION', category: 'GENERAL', text: 'Nog een', dueOn: daysFromNow(30), invitedInvolvementIds: [ended, leavingSoon] },
    });
    expect(onAdd.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'invitedInvolvementIds', message: 'no longer involved on the evaluation date: Eva Smit (Team Eva Smit)' },
    ]);

    // Who was invited before stays a record of the invitation; the next evaluation invites only who is still involved.
    const { updatePlanItem: changed } = await session.data<{ updatePlanItem: Item }>(UPDATE, {
      input: { id: planned.id, expectedVersion: planned.version, invitedInvolvementIds: [regisseur, ended, staying] },
    });
    expect(changed.invitedInvolvementIds).toEqual([regisseur, ended, staying]);
    await session.data(UPDATE, {
      input: { id: planned.id, expectedVersion: changed.version, status: 'HELD', outcome: 'Goed.', nextEvaluationOn: daysFromNow(200) },
    });
    const { family: after } = await session.data<{ family: { plan: Item[] } }>(EVALUATIONS, { id: familyId });
    expect(after.plan.find((item) => item.status === 'PLANNED')?.invitedInvolvementIds).toEqual([regisseur, staying]);
  });
});
