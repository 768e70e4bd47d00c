import { AccountKind, ErrorCode } from '@gezinsplan/domain';
import { randomUUID } from 'node:crypto';
import { ADD_ITEM, ADOPT, CREATE_FAMILY, ItemResult, PLAN, RESPOND, WITHHOLD } from '../../testing/plan-operations';
import { GraphQLResult, GraphQLSession } from '../../testing/graphql-session';
import { TestContext } from '../../testing/test-context';
import { DEFAULT_MAX_TEXT_LENGTH, LONG_TEXT_MAX_LENGTH, MAX_LIST_LENGTH } from './input-rules';

interface Family {
  id: string;
  members: Array<{ id: string }>;
}

const member = { givenName: 'Eva', familyName: 'Lens', role: 'PARENT', dateOfBirth: '1984-01-01', hasParentalAuthority: true };

/** The answer is BAD_USER_INPUT naming exactly these fields, and nothing ran. */
function expectRefused(result: GraphQLResult<unknown>, fields: string[]): void {
  expect(result.status).toBe(200);
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors ?? [];
  expect(error.extensions?.['code']).toBe(ErrorCode.BadUserInput);
  const named = (error.extensions?.['fields'] as Array<{ field: string }>).map((problem) => problem.field);
  expect(named).toEqual(fields);
}

