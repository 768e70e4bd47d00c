import { dutchToday, ErrorCode, INFORMATION_CATEGORIES } from '@gezinsplan/domain';
import { GraphQLSession } from '../testing/graphql-session';
import { ADD_ITEM, CREATE_FAMILY, END_INVOLVEMENT, INVITE, ItemResult, PLAN, RESPOND, UPDATE_ITEM, WITHHOLD } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';
import { MatrixTable, readMatrix } from './access-matrix';
import { Row } from '../database/typed-sql';

const RECORD_CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id effective } }`;
const FAMILY_TOLD = `mutation ($input: RecordFamilyInformedInput!) { recordFamilyInformed(input: $input) { id familyInformedAt } }`;
const WHAT_IS_SEEN = `query ($id: ID!) { family(id: $id) { involvements { id } plan { id access } } }`;
const LEGAL_BASES_SEEN = `query ($id: ID!) { family(id: $id) { legalBases { id familyInformedAt } } }`;
const LOG_SEEN = `query ($id: ID!) { family(id: $id) { accessLog(limit: 200) { accountName } } }`;
const WITHDRAW_CONSENT = `mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id effective } }`;
const RECORD_AUTHORITY = `mutation ($input: RecordInstitutionalAuthorityInput!) { recordInstitutionalAuthority(input: $input) { id } }`;
const END_AUTHORITY = `mutation ($input: EndInstitutionalAuthorityInput!) { endInstitutionalAuthority(input: $input) { id endsOn } }`;
const INSTITUTION_CONSENTS = `mutation ($input: GiveInstitutionConsentInput!) { giveInstitutionConsent(input: $input) { id effective } }`;

/** The day `days` from today (negative: before), YYYY-MM-DD. */
function dayFromToday(days: number): string {
  return new Date(Date.parse(`${dutchToday()}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

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
  'Read: agreements carried by the author, per member and category',
  'Told afterwards: the police, admitted on a legal basis, before and after the family is told',
  'Who is involved: whose task each person reads',
  'Ages: who must consent and who has a portal, by date of birth whatever the role',
  'Certified institution: a school logbook entry about Sara (9), as authority moves',
  'Edit: items about Noor (11), written by the author',
  'Comment: on items about Noor (11), written by the author',
  'Add: a logbook entry about Noor (11)',
  'Network members: contact details and corrections',
  'Network members: earlier details',
  'History: earlier versions of items about Noor (11), written and changed by the author',
  'Invitations: evaluations planned by the regisseur, by whom they are about and whom they invite',
] as const;

