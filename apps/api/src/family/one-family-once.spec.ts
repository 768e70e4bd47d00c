import { expect } from '@jest/globals';
import { ErrorCode } from '@gezinsplan/domain';
import { CREATE_FAMILY } from '../testing/plan-operations';
import { GraphQLSession } from '../testing/graphql-session';
import { TestContext } from '../testing/test-context';

const ADD_MEMBER = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) }`;
const CHECK = `query ($people: [PersonToPlaceInput!]!) {
  peopleInActivePlans(people: $people) { matchedBy regisseurName organisationName phone email }
}`;
const CLOSE = `mutation ($input: ClosePlanInput!) { closePlan(input: $input) { id closedAt } }`;
const REOPEN = `mutation ($input: ReopenPlanInput!) { reopenPlan(input: $input) { id closedAt } }`;
const CLOSING = { closingReason: 'GOALS_REACHED', explanation: 'De doelen zijn bereikt.', finalEvaluation: 'Het gaat goed met iedereen.' };

/** Valid BSNs (eleven-test): 111222333, 123456782; 123456789 fails it. */
const MILA_BSN = '111222333';
const MILA = { givenName: 'Mila', familyName: 'Kok', role: 'CHILD', dateOfBirth: '2015-03-03' };
const SAM = { givenName: 'Sam', familyName: 'Kok', role: 'CHILD', dateOfBirth: '2017-07-07' };

interface Refusal {
  message: string;
  extensions?: { code?: string; people?: Array<Record<string, unknown>>; fields?: Array<{ field: string }> };
}

describe('one family once: a person is in at most one active plan', () => {
  let ctx: TestContext;
  let first: GraphQLSession;
  let firstRegisseur: { displayName: string; email: string };
  let second: GraphQLSession;
  let firstFamilyId: string;

  const plan = (session: GraphQLSession, name: string, members: Array<Record<string, unknown>>) =>
    session.request<{ createFamily: { id: string; members: Array<{ id: string; givenName: string }> } }>(CREATE_FAMILY, {
      input: { name, regisseurTask: 'Regie', members },
    });
  const refusal = (result: { errors?: readonly unknown[] }) => result.errors?.[0] as Refusal | undefined;
  const bsnOf = (familyId: string) =>
    ctx.dataSource.query<Array<{ given_name: string; bsn: string | null }>>(
      `SELECT given_name, bsn FROM family_member WHERE family_id = $1 ORDER BY given_name`,
      [familyId],
    );

  beforeAll(async () => {
    ctx = await TestContext.create();
    const firstAccount = await ctx.newAccount({ organisation: await ctx.newOrganisation({ name: 'Wijkteam Noord', type: 'NEIGHBOURHOOD_TEAM' }) });
    firstRegisseur = { displayName: firstAccount.account.displayName, email: firstAccount.email };
    first = await ctx.signIn(firstAccount);
    second = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'YOUTH_MENTAL_HEALTH' }) }));
    const created = await plan(first, 'Gezin Kok', [{ ...MILA, bsn: ` ${MILA_BSN} ` }, SAM]);
    firstFamilyId = created.data?.createFamily.id ?? '';
    expect(firstFamilyId).not.toBe('');
  });
  afterAll(() => ctx.close());

  it('stores a BSN given with a member, and refuses one that is not nine digits or fails the eleven-test, naming the field', async () => {
    expect(await bsnOf(firstFamilyId)).toEqual([{ given_name: 'Mila', bsn: MILA_BSN }, { given_name: 'Sam', bsn: null }]);
    const elevenTest = refusal(await plan(second, 'Gezin Test', [{ ...SAM, givenName: 'Ot', bsn: '123456789' }]));
    expect(elevenTest?.extensions?.code).toBe(ErrorCode.BadUserInput);
    expect(elevenTest?.extensions?.fields).toEqual([{ field: 'members.0.bsn', message: expect.stringContaining('eleven-test') }]);
    const short = refusal(await plan(second, 'Gezin Test', [{ ...SAM, givenName: 'Ot', bsn: '12345' }]));
    expect(short?.extensions?.code).toBe(ErrorCode.BadUserInput);
    expect(short?.message).toContain('bsn');
    const added = refusal(await first.request(ADD_MEMBER, { input: { familyId: firstFamilyId, ...SAM, givenName: 'Ot', bsn: '123456789' } }));
    expect(added?.extensions?.fields).toEqual([{ field: 'input.bsn', message: expect.stringContaining('eleven-test') }]);
  });

  it('flags a person by BSN, or by name and date of birth, with only how to reach the regisseur; each check is logged', async () => {
    const { peopleInActivePlans } = await second.data<{ peopleInActivePlans: Array<Record<string, unknown> | null> }>(CHECK, {
      people: [
        { givenName: 'Someone', familyName: 'Else', dateOfBirth: '2001-01-01', bsn: MILA_BSN },
        { givenName: ' sam ', familyName: 'KOK', dateOfBirth: SAM.dateOfBirth },
        { givenName: 'Sam', familyName: 'Kok', dateOfBirth: SAM.dateOfBirth, bsn: '123456782' },
        { givenName: 'Mila', familyName: 'Kok', dateOfBirth: MILA.dateOfBirth, bsn: '123456782' },
        { givenName: 'Nina', familyName: 'Kok', dateOfBirth: '2019-01-01' },
      ],
    });
    const contact = { regisseurName: firstRegisseur.displayName, organisationName: 'Wijkteam Noord', phone: null, email: firstRegisseur.email };
    expect(peopleInActivePlans).toEqual([
      { matchedBy: 'BSN', ...contact },
      { matchedBy: 'NAME_AND_DATE_OF_BIRTH', ...contact },
      // Sam has no BSN in the plan: a namesake with a BSN may still be him.
      { matchedBy: 'NAME_AND_DATE_OF_BIRTH', ...contact },
      // Mila is known by another BSN: this is someone else.
      null,
      null,
    ]);
    const lines = await ctx.dataSource.query<Array<{ list: string }>>(`SELECT list FROM access_log WHERE list LIKE 'existing-plan-check%'`);
    expect(lines.map((l) => l.list)).toEqual(['existing-plan-check-found']);
  });

  it('refuses a second plan for a person known by BSN, naming the person and whom to ask; nothing is created', async () => {
    const before = await ctx.dataSource.query<Array<{ count: string }>>(`SELECT count(*) FROM family`);
    const refused = refusal(await plan(second, 'Gezin Kok-Jansen', [{ ...MILA, bsn: MILA_BSN }]));
    expect(refused?.extensions?.code).toBe(ErrorCode.PersonHasPlan);
    expect(refused?.message).toContain('Kok');
    expect(refused?.extensions?.people).toEqual([
      expect.objectContaining({ field: 'members.0', matchedBy: 'BSN', regisseurName: firstRegisseur.displayName, email: firstRegisseur.email }),
    ]);
    // Confirming "someone else" does not override a BSN.
    const confirmed = refusal(await plan(second, 'Gezin Kok-Jansen', [{ ...MILA, bsn: MILA_BSN, differentPersonConfirmed: true }]));
    expect(confirmed?.extensions?.code).toBe(ErrorCode.PersonHasPlan);
    expect(await ctx.dataSource.query(`SELECT count(*) FROM family`)).toEqual(before);
  });

  it('lets a namesake through, flagged before; the starter’s confirmation that it is someone else is logged', async () => {
    const created = await plan(second, 'Gezin Kok (2)', [{ ...SAM, differentPersonConfirmed: true }, { ...SAM, givenName: 'Lot', differentPersonConfirmed: true }]);
    const samTwo = created.data?.createFamily.members.find((m) => m.givenName === 'Sam')?.id;
    expect(samTwo).toEqual(expect.any(String));
    // Only a confirmation about an actual namesake is a decision worth a line: Lot has none.
    const lines = await ctx.dataSource.query<Array<{ item_id: string; basis: string; family_id: string | null }>>(
      `SELECT item_id, basis, family_id FROM access_log WHERE list = 'existing-plan-different-person'`,
    );
    expect(lines).toEqual([{ item_id: samTwo, basis: 'STARTING_PLAN', family_id: null }]);
  });

  it('refuses adding a member who has another active plan by BSN, in the service and in the database', async () => {
    const { data } = await plan(second, 'Gezin Bakker', [{ givenName: 'Els', familyName: 'Bakker', role: 'PARENT', dateOfBirth: '1980-01-01' }]);
    const familyId = data?.createFamily.id ?? '';
    const refused = refusal(await second.request(ADD_MEMBER, { input: { familyId, ...MILA, givenName: 'Mi', bsn: MILA_BSN } }));
    expect(refused?.extensions?.code).toBe(ErrorCode.PersonHasPlan);
    expect(refused?.extensions?.people).toEqual([expect.objectContaining({ field: 'input', matchedBy: 'BSN' })]);
    await expect(
      ctx.dataSource.query(`INSERT INTO family_member (family_id, given_name, family_name, role, date_of_birth, bsn) VALUES ($1, 'X', 'Y', 'CHILD', '2015-03-03', $2)`, [familyId, MILA_BSN]),
    ).rejects.toMatchObject({ driverError: { constraint: 'family_member_one_active_plan' } });
  });

  it('refuses reopening a plan when a member has joined another active plan meanwhile, naming the person', async () => {
    await first.data(CLOSE, { input: { familyId: firstFamilyId, ...CLOSING } });
    // Closed, Mila's BSN is free: a new plan takes her in.
    const { data } = await plan(second, 'Gezin Kok-Smit', [{ ...MILA, bsn: MILA_BSN }]);
    expect(data?.createFamily.id).toEqual(expect.any(String));
    const refused = refusal(await first.request(REOPEN, { input: { familyId: firstFamilyId, explanation: 'Er is weer zorg.' } }));
    expect(refused?.extensions?.code).toBe(ErrorCode.PersonHasPlan);
    expect(refused?.message).toContain('Mila Kok');
    expect(refused?.extensions?.people).toEqual([expect.objectContaining({ givenName: 'Mila', matchedBy: 'BSN' })]);
    const [{ closed }] = await ctx.dataSource.query<Array<{ closed: boolean }>>(`SELECT closed_at IS NOT NULL AS closed FROM family WHERE id = $1`, [firstFamilyId]);
    expect(closed).toBe(true);
    // The database refuses it too, also past the service.
    await expect(ctx.dataSource.query(`UPDATE family SET closed_at = NULL WHERE id = $1`, [firstFamilyId])).rejects.toMatchObject({
      driverError: { constraint: 'family_member_one_active_plan' },
    });
  });
});
