import { dutchToday, ErrorCode, INFORMATION_CATEGORIES } from '@gezinsplan/domain';
import { GraphQLSession } from '../testing/graphql-session';
import { ADD_ITEM, CREATE_FAMILY, END_INVOLVEMENT, INVITE, ItemResult, PLAN, RESPOND, UPDATE_ITEM } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';
import { MatrixTable, readMatrix } from './access-matrix';
import { Row } from '../database/typed-sql';

const RECORD_CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id effective } }`;

/** A date of birth that makes someone `years` old today (and not about to have a birthday). */
function bornYearsAgo(years: number): string {
  const [y, m, d] = dutchToday().split('-').map(Number);
  const date = new Date(Date.UTC(y - years, m - 1, d));
  date.setUTCMonth(date.getUTCMonth() - 2);
  return date.toISOString().slice(0, 10);
}

const DENIED = new Set<string>([ErrorCode.Forbidden, ErrorCode.NotFound]);

/** The tables of docs/access-rules.md the tests below check, each row and each cell. */
const TESTED_TABLES = [
  'Read: items about Noor (11), written by the author',
  'Read: items about Emre (16), written by the author',
  'Edit: items about Noor (11), written by the author',
  'Comment: on items about Noor (11), written by the author',
  'Add: a logbook entry about Noor (11)',
] as const;

describe('the access matrix of docs/access-rules.md', () => {
  const matrix = readMatrix();
  let ctx: TestContext;
  const sessions = new Map<string, GraphQLSession>();
  let familyId: string;
  const itemsAbout = { noor: new Map<string, string>(), emre: new Map<string, string>() };
  let noor: string;
  let emre: string;

  const table = (title: (typeof TESTED_TABLES)[number]): MatrixTable => {
    const found = matrix.get(title);
    if (!found) throw new Error(`docs/access-rules.md has no table "### ${title}"`);
    return found;
  };

  beforeAll(async () => {
    ctx = await TestContext.create();
    const professional = async (relation: string, type: string) => {
      const organisation = await ctx.newOrganisation({ name: `${relation} org`, type: type as never });
      const account = await ctx.newAccount({ organisation, displayName: relation });
      sessions.set(relation, await ctx.signIn(account));
      return account;
    };
    await professional('regisseur', 'NEIGHBOURHOOD_TEAM');
    const author = await professional('author', 'ADULT_MENTAL_HEALTH');
    const school = await professional('partner with the category and consent', 'SCHOOL');
    const homeSupport = await professional('partner with the category, no consent', 'HOME_SUPPORT');
    const ended = await professional('partner with an ended involvement', 'POLICE');
    await professional('professional not involved', 'GENERAL_PRACTITIONER');
    const regisseur = sessions.get('regisseur')!;

    const { createFamily } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string; givenName: string }>; network: Array<{ id: string }> } }>(
      CREATE_FAMILY,
      {
        input: {
          name: 'Gezin Matrix',
          regisseurTask: 'Regie',
          members: [
            { givenName: 'Mother', familyName: 'M', role: 'PARENT', dateOfBirth: bornYearsAgo(40), hasParentalAuthority: true },
            { givenName: 'Father', familyName: 'M', role: 'PARENT', dateOfBirth: bornYearsAgo(42), hasParentalAuthority: false },
            { givenName: 'Noor', familyName: 'M', role: 'CHILD', dateOfBirth: bornYearsAgo(11) },
            { givenName: 'Daan', familyName: 'M', role: 'CHILD', dateOfBirth: bornYearsAgo(12) },
            { givenName: 'Emre', familyName: 'M', role: 'CHILD', dateOfBirth: bornYearsAgo(16) },
          ],
          network: [{ name: 'Grandma', relation: 'grandmother' }],
        },
      },
    );
    familyId = createFamily.id;
    const member = (name: string) => createFamily.members.find((m) => m.givenName === name)!.id;
    noor = member('Noor');
    emre = member('Emre');
    const everyone = createFamily.members.map((m) => m.id);
    const invite = (account: { email: string }, categories: readonly string[], memberIds: string[]) =>
      regisseur.data<{ inviteInvolvement: string }>(INVITE, {
        input: { familyId, professionalEmail: account.email, task: 'Taak', categories, memberIds },
      });
    await invite(author, INFORMATION_CATEGORIES, everyone);
    const { inviteInvolvement: schoolInvolvement } = await invite(school, ['SCHOOL', 'GENERAL'], [noor]);
    await invite(homeSupport, ['FINANCES', 'GENERAL'], [noor]);
    const { inviteInvolvement: endedInvolvement } = await invite(ended, INFORMATION_CATEGORIES, everyone);
    await regisseur.data(RECORD_CONSENT, {
      input: { familyId, subjectMemberId: noor, purpose: 'PLAN_EXCHANGE', recipientInvolvementIds: [schoolInvolvement], categories: ['SCHOOL', 'GENERAL'], givenByMemberIds: [member('Mother')] },
    });
    for (const category of INFORMATION_CATEGORIES) {
      for (const [who, id] of [['noor', noor], ['emre', emre]] as const) {
        const { addPlanItem } = await sessions.get('author')!.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
          input: { familyId, kind: 'LOG_ENTRY', category, text: `${category} over ${who}`, aboutMemberIds: [id] },
        });
        itemsAbout[who].set(category, addPlanItem.id);
      }
    }
    await regisseur.data(END_INVOLVEMENT, { input: { involvementId: endedInvolvement, expectedVersion: 1, reason: 'Taak afgerond' } });

    const portal = async (relation: string, target: { memberId?: string; networkMemberId?: string }) =>
      sessions.set(relation, await ctx.signIn(await ctx.linkAccount(target)));
    await portal('parent with authority', { memberId: member('Mother') });
    await portal('parent without authority', { memberId: member('Father') });
    await portal('child of 11', { memberId: noor });
    await portal('child of 12', { memberId: member('Daan') });
    await portal('young person of 16', { memberId: emre });
    await portal('network member', { networkMemberId: createFamily.network[0].id });
    sessions.set('organisation administrator', await ctx.signIn(await ctx.newAccount({ kind: 'ORGANISATION_ADMIN' })));
    sessions.set('platform administrator', await ctx.signIn(await ctx.newAccount({ kind: 'PLATFORM_ADMIN' })));
  });

  afterAll(async () => {
    await ctx.close();
  });

  const session = (relation: string): GraphQLSession => {
    const found = sessions.get(relation.replace(/, (with|without) his consent$/, ''));
    if (!found) throw new Error(`The matrix names a relation the test does not set up: "${relation}"`);
    return found;
  };

  async function seen(relation: string, about: 'noor' | 'emre'): Promise<Map<string, string>> {
    const result = await session(relation).request<{ family: { plan: ItemResult[] } }>(PLAN, { id: familyId });
    const access = new Map<string, string>();
    for (const [category, id] of itemsAbout[about]) {
      const item = result.data?.family.plan.find((i) => i.id === id);
      access.set(category, item ? item.access.toLowerCase() : 'hidden');
      if (item?.access === 'REDACTED') expect(item.text).toBeNull();
    }
    if (result.errors) expect(DENIED.has(result.errors[0].extensions?.['code'] as string)).toBe(true);
    return access;
  }

  function expectRow(relation: string, expected: Map<string, string>, actual: Map<string, string>) {
    for (const [category, value] of expected) {
      expect({ relation, category, access: actual.get(category) }).toEqual({ relation, category, access: value });
    }
  }

  async function attempt(relation: string, query: string, input: Record<string, unknown>): Promise<'allowed' | 'denied'> {
    const result = await session(relation).request(query, { input });
    if (!result.errors) return 'allowed';
    const code = result.errors[0].extensions?.['code'] as string;
    if (!DENIED.has(code) && !(relation === 'network member' && code === ErrorCode.BadUserInput)) {
      throw new Error(`${relation}: expected allowed or denied, got ${code}: ${result.errors[0].message}`);
    }
    return 'denied';
  }

  it('reads items about a child of 11 as the table says', async () => {
    for (const [relation, expected] of table('Read: items about Noor (11), written by the author')) {
      expectRow(relation, expected, await seen(relation, 'noor'));
    }
  });

  it('reads items about a young person of 16 as the table says, before and after his consent', async () => {
    const rows = [...table('Read: items about Emre (16), written by the author')];
    for (const [relation, expected] of rows.filter(([r]) => !r.endsWith('with his consent'))) {
      expectRow(relation, expected, await seen(relation, 'emre'));
    }
    await sessions.get('regisseur')!.data(RECORD_CONSENT, {
      input: { familyId, subjectMemberId: emre, purpose: 'INFORM_FAMILY', givenByMemberIds: [emre] },
    });
    for (const [relation, expected] of rows.filter(([r]) => r.endsWith(', with his consent'))) {
      expectRow(relation, expected, await seen(relation, 'emre'));
    }
  });

  it('allows and denies edits as the table says', async () => {
    for (const [relation, expected] of table('Edit: items about Noor (11), written by the author')) {
      const actual = new Map<string, string>();
      for (const category of expected.keys()) {
        const id = itemsAbout.noor.get(category)!;
        const [{ version }] = await ctx.dataSource.query<Row<'plan_item', 'version'>[]>(`SELECT version FROM plan_item WHERE id = $1`, [id]);
        actual.set(category, await attempt(relation, UPDATE_ITEM, { id, expectedVersion: version, text: `${category} over noor, bijgewerkt` }));
      }
      expectRow(relation, expected, actual);
    }
  });

  it('allows and denies comments as the table says', async () => {
    for (const [relation, expected] of table('Comment: on items about Noor (11), written by the author')) {
      const actual = new Map<string, string>();
      for (const category of expected.keys()) {
        actual.set(category, await attempt(relation, RESPOND, { targetItemId: itemsAbout.noor.get(category), kind: 'COMMENT', text: 'Opmerking' }));
      }
      expectRow(relation, expected, actual);
    }
  });

  it('allows and denies new logbook entries as the table says', async () => {
    for (const [relation, expected] of table('Add: a logbook entry about Noor (11)')) {
      const actual = new Map<string, string>();
      for (const category of expected.keys()) {
        actual.set(category, await attempt(relation, ADD_ITEM, { familyId, kind: 'LOG_ENTRY', category, text: 'Notitie', aboutMemberIds: [noor] }));
      }
      expectRow(relation, expected, actual);
    }
  });

  it('has a test for every table of the document, and every cell of a tested table is checked', () => {
    const titles = [...matrix.keys()];
    const cells = [...matrix.values()].flatMap((t) => [...t.values()]).reduce((sum, row) => sum + row.size, 0);
    // Each test above walks every row and every cell of the table it names.
    const tested: readonly string[] = TESTED_TABLES;
    expect(titles.filter((title) => !tested.includes(title))).toEqual([]);
    expect(cells).toBeGreaterThan(300);
  });
});