describe('the access matrix of docs/access-rules.md', () => {
  const matrix = readMatrix();
  let ctx: TestContext;
  const sessions = new Map<string, GraphQLSession>();
  let familyId: string;
  /** The involvements by their column in the "who is involved" table. */
  const involvementsByColumn = new Map<string, string>();
  const itemsAbout = { noor: new Map<string, string>(), emre: new Map<string, string>() };
  let noor: string;
  let emre: string;
  /** Agreements by their column in the agreements table ("Mother FINANCES", "family GENERAL"). */
  const agreements = new Map<string, string>();
  const memberIds = new Map<string, string>();

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
    const endingLater = await professional('partner whose end date is still to come', 'YOUTH_MENTAL_HEALTH');
    const pastEnd = await professional('partner past their end date', 'YOUTH_MENTAL_HEALTH');
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
          network: [{ name: 'Grandma', relation: 'grandmother', phone: '06 1234 5678' }],
        },
      },
    );
    familyId = createFamily.id;
    for (const m of createFamily.members) memberIds.set(m.givenName, m.id);
    const member = (name: string) => memberIds.get(name)!;
    noor = member('Noor');
    emre = member('Emre');
    const everyone = createFamily.members.map((m) => m.id);
    const invite = (account: { email: string }, categories: readonly string[], memberIds: string[]) =>
      regisseur.data<{ inviteInvolvement: string }>(INVITE, {
        input: { familyId, professionalEmail: account.email, task: 'Taak', categories, memberIds },
      });
    const { inviteInvolvement: authorInvolvement } = await invite(author, INFORMATION_CATEGORIES, everyone);
    const { inviteInvolvement: schoolInvolvement } = await invite(school, ['SCHOOL', 'GENERAL'], [noor]);
    involvementsByColumn.set('author', authorInvolvement).set('school', schoolInvolvement);
    await invite(homeSupport, ['FINANCES', 'GENERAL'], [noor]);
    const { inviteInvolvement: endedInvolvement } = await invite(ended, INFORMATION_CATEGORIES, everyone);
    const { inviteInvolvement: endingLaterInvolvement } = await invite(endingLater, INFORMATION_CATEGORIES, everyone);
    const { inviteInvolvement: pastEndInvolvement } = await invite(pastEnd, INFORMATION_CATEGORIES, everyone);
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
    for (const column of table('Read: agreements carried by the author, per member and category').get('author')!.keys()) {
      const [who, category] = column.split(' ');
      const { addPlanItem } = await sessions.get('author')!.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
        input: {
          familyId, kind: 'AGREEMENT', category, text: `Afspraak: ${column}`, dueOn: dutchToday(),
          aboutMemberIds: who === 'family' ? [] : [member(who)], assignee: { type: 'INVOLVEMENT', id: authorInvolvement },
        },
      });
      agreements.set(column, addPlanItem.id);
    }
    await regisseur.data(END_INVOLVEMENT, { input: { involvementId: endedInvolvement, expectedVersion: 1, reason: 'Taak afgerond' } });
    const inDays = (days: number) => new Date(Date.parse(`${dutchToday()}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    for (const [involvementId, endsOn] of [[endingLaterInvolvement, inDays(7)], [pastEndInvolvement, inDays(1)]]) {
      await regisseur.data(END_INVOLVEMENT, { input: { involvementId, expectedVersion: 1, reason: 'Taak loopt af', endsOn } });
    }
    // Two days pass for the involvement that ended tomorrow: its period moves back, as the calendar moves forward.
    await ctx.asOwner(`UPDATE involvement SET starts_on = starts_on - 2, ends_on = ends_on - 2 WHERE id = $1`, [pastEndInvolvement]);

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
    const phases = /, ((with|without) his consent|while the mother shares the agreed plan|after she withdrew it|(before|after) the family is told)$/;
    const found = sessions.get(relation.replace(phases, ''));
    if (!found) throw new Error(`The matrix names a relation the test does not set up: "${relation}"`);
    return found;
  };

  async function seen(relation: string, about: 'noor' | 'emre' | 'agreements'): Promise<Map<string, string>> {
    const result = await session(relation).request<{ family: { plan: ItemResult[] } }>(PLAN, { id: familyId });
    const access = new Map<string, string>();
    for (const [column, id] of about === 'agreements' ? agreements : itemsAbout[about]) {
      const item = result.data?.family.plan.find((i) => i.id === id);
      access.set(column, item ? item.access.toLowerCase() : 'hidden');
      if (item?.access === 'REDACTED') expect(item.text).toBeNull();
      // An agreement's stub keeps who carries it and by when; where it stands only for the regisseur.
      if (about === 'agreements' && item?.access === 'REDACTED') {
        expect({ relation, column, assignee: item.assignee?.name, dueOn: item.dueOn, status: item.status }).toEqual({
          relation, column, assignee: 'author', dueOn: dutchToday(), status: relation.startsWith('regisseur') ? 'OPEN' : null,
        });
      }
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

  it('reads agreements as the table says, before, while and after the mother shares the agreed plan', async () => {
    const rows = [...table('Read: agreements carried by the author, per member and category')];
    const phase = (suffix: string | null) => rows.filter(([r]) => (suffix ? r.endsWith(suffix) : !r.includes(', while') && !r.includes(', after')));
    for (const [relation, expected] of phase(null)) expectRow(relation, expected, await seen(relation, 'agreements'));

    const mother = memberIds.get('Mother')!;
    const { recordConsent } = await sessions.get('regisseur')!.data<{ recordConsent: { id: string; effective: boolean } }>(RECORD_CONSENT, {
      input: { familyId, subjectMemberId: mother, purpose: 'SHARE_AGREED_PLAN', categories: INFORMATION_CATEGORIES, givenByMemberIds: [mother] },
    });
    expect(recordConsent.effective).toBe(true);
    for (const [relation, expected] of phase(', while the mother shares the agreed plan')) {
      expectRow(relation, expected, await seen(relation, 'agreements'));
    }

    await session('parent with authority').data(WITHDRAW_CONSENT, { input: { consentId: recordConsent.id } });
    for (const [relation, expected] of phase(', after she withdrew it')) expectRow(relation, expected, await seen(relation, 'agreements'));
  });

  it('shows an evaluation to whom it invites as the table says: that it is and when, not what it says', async () => {
    const rows = table('Invitations: evaluations planned by the regisseur, by whom they are about and whom they invite');
    const dueOn = dutchToday();
    const evaluations = new Map<string, string>();
    for (const column of rows.get('regisseur')!.keys()) {
      const [who, invited] = column.split(', ');
      const { addPlanItem } = await session('regisseur').data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
        input: {
          familyId, kind: 'EVALUATION', category: 'GENERAL', text: `Evaluatie: ${column}`, dueOn,
          aboutMemberIds: who === 'family' ? [] : [memberIds.get(who)!],
          invitedMemberIds: invited === 'nobody invited' ? [] : [memberIds.get(invited.replace(' invited', ''))!],
        },
      });
      evaluations.set(column, addPlanItem.id);
    }
    for (const [relation, expected] of rows) {
      const result = await session(relation).request<{ family: { plan: ItemResult[] } }>(PLAN, { id: familyId });
      const actual = new Map<string, string>();
      for (const [column, id] of evaluations) {
        const item = result.data?.family.plan.find((i) => i.id === id);
        actual.set(column, item ? item.access.toLowerCase() : 'hidden');
        if (item?.access === 'REDACTED') expect(item.text).toBeNull();
        // The invitation says when: a family member's stub exists only as one.
        if (item?.access === 'REDACTED' && relation === 'child of 12') expect({ column, dueOn: item.dueOn }).toEqual({ column, dueOn });
      }
      expectRow(relation, expected, actual);
    }
  });

  it('keeps "told afterwards" from the family until the telling is recorded, then shows all of it', async () => {
    const rows = [...table('Told afterwards: the police, admitted on a legal basis, before and after the family is told')];
    const regisseur = sessions.get('regisseur')!;
    const policeAccount = await ctx.newAccount({
      organisation: await ctx.newOrganisation({ name: 'Politie told afterwards', type: 'POLICE' }),
      displayName: 'Police told afterwards',
    });
    const police = await ctx.signIn(policeAccount);
    // Told afterwards is chosen at the invitation: the legal basis comes with it, so no moment reveals the police.
    const { inviteInvolvement: policeInvolvement } = await regisseur.data<{ inviteInvolvement: string }>(INVITE, {
      input: {
        familyId, professionalEmail: policeAccount.email, task: 'Politie: huiselijk geweld', categories: ['POLICE_JUSTICE'], memberIds: [noor],
        familyToldAfterwards: {
          kind: 'MELDCODE', purpose: 'De politie moet weten wat er thuis speelt.', necessaryInformation: 'Alleen meldingen over Noor.',
          proportionality: 'Beperkt tot politie en justitie.', subsidiarity: 'Anoniem delen helpt niet.',
          professionalSecrecy: 'Meldcode stap 5.', informingDelayReason: 'Noor komt in gevaar als de ouders het nu horen.',
        },
      },
    });
    const bases = await regisseur.data<{ family: { legalBases: Array<{ id: string; recipientInvolvementId: string }> } }>(
      `query ($id: ID!) { family(id: $id) { legalBases { id recipientInvolvementId } } }`,
      { id: familyId },
    );
    const recordLegalBasis = bases.family.legalBases.find((b) => b.recipientInvolvementId === policeInvolvement)!;
    const { addPlanItem: entry } = await police.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId, kind: 'LOG_ENTRY', category: 'POLICE_JUSTICE', text: 'Melding huiselijk geweld', aboutMemberIds: [noor] },
    });
    await police.data(PLAN, { id: familyId });

    const seenOfPolice = async (relation: string): Promise<Map<string, string>> => {
      const who = session(relation);
      const family = (await who.request<{ family: { involvements: Array<{ id: string }>; plan: ItemResult[] } }>(WHAT_IS_SEEN, { id: familyId })).data?.family;
      const bases = (await who.request<{ family: { legalBases: Array<{ id: string }> } }>(LEGAL_BASES_SEEN, { id: familyId })).data?.family;
      const log = (await who.request<{ family: { accessLog: Array<{ accountName: string }> } }>(LOG_SEEN, { id: familyId })).data?.family;
      const shown = (yes: boolean | undefined) => (yes ? 'shown' : 'hidden');
      return new Map([
        ['involvement', shown(family?.involvements.some((i) => i.id === policeInvolvement))],
        ['logbook entry', family?.plan.find((i) => i.id === entry.id)?.access.toLowerCase() ?? 'hidden'],
        ['legal basis', shown(bases?.legalBases.some((b) => b.id === recordLegalBasis.id))],
        ['access-log lines', shown(log?.accessLog.some((line) => line.accountName === 'Police told afterwards'))],
      ]);
    };
    for (const [relation, expected] of rows.filter(([r]) => r.endsWith(', before the family is told'))) {
      expectRow(relation, expected, await seenOfPolice(relation));
    }

    const told = new Date(Date.now() - 60_000).toISOString();
    await regisseur.data(FAMILY_TOLD, { input: { legalBasisId: recordLegalBasis.id, informedAt: told } });
    for (const [relation, expected] of rows.filter(([r]) => r.endsWith(', after the family is told'))) {
      expectRow(relation, expected, await seenOfPolice(relation));
    }
    // With the date the family was told.
    const { family } = await session('parent with authority').data<{ family: { legalBases: Array<{ id: string; familyInformedAt: string }> } }>(
      LEGAL_BASES_SEEN,
      { id: familyId },
    );
    expect(new Date(family.legalBases.find((b) => b.id === recordLegalBasis.id)!.familyInformedAt).toISOString()).toBe(told);
  });

  it('lists who is involved, with each task by need-to-know, as the table says', async () => {
    const regisseur = sessions.get('regisseur')!;
    const treatment = await ctx.newAccount({ organisation: await ctx.newOrganisation({ name: 'GGZ moeder', type: 'ADULT_MENTAL_HEALTH' }) });
    const { inviteInvolvement } = await regisseur.data<{ inviteInvolvement: string }>(INVITE, {
      input: { familyId, professionalEmail: treatment.email, task: 'GGZ: behandeling van Mother', categories: ['MENTAL_HEALTH'], memberIds: [memberIds.get('Mother')!] },
    });
    involvementsByColumn.set("mother's treatment", inviteInvolvement);
    const listed = await regisseur.data<{ family: { involvements: Array<{ id: string; isRegisseur: boolean }> } }>(WHAT_IS_SEEN.replace('involvements { id }', 'involvements { id isRegisseur }'), { id: familyId });
    involvementsByColumn.set('regisseur', listed.family.involvements.find((i) => i.isRegisseur)!.id);

    for (const [relation, expected] of table('Who is involved: whose task each person reads')) {
      const result = await session(relation).request<{ family: { involvements: Array<{ id: string; task: string | null }> } }>(
        `query ($id: ID!) { family(id: $id) { involvements { id task } } }`,
        { id: familyId },
      );
      const listed = new Map((result.data?.family.involvements ?? []).map((i) => [i.id, i.task]));
      const seenAs = (id: string) => (!listed.has(id) ? 'hidden' : listed.get(id) === null ? 'redacted' : 'full');
      const actual = new Map([...involvementsByColumn].map(([column, id]) => [column, seenAs(id)]));
      expectRow(relation, expected, actual);
    }
  });

  it('decides consent and the portal by date of birth whatever the role, as the table says', async () => {
    const regisseur = sessions.get('regisseur')!;
    const start = (name: string, members: Array<Record<string, unknown>>) =>
      regisseur.data<{ createFamily: { id: string; members: Array<{ id: string; givenName: string }> } }>(CREATE_FAMILY, {
        input: { name, regisseurTask: 'Regie', members },
      });
    const { createFamily: household } = await start('Gezin Leeftijden', [
      { givenName: 'Mother', familyName: 'L', role: 'PARENT', dateOfBirth: bornYearsAgo(45), hasParentalAuthority: true },
      { givenName: 'household member of 5', familyName: 'L', role: 'OTHER_HOUSEHOLD_MEMBER', dateOfBirth: bornYearsAgo(5) },
      { givenName: 'household member of 14', familyName: 'L', role: 'OTHER_HOUSEHOLD_MEMBER', dateOfBirth: bornYearsAgo(14) },
      { givenName: 'child of 18', familyName: 'L', role: 'CHILD', dateOfBirth: bornYearsAgo(18) },
    ]);
    const { createFamily: orphaned } = await start('Gezin Zonder Gezag', [
      { givenName: 'Father', familyName: 'Z', role: 'PARENT', dateOfBirth: bornYearsAgo(40), hasParentalAuthority: false },
      { givenName: 'child of 9 with nobody holding authority', familyName: 'Z', role: 'CHILD', dateOfBirth: bornYearsAgo(9) },
      { givenName: 'household member of 13 with nobody holding authority', familyName: 'Z', role: 'OTHER_HOUSEHOLD_MEMBER', dateOfBirth: bornYearsAgo(13) },
    ]);
    const { createFamily: guarded } = await start('Gezin Voogdij', [
      { givenName: 'Father', familyName: 'V', role: 'PARENT', dateOfBirth: bornYearsAgo(40), hasParentalAuthority: false },
      { givenName: 'Guardian', familyName: 'W', role: 'GUARDIAN', dateOfBirth: bornYearsAgo(50), hasParentalAuthority: true },
      { givenName: 'child of 9 with a guardian', familyName: 'V', role: 'CHILD', dateOfBirth: bornYearsAgo(9) },
      { givenName: 'household member of 13 with a guardian', familyName: 'V', role: 'OTHER_HOUSEHOLD_MEMBER', dateOfBirth: bornYearsAgo(13) },
    ]);
    const { createFamily: institutional } = await start('Gezin Instelling', [
      { givenName: 'Mother', familyName: 'I', role: 'PARENT', dateOfBirth: bornYearsAgo(40), hasParentalAuthority: true },
      { givenName: 'child of 9 under a certified institution', familyName: 'I', role: 'CHILD', dateOfBirth: bornYearsAgo(9) },
      { givenName: 'household member of 13 under a certified institution', familyName: 'I', role: 'OTHER_HOUSEHOLD_MEMBER', dateOfBirth: bornYearsAgo(13) },
    ]);
    const institution = await ctx.newOrganisation({ name: 'Jeugdbescherming leeftijden', type: 'YOUTH_PROTECTION' });
    const institutionAccount = await ctx.newAccount({ organisation: institution });
    await regisseur.data(INVITE, {
      input: { familyId: institutional.id, professionalEmail: institutionAccount.email, task: 'Voogdij', categories: ['GENERAL'], memberIds: institutional.members.slice(1).map((m) => m.id) },
    });
    for (const minor of institutional.members.slice(1)) {
      await regisseur.data(RECORD_AUTHORITY, {
        input: { familyId: institutional.id, memberId: minor.id, organisationId: institution.id, startsOn: dayFromToday(-30), ruling: 'Uitspraak voogdij' },
      });
    }
    const REQUIREMENTS = `query ($id: ID!) { family(id: $id) { consentRequirements { memberId requiredConsenterIds requiredInstitutionId } } }`;
    for (const [subject, expected] of table('Ages: who must consent and who has a portal, by date of birth whatever the role')) {
      const family = [household, orphaned, guarded, institutional].find((f) => f.members.some((m) => m.givenName === subject))!;
      const member = family.members.find((m) => m.givenName === subject)!;
      const nameOf = (id: string) => (id === member.id ? 'the member' : family.members.find((m) => m.id === id)!.givenName);
      const { family: found } = await regisseur.data<{
        family: { consentRequirements: Array<{ memberId: string; requiredConsenterIds: string[]; requiredInstitutionId: string | null }> };
      }>(REQUIREMENTS, { id: family.id });
      const requirement = found.consentRequirements.find((r) => r.memberId === member.id)!;
      const required = [
        ...(requirement.requiredInstitutionId === institution.id ? ['the institution'] : []),
        ...requirement.requiredConsenterIds.map(nameOf),
      ];
      let consenters = required.length > 0 ? required.join(' and ') : 'nobody';
      if (required.length === 0) {
        const refused = await regisseur.request(RECORD_CONSENT, {
          input: { familyId: family.id, subjectMemberId: member.id, purpose: 'PLAN_EXCHANGE', recipientInvolvementIds: [], categories: ['GENERAL'], givenByMemberIds: [family.members[0].id] },
        });
        const fields = (refused.errors?.[0].extensions?.['fields'] ?? []) as Array<{ field: string; message: string }>;
        if (fields.some((f) => f.field === 'subjectMemberId' && /nobody in the plan holds parental authority/.test(f.message))) consenters += ', consent refused';
      }
      const portal = await ctx.signIn(await ctx.linkAccount({ memberId: member.id }));
      const own = (await portal.request(PLAN, { id: family.id })).data ? 'own' : 'none';
      expectRow(subject, expected, new Map([['who must consent', consenters], ['portal', own]]));
    }

    // The guardian's consent alone counts for the child of 9: consent is possible again.
    const guardian = guarded.members.find((m) => m.givenName === 'Guardian')!;
    const child = guarded.members.find((m) => m.givenName === 'child of 9 with a guardian')!;
    const { recordConsent } = await regisseur.data<{ recordConsent: { effective: boolean } }>(RECORD_CONSENT, {
      input: { familyId: guarded.id, subjectMemberId: child.id, purpose: 'SHARE_AGREED_PLAN', categories: ['GENERAL'], givenByMemberIds: [guardian.id] },
    });
    expect(recordConsent.effective).toBe(true);
  });

  it('moves consent and reading about a child to a certified institution holding authority, and back when it ends', async () => {
    const rows = table('Certified institution: a school logbook entry about Sara (9), as authority moves');
    const regisseur = sessions.get('regisseur')!;
    const { createFamily } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string; givenName: string }> } }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin Gezag',
        regisseurTask: 'Regie',
        members: [
          { givenName: 'Mother', familyName: 'G', role: 'PARENT', dateOfBirth: bornYearsAgo(38), hasParentalAuthority: true },
          { givenName: 'Father', familyName: 'G', role: 'PARENT', dateOfBirth: bornYearsAgo(39), hasParentalAuthority: false },
          { givenName: 'Sara', familyName: 'G', role: 'CHILD', dateOfBirth: bornYearsAgo(9) },
        ],
      },
    });
    const id = (name: string) => createFamily.members.find((m) => m.givenName === name)!.id;
    const sara = id('Sara');
    const local = new Map<string, GraphQLSession>();
    const invited = async (relation: string, type: string, categories: string[]) => {
      const organisation = await ctx.newOrganisation({ name: `${relation} (Gezag)`, type: type as never });
      const account = await ctx.newAccount({ organisation });
      local.set(relation, await ctx.signIn(account));
      const { inviteInvolvement } = await regisseur.data<{ inviteInvolvement: string }>(INVITE, {
        input: { familyId: createFamily.id, professionalEmail: account.email, task: 'Taak', categories, memberIds: [sara] },
      });
      return { organisation, involvementId: inviteInvolvement };
    };
    const institution = await invited('certified institution', 'YOUTH_PROTECTION', ['GENERAL', 'SCHOOL']);
    const school = await invited("school, with the mother's consent", 'SCHOOL', ['SCHOOL']);
    local.set('parent with authority', await ctx.signIn(await ctx.linkAccount({ memberId: id('Mother') })));
    local.set('parent without authority', await ctx.signIn(await ctx.linkAccount({ memberId: id('Father') })));
    const { recordConsent } = await regisseur.data<{ recordConsent: { id: string } }>(RECORD_CONSENT, {
      input: {
        familyId: createFamily.id, subjectMemberId: sara, purpose: 'PLAN_EXCHANGE', recipientInvolvementIds: [school.involvementId],
        categories: ['SCHOOL'], givenByMemberIds: [id('Mother')],
      },
    });
    const { addPlanItem: entry } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId: createFamily.id, kind: 'LOG_ENTRY', category: 'SCHOOL', text: 'Sara mist de maandagen', aboutMemberIds: [sara] },
    });
    const actual = new Map<string, Map<string, string>>([...rows.keys()].map((relation) => [relation, new Map()]));
    const look = async (column: string) => {
      for (const relation of rows.keys()) {
        const who = local.get(relation);
        if (!who) throw new Error(`The matrix names a relation the test does not set up: "${relation}"`);
        const plan = (await who.request<{ family: { plan: ItemResult[] } }>(PLAN, { id: createFamily.id })).data?.family.plan;
        actual.get(relation)!.set(column, plan?.find((item) => item.id === entry.id)?.access.toLowerCase() ?? 'hidden');
      }
    };

    await look('before the ruling');
    const { recordInstitutionalAuthority } = await regisseur.data<{ recordInstitutionalAuthority: { id: string } }>(RECORD_AUTHORITY, {
      input: { familyId: createFamily.id, memberId: sara, organisationId: institution.organisation.id, startsOn: dayFromToday(-30), ruling: 'Rechtbank, voogdij' },
    });
    await look('ruling recorded');
    await local.get('certified institution')!.data(INSTITUTION_CONSENTS, { input: { consentId: recordConsent.id } });
    await look('institution consented');
    await regisseur.data(END_AUTHORITY, { input: { id: recordInstitutionalAuthority.id, endsOn: dayFromToday(-1) } });
    await look('ruling ended');

    for (const [relation, expected] of rows) expectRow(relation, expected, actual.get(relation)!);
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

  it('shows and corrects network members’ contact details as the table says', async () => {
    const NETWORK = `query ($id: ID!) { family(id: $id) { network { id phone version } } }`;
    const UPDATE_NETWORK_MEMBER = `mutation ($input: UpdateNetworkMemberInput!) { updateNetworkMember(input: $input) { id } }`;
    for (const [relation, expected] of table('Network members: contact details and corrections')) {
      const result = await session(relation).request<{ family: { network: Array<{ id: string; phone: string | null }> } }>(NETWORK, { id: familyId });
      const [grandma] = await ctx.dataSource.query<Row<'network_member', 'id' | 'version' | 'phone'>[]>(
        `SELECT id, version, phone FROM network_member WHERE family_id = $1`,
        [familyId],
      );
      const phone = result.data?.family.network.find((n) => n.id === grandma.id)?.phone;
      const actual = new Map([
        ['see', phone === grandma.phone ? 'shown' : 'hidden'],
        ['correct', await attempt(relation, UPDATE_NETWORK_MEMBER, {
          id: grandma.id, expectedVersion: grandma.version, name: 'Grandma', relation: `grandmother (${relation})`, phone: grandma.phone,
        })],
      ]);
      expectRow(relation, expected, actual);
    }
  });

  it('reads a network member’s earlier details as the table says', async () => {
    const [grandma] = await ctx.dataSource.query<Row<'network_member', 'id' | 'version' | 'name' | 'relation' | 'phone' | 'email'>[]>(
      `SELECT id, version, name, relation, phone, email FROM network_member WHERE family_id = $1`,
      [familyId],
    );
    expect(grandma.phone).not.toBeNull();
    await sessions.get('regisseur')!.data(`mutation ($input: UpdateNetworkMemberInput!) { updateNetworkMember(input: $input) { id } }`, {
      input: { id: grandma.id, expectedVersion: grandma.version, name: grandma.name, relation: grandma.relation, phone: '06 5555 0000', email: grandma.email },
    });
    const EARLIER = `query ($id: ID!) { networkMember(id: $id) { history { version name phone } } }`;
    for (const [relation, expected] of table('Network members: earlier details')) {
      const result = await session(relation).request<{ networkMember: { history: Array<{ version: number; name: string; phone: string | null }> } }>(
        EARLIER, { id: grandma.id },
      );
      if (result.errors) expect(DENIED.has(result.errors[0].extensions?.['code'] as string)).toBe(true);
      const earlier = result.data?.networkMember.history.find((v) => v.version === grandma.version);
      if (!result.errors) expect(earlier?.name).toBe(grandma.name);
      const seen = !earlier ? 'hidden' : earlier.phone === grandma.phone ? 'with contact' : earlier.phone === null ? 'without contact' : 'wrong';
      expectRow(relation, expected, new Map([['earlier details', seen]]));
    }
  });

  it('reads earlier versions as the table says: in full then and now, else none', async () => {
    const rows = table('History: earlier versions of items about Noor (11), written and changed by the author');
    const items = new Map<string, string>();
    for (const column of rows.get('author')!.keys()) {
      const [category, withheld] = column.split(', ');
      const { addPlanItem } = await sessions.get('author')!.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
        input: { familyId, kind: 'LOG_ENTRY', category, text: `Eerst: ${column}`, aboutMemberIds: [noor] },
      });
      await sessions.get('author')!.data(UPDATE_ITEM, { input: { id: addPlanItem.id, expectedVersion: 1, text: `Later: ${column}` } });
      if (withheld) {
        await sessions.get('regisseur')!.data(WITHHOLD, { input: { id: addPlanItem.id, expectedVersion: 2, reason: 'Bescherming van een derde' } });
      }
      items.set(column, addPlanItem.id);
    }
    const HISTORY = `query ($id: ID!) { family(id: $id) { plan { id history { version text } } } }`;
    for (const [relation, expected] of rows) {
      const result = await session(relation).request<{ family: { plan: Array<{ id: string; history: Array<{ version: number; text: string | null }> }> } }>(
        HISTORY, { id: familyId },
      );
      if (result.errors) expect(DENIED.has(result.errors[0].extensions?.['code'] as string)).toBe(true);
      const actual = new Map<string, string>();
      for (const [column, id] of items) {
        const item = result.data?.family.plan.find((i) => i.id === id);
        const first = item?.history.find((v) => v.version === 1);
        if (first) expect(first.text).toBe(`Eerst: ${column}`);
        actual.set(column, !item ? 'hidden' : first ? 'shown' : 'none');
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