describe('input is checked at the edge, for every operation alike', () => {
  let ctx: TestContext;
  let regisseur: GraphQLSession;
  let family: Family;

  beforeAll(async () => {
    ctx = await TestContext.create();
    regisseur = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'YOUTH_PROTECTION' }) }));
    ({ createFamily: family } = await regisseur.data<{ createFamily: Family }>(CREATE_FAMILY, {
      input: { name: 'Gezin Lens', regisseurTask: 'Regie', members: [member] },
    }));
  });
  afterAll(() => ctx.close());

  const createFamily = (input: Record<string, unknown>) =>
    regisseur.request(CREATE_FAMILY, { input: { name: 'Gezin Rand', regisseurTask: 'Regie', members: [member], ...input } });

  it('refuses a NUL byte, another control character or a lone surrogate in any text, naming the field', async () => {
    expectRefused(await createFamily({ name: 'Gezin\u0000Rand' }), ['name']);
    expectRefused(await createFamily({ regisseurTask: 'Regie\u0007' }), ['regisseurTask']);
    expectRefused(await createFamily({ members: [{ ...member, givenName: 'Eva\uD800' }] }), ['members.0.givenName']);
    // In a bare argument too, and in a literal rather than a variable.
    expectRefused(await regisseur.request(`query { signalLookUp(bsn: "12345\\u0000") { isMatch } }`), ['bsn']);
    // Tabs and line breaks are text.
    expect((await createFamily({ regisseurTask: 'Regie:\n\t- school' })).errors).toBeUndefined();
  });

  it('refuses characters that turn text around on screen in any text, and invisible direction marks in names, addresses and numbers', async () => {
    const turning = 'must not contain characters that change the direction of text (U+202A–U+202E, U+2066–U+2069)';
    const marks = 'must not contain invisible direction marks (U+200E, U+200F, U+061C)';
    const problems = (result: GraphQLResult<unknown>) => result.errors?.[0].extensions?.['fields'];
    for (const control of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expectRefused(await createFamily({ members: [{ ...member, familyName: `Lens${control}snel` }] }), ['members.0.familyName']);
    }
    expect(problems(await createFamily({ name: 'Gezin \u202Eneh' }))).toEqual([{ field: 'name', message: turning }]);
    expect(problems(await createFamily({ network: [{ name: 'Oom', relation: 'oom', phone: '06\u200F12345678' }] }))).toEqual([
      { field: 'network.0.phone', message: marks },
    ]);
    expectRefused(await createFamily({ network: [{ name: 'Oom\u200E', relation: 'oom', email: 'oom@\u061Cmail.example' }] }), [
      'network.0.name',
      'network.0.email',
    ]);
    const signIn = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
    expectRefused(await ctx.anonymous().request(signIn, { input: { email: 'eva\u202E@test.example', password: 'x' } }), ['email']);

    // Long free text: direction controls are refused there too; the marks of a sentence in Arabic and Dutch are kept.
    const goal = (text: string) =>
      regisseur.request<{ addPlanItem: ItemResult }>(ADD_ITEM, {
        input: { familyId: family.id, kind: 'GOAL', category: 'GENERAL', text, aboutMemberIds: [family.members[0].id] },
      });
    expect(problems(await goal('Eva \u2067مرحبا\u2069 gaat naar school.'))).toEqual([{ field: 'text', message: turning }]);
    const mixed = await goal('Eva zegt \u200Fمرحبا\u200F tegen de juf.');
    expect(mixed.errors).toBeUndefined();
    expect(mixed.data?.addPlanItem.text).toBe('Eva zegt \u200Fمرحبا\u200F tegen de juf.');
  });

  it('refuses ids that are not UUIDs in every argument and input field, before the id reaches the database', async () => {
    expectRefused(await regisseur.request(`mutation { revokeLegalBasis(id: "x") { id } }`), ['id']);
    expectRefused(await regisseur.request(`mutation { markNotificationRead(id: "123") }`), ['id']);
    expectRefused(await regisseur.request(`query ($id: ID!) { family(id: $id) { id } }`, { id: 123 }), ['id']);
    const admin = await ctx.signIn(await ctx.newAccount({ kind: AccountKind.PlatformAdmin }));
    expectRefused(await admin.request(`query { accessLogInvestigation(familyId: "123") { id } }`), ['familyId']);
    expectRefused(await admin.request(`query { organisationAccounts(organisationId: "x") { id } }`), ['organisationId']);
    expectRefused(
      await regisseur.request(ADD_ITEM, {
        input: { familyId: family.id, kind: 'GOAL', category: 'GENERAL', text: 'Doel', aboutMemberIds: [family.members[0].id, 'nope'] },
      }),
      ['aboutMemberIds.1'],
    );
  });

  it('refuses required texts of only spaces, and reports every problem at once', async () => {
    expectRefused(await createFamily({ regisseurTask: '   ' }), ['regisseurTask']);
    expectRefused(await createFamily({ name: '  ', regisseurTask: ' \n ' }), ['name', 'regisseurTask']);
  });

  it('refuses a comment of only spaces instead of storing it empty', async () => {
    const { addPlanItem: goal } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId: family.id, kind: 'GOAL', category: 'GENERAL', text: 'Eva gaat naar school.', aboutMemberIds: [family.members[0].id] },
    });
    const eva = await ctx.signIn(await ctx.linkAccount({ memberId: family.members[0].id }));
    expectRefused(await eva.request(RESPOND, { input: { targetItemId: goal.id, kind: 'COMMENT', text: '  \t ' } }), ['text']);
  });

  it('keeps an item withheld when the new reason is only spaces: blank never releases it', async () => {
    const { addPlanItem: note } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId: family.id, kind: 'LOG_ENTRY', category: 'SAFETY', text: 'Melding van de buurvrouw.', aboutMemberIds: [family.members[0].id] },
    });
    await regisseur.data(WITHHOLD, { input: { id: note.id, expectedVersion: 1, reason: 'Bescherming van de melder' } });
    expectRefused(await regisseur.request(WITHHOLD, { input: { id: note.id, expectedVersion: 2, reason: '      ' } }), ['reason']);
    const eva = await ctx.signIn(await ctx.linkAccount({ memberId: family.members[0].id }));
    const { family: seen } = await eva.data<{ family: { plan: ItemResult[] } }>(PLAN, { id: family.id });
    expect(seen.plan.map((item) => item.id)).not.toContain(note.id);
  });

  it('limits the length of every text, long texts included', async () => {
    expectRefused(await regisseur.request(ADOPT, { familyId: family.id, note: 'x'.repeat(90_000) }), ['note']);
    expectRefused(await createFamily({ name: 'x'.repeat(DEFAULT_MAX_TEXT_LENGTH + 1) }), ['name']);
    const adopted = await regisseur.request(ADOPT, { familyId: family.id, note: 'x'.repeat(LONG_TEXT_MAX_LENGTH) });
    expect(adopted.errors).toBeUndefined();
  });

  it('refuses dates that make no sense: told in the future, born in the future, due in a century', async () => {
    expectRefused(
      await regisseur.request(`mutation ($input: RecordFamilyInformedInput!) { recordFamilyInformed(input: $input) { id } }`, {
        input: { legalBasisId: randomUUID(), informedAt: '9999-12-31' },
      }),
      ['informedAt'],
    );
    expectRefused(await createFamily({ members: [{ ...member, dateOfBirth: '2999-01-01' }] }), ['members.0.dateOfBirth']);
    expectRefused(await createFamily({ members: [{ ...member, dateOfBirth: '1066-10-14' }] }), ['members.0.dateOfBirth']);
    expectRefused(
      await regisseur.request(ADD_ITEM, {
        input: { familyId: family.id, kind: 'AGREEMENT', category: 'GENERAL', text: 'Afspraak', dueOn: '2150-01-01' },
      }),
      ['dueOn'],
    );
  });

  it('refuses an access-log page outside 1..200 instead of quietly clamping it, naming the limit', async () => {
    const admin = await ctx.signIn(await ctx.newAccount({ kind: AccountKind.PlatformAdmin }));
    const refusal = [{ field: 'limit', message: 'must be between 1 and 200' }];
    for (const limit of [-5, 0, 201, 1_000_000]) {
      const log = await regisseur.request(`query ($id: ID!, $limit: Int!) { family(id: $id) { accessLog(limit: $limit) { id } } }`, {
        id: family.id,
        limit,
      });
      expect(log.errors?.[0].extensions?.['code']).toBe(ErrorCode.BadUserInput);
      expect(log.errors?.[0].extensions?.['fields']).toEqual(refusal);
      const investigation = await admin.request(`query ($limit: Int!) { accessLogInvestigation(limit: $limit) { id } }`, { limit });
      expect(investigation.errors?.[0].extensions?.['fields']).toEqual(refusal);
    }
    const page = await regisseur.data<{ family: { accessLog: unknown[] } }>(`query ($id: ID!) { family(id: $id) { accessLog(limit: 200) { id } } }`, {
      id: family.id,
    });
    expect(page.family.accessLog.length).toBeGreaterThan(0);
  });

  it('refuses a nullable variable set to null where a value with a default is required, naming it (was INTERNAL_SERVER_ERROR)', async () => {
    const refusal = [{ field: 'weeks', message: 'must not be null (leave it out to use its default)' }];
    const calendar = await regisseur.request(`query ($weeks: Int) { myCalendar(weeks: $weeks) { from } }`, { weeks: null });
    expectRefused(calendar, ['weeks']);
    expect(calendar.errors?.[0].extensions?.['fields']).toEqual(refusal);
    // A variable whose own default is null is the same; one left out without a default takes the argument's.
    expectRefused(await regisseur.request(`query ($weeks: Int = null) { myCalendar(weeks: $weeks) { from } }`), ['weeks']);
    expect((await regisseur.request(`query ($weeks: Int) { myCalendar(weeks: $weeks) { from } }`)).errors).toBeUndefined();
    expectRefused(
      await regisseur.request(`query ($id: ID!, $limit: Int) { family(id: $id) { accessLog(limit: $limit) { id } } }`, { id: family.id, limit: null }),
      ['limit'],
    );
    // An input field with a default, given a null variable inside a literal input: refused, nothing written.
    const planSize = async () => (await regisseur.data<{ family: { plan: unknown[] } }>(PLAN, { id: family.id })).family.plan.length;
    const before = await planSize();
    const item = await regisseur.request(
      `mutation ($familyId: ID!, $about: [ID!]) { addPlanItem(input: { familyId: $familyId, kind: SITUATION, category: GENERAL, aspect: STRENGTH, text: "Sterk", aboutMemberIds: $about }) { id } }`,
      { familyId: family.id, about: null },
    );
    expectRefused(item, ['aboutMemberIds']);
    expect(await planSize()).toBe(before);
  });

  it('checks the operation that runs with its own variable defaults, not those of another operation in the same document', async () => {
    // Operation A's default holds a NUL byte and B's, of the same name, is harmless: A must be refused (was INTERNAL_SERVER_ERROR).
    const texts = `query A($text: String = "Lens\\u0000") { searchMyFamilies(input: { text: $text }) { familyId } }
      query B($text: String = "Lens") { searchMyFamilies(input: { text: $text }) { familyId } }`;
    expectRefused(await regisseur.request(texts, {}, {}, 'A'), ['text']);
    expect((await regisseur.request(texts, {}, {}, 'B')).errors).toBeUndefined();
    // The same for a null default where the argument has its own default.
    const weeks = `query A($weeks: Int = null) { myCalendar(weeks: $weeks) { from } }
      query B($weeks: Int = 3) { myCalendar(weeks: $weeks) { from } }`;
    expectRefused(await regisseur.request(weeks, {}, {}, 'A'), ['weeks']);
    expect((await regisseur.request(weeks, {}, {}, 'B')).errors).toBeUndefined();
    // And the other way round: B does not run A's arguments, so A's default does not refuse it.
    const other = `query A($id: ID = "geen-id") { family(id: $id) { id } } query B { me { __typename } }`;
    expect((await regisseur.request(other, {}, {}, 'B')).errors).toBeUndefined();
    expectRefused(await regisseur.request(other, {}, {}, 'A'), ['id']);
  });

  it('refuses an overlong list once, naming it, whatever its entries are', async () => {
    const subjectIds = Array.from({ length: 1_000 }, (_, index) => index);
    const result = await regisseur.request(`query ($ids: [ID!]!) { regisseurProposal(subjectIds: $ids) { reason } }`, { ids: subjectIds });
    expectRefused(result, ['subjectIds']);
    expect(result.errors?.[0].message).toContain(`at most ${MAX_LIST_LENGTH}`);
    const categories = Array.from({ length: 1_000 }, () => 42);
    expectRefused(await createFamily({ regisseurCategories: categories }), ['regisseurCategories']);
  });
});
