import { ErrorCode } from '@gezinsplan/domain';
import { GraphQLSession } from '../testing/graphql-session';
import { ADD_ITEM, CREATE_FAMILY, INVITE, ItemResult, UPDATE_ITEM, WITHHOLD } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';

const RECORD_CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const WITH_HISTORY = `query ($id: ID!) { family(id: $id) { plan {
  id access version text changedByOther lastChangedBy { name organisationName }
  history { itemId version changedAt text assignee { name } changedBy { type name organisationName } }
} } }`;

interface Seen {
  id: string;
  access: string;
  version: number | null;
  text: string | null;
  changedByOther: boolean;
  lastChangedBy: { name: string; organisationName: string | null } | null;
  history: Array<{ itemId: string; version: number; changedAt: string; text: string | null; assignee: { name: string } | null; changedBy: { type: string; name: string; organisationName: string | null } | null }>;
}

describe('the history of a plan item', () => {
  let ctx: TestContext;
  let familyId: string;
  let regisseur: GraphQLSession;
  let school: GraphQLSession;
  let homeSupport: GraphQLSession;
  let police: GraphQLSession;
  let mother: GraphQLSession;
  let jip: string;
  let motherId: string;
  let schoolInvolvement: string;
  let policeInvolvement: string;

  const seen = async (who: GraphQLSession, itemId: string): Promise<Seen | undefined> =>
    (await who.data<{ family: { plan: Seen[] } }>(WITH_HISTORY, { id: familyId })).family.plan.find((i) => i.id === itemId);

  beforeAll(async () => {
    ctx = await TestContext.create();
    const professional = async (name: string, type: string) =>
      ctx.newAccount({ organisation: await ctx.newOrganisation({ name, type: type as never }), displayName: `${name} medewerker` });
    regisseur = await ctx.signIn(await professional('Wijkteam Oost', 'NEIGHBOURHOOD_TEAM'));
    const schoolAccount = await professional('Basisschool De Wilg', 'SCHOOL');
    const homeSupportAccount = await professional('Thuishulp Noord', 'HOME_SUPPORT');
    const policeAccount = await professional('Politie Midden', 'POLICE');
    school = await ctx.signIn(schoolAccount);
    homeSupport = await ctx.signIn(homeSupportAccount);
    police = await ctx.signIn(policeAccount);
    const { createFamily } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string }> } }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin Wilg', regisseurTask: 'Regie',
        members: [
          { givenName: 'Petra', familyName: 'Wilg', role: 'PARENT', dateOfBirth: '1985-01-01', hasParentalAuthority: true },
          { givenName: 'Jip', familyName: 'Wilg', role: 'CHILD', dateOfBirth: '2016-01-01' },
        ],
      },
    });
    familyId = createFamily.id;
    [motherId, jip] = createFamily.members.map((m) => m.id);
    const invite = async (email: string, categories: string[], extra: Record<string, unknown> = {}) =>
      (await regisseur.data<{ inviteInvolvement: string }>(INVITE, {
        input: { familyId, professionalEmail: email, task: 'Taak', categories, memberIds: [jip], ...extra },
      })).inviteInvolvement;
    schoolInvolvement = await invite(schoolAccount.email, ['SCHOOL', 'GENERAL']);
    await invite(homeSupportAccount.email, ['FINANCES', 'GENERAL']);
    policeInvolvement = await invite(policeAccount.email, ['POLICE_JUSTICE'], {
      familyToldAfterwards: {
        kind: 'MELDCODE', purpose: 'De politie moet weten wat er thuis speelt.', necessaryInformation: 'Alleen meldingen over Jip.',
        proportionality: 'Beperkt tot politie en justitie.', subsidiarity: 'Anoniem delen helpt niet.',
        professionalSecrecy: 'Meldcode stap 5.', informingDelayReason: 'Jip komt in gevaar als de ouders het nu horen.',
      },
    });
    await regisseur.data(RECORD_CONSENT, {
      input: {
        familyId, subjectMemberId: jip, purpose: 'PLAN_EXCHANGE', recipientInvolvementIds: [schoolInvolvement],
        categories: ['SCHOOL', 'GENERAL'], givenByMemberIds: [motherId],
      },
    });
    mother = await ctx.signIn(await ctx.linkAccount({ memberId: motherId }));
  });
  afterAll(() => ctx.close());

  it('lists earlier versions with who wrote them, and marks a partner’s change for the regisseur, who wrote it', async () => {
    const { addPlanItem: agreement } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: {
        familyId, kind: 'AGREEMENT', category: 'GENERAL', text: 'Jip gaat elke dag naar school.', dueOn: '2027-03-01',
        aboutMemberIds: [jip], assignee: { type: 'INVOLVEMENT', id: schoolInvolvement },
      },
    });
    expect((await seen(regisseur, agreement.id))?.history).toEqual([]);
    await school.data(UPDATE_ITEM, { input: { id: agreement.id, expectedVersion: 1, text: 'Jip gaat vier dagen per week naar school.' } });

    const byRegisseur = await seen(regisseur, agreement.id);
    expect(byRegisseur).toMatchObject({
      text: 'Jip gaat vier dagen per week naar school.',
      changedByOther: true,
      lastChangedBy: { organisationName: 'Basisschool De Wilg' },
    });
    expect(byRegisseur?.history).toEqual([
      expect.objectContaining({
        itemId: agreement.id, version: 1, text: 'Jip gaat elke dag naar school.', assignee: { name: 'Basisschool De Wilg medewerker' },
        changedBy: { type: 'INVOLVEMENT', name: 'Wijkteam Oost medewerker', organisationName: 'Wijkteam Oost' },
      }),
    ]);
    // The school made the change itself, and the family did not write it: neither is marked.
    expect(await seen(school, agreement.id)).toMatchObject({ changedByOther: false, history: [expect.objectContaining({ text: 'Jip gaat elke dag naar school.' })] });
    expect(await seen(mother, agreement.id)).toMatchObject({ changedByOther: false, history: [expect.objectContaining({ text: 'Jip gaat elke dag naar school.' })] });

    // The regisseur's own change is not "someone else's" to her.
    await regisseur.data(UPDATE_ITEM, { input: { id: agreement.id, expectedVersion: 2, text: 'Jip gaat vier dagen per week naar school, woensdag thuis.' } });
    const after = await seen(regisseur, agreement.id);
    expect(after?.changedByOther).toBe(false);
    expect(after?.history.map((v) => v.version)).toEqual([2, 1]);
  });

  it('reads each earlier version by the stricter of the rules then and now: withheld then or now stays hidden from the family', async () => {
    const { addPlanItem: note } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId, kind: 'LOG_ENTRY', category: 'GENERAL', text: 'Eerste gesprek met Petra.', aboutMemberIds: [jip] },
    });
    await regisseur.data(UPDATE_ITEM, { input: { id: note.id, expectedVersion: 1, text: 'Eerste gesprek met Petra en Jip.' } });
    await regisseur.data(WITHHOLD, { input: { id: note.id, expectedVersion: 2, reason: 'Bescherming van een derde' } });
    expect(await seen(mother, note.id)).toBeUndefined();
    await regisseur.data(UPDATE_ITEM, { input: { id: note.id, expectedVersion: 3, text: 'Eerste gesprek met Petra en Jip, op school.' } });
    await regisseur.data(WITHHOLD, { input: { id: note.id, expectedVersion: 4, reason: null } });

    // Versions 3 and 4 were made while it was withheld: the family reads 2 and 1 only.
    expect((await seen(mother, note.id))?.history.map((v) => v.version)).toEqual([2, 1]);
    expect((await seen(regisseur, note.id))?.history.map((v) => v.version)).toEqual([4, 3, 2, 1]);
  });

  it('gives a reader of the stub no history at all, and a reader in full only the versions they could read then', async () => {
    const { addPlanItem: agreement } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: {
        familyId, kind: 'AGREEMENT', category: 'GENERAL', text: 'Petra belt de huisarts.', dueOn: '2027-02-01',
        aboutMemberIds: [motherId, jip], assignee: { type: 'FAMILY_MEMBER', id: motherId },
      },
    });
    await regisseur.data(UPDATE_ITEM, { input: { id: agreement.id, expectedVersion: 1, text: 'Petra belt vandaag de huisarts.' } });
    // About Petra too, which no partner's task covers: they read the stub, without any earlier text or when or how often
    // it changed: no version either (outsider attack, LOW: the version told a stub's reader that it had changed).
    for (const partner of [homeSupport, school]) {
      expect(await seen(partner, agreement.id)).toMatchObject({ access: 'REDACTED', text: null, history: [], lastChangedBy: null, version: null });
    }
    expect((await seen(regisseur, agreement.id))?.version).toBe(2);

    // About Jip alone from version 3 on: the school reads it now, and the versions about Petra too stay closed.
    await regisseur.data(UPDATE_ITEM, { input: { id: agreement.id, expectedVersion: 2, aboutMemberIds: [jip] } });
    await regisseur.data(UPDATE_ITEM, { input: { id: agreement.id, expectedVersion: 3, text: 'Petra belt vandaag de huisarts over Jip.' } });
    const bySchool = await seen(school, agreement.id);
    expect(bySchool?.access).toBe('FULL');
    expect(bySchool?.history.map((v) => v.version)).toEqual([3]);
    expect((await seen(regisseur, agreement.id))?.history.map((v) => v.version)).toEqual([3, 2, 1]);
  });

  it('shows a changed goal and a changed "about whom"; a reader never learns from it that the item was once about someone they may not read about', async () => {
    const goal = async (text: string) =>
      (await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
        input: { familyId, kind: 'GOAL', category: 'GENERAL', text, aboutMemberIds: [jip] },
      })).addPlanItem.id;
    const [reading, swimming] = [await goal('Jip leest elke dag.'), await goal('Jip haalt zijn zwemdiploma.')];
    const { addPlanItem: agreement } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: {
        familyId, kind: 'AGREEMENT', category: 'GENERAL', text: 'Samen naar de bibliotheek.', aboutMemberIds: [jip], goalId: reading,
        dueOn: '2027-03-01', assignee: { type: 'FAMILY_MEMBER', id: motherId },
      },
    });
    await regisseur.data(UPDATE_ITEM, { input: { id: agreement.id, expectedVersion: 1, goalId: swimming } });
    await regisseur.data(UPDATE_ITEM, { input: { id: agreement.id, expectedVersion: 2, aboutMemberIds: [jip, motherId] } });
    await regisseur.data(UPDATE_ITEM, { input: { id: agreement.id, expectedVersion: 3, aboutMemberIds: [jip] } });

    const ABOUT = `query ($id: ID!) { planItem(id: $id) { access aboutMemberIds goalId history { version aboutMemberIds goalId } } }`;
    type Read = { planItem: { access: string; aboutMemberIds: string[]; goalId: string | null; history: Array<{ version: number; aboutMemberIds: string[]; goalId: string | null }> } };
    const byRegisseur = (await regisseur.data<Read>(ABOUT, { id: agreement.id })).planItem;
    expect(byRegisseur.history).toEqual([
      { version: 3, aboutMemberIds: expect.arrayContaining([jip, motherId]) as unknown as string[], goalId: swimming },
      { version: 2, aboutMemberIds: [jip], goalId: swimming },
      { version: 1, aboutMemberIds: [jip], goalId: reading },
    ]);

    // The school reads agreements about Jip (its task, the mother's consent), not about Petra: the version that was
    // also about her is left out entirely, so neither her id nor a gap in what it was about tells the school.
    const bySchool = (await school.data<Read>(ABOUT, { id: agreement.id })).planItem;
    expect(bySchool).toMatchObject({ access: 'FULL', aboutMemberIds: [jip], goalId: swimming });
    expect(bySchool.history).toEqual([
      { version: 2, aboutMemberIds: [jip], goalId: swimming },
      { version: 1, aboutMemberIds: [jip], goalId: reading },
    ]);
    expect(JSON.stringify(bySchool)).not.toContain(motherId);
    // Home support has no consent for Jip: the stub, no history at all.
    expect((await homeSupport.data<Read>(ABOUT, { id: agreement.id })).planItem).toMatchObject({ access: 'REDACTED', history: [] });
  });

  it('tells the family nothing of versions carried by the police before it is told: not what they said, not who wrote them', async () => {
    const { addPlanItem: agreement } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: {
        familyId, kind: 'AGREEMENT', category: 'POLICE_JUSTICE', text: 'Wie haalt Jip op na school?', dueOn: '2027-02-01',
        aboutMemberIds: [jip], assignee: { type: 'INVOLVEMENT', id: policeInvolvement },
      },
    });
    expect(await seen(mother, agreement.id)).toBeUndefined();
    await police.data(UPDATE_ITEM, { input: { id: agreement.id, expectedVersion: 1, text: 'Politie: Petra haalt Jip op na school.' } });
    await regisseur.data(UPDATE_ITEM, {
      input: { id: agreement.id, expectedVersion: 2, text: 'Petra haalt Jip op na school.', assignee: { type: 'FAMILY_MEMBER', id: motherId } },
    });

    const byMother = await seen(mother, agreement.id);
    expect(byMother).toMatchObject({
      access: 'FULL', text: 'Petra haalt Jip op na school.', lastChangedBy: { organisationName: 'Wijkteam Oost' }, changedByOther: false, history: [],
    });
    expect((await seen(regisseur, agreement.id))?.history).toEqual([
      expect.objectContaining({ version: 2, text: 'Politie: Petra haalt Jip op na school.', changedBy: { type: 'INVOLVEMENT', name: 'Politie Midden medewerker', organisationName: 'Politie Midden' } }),
      expect.objectContaining({ version: 1, text: 'Wie haalt Jip op na school?' }),
    ]);
  });

  it('loads one item’s versions on demand by the same rules, and answers NOT_FOUND alike for a foreign, withheld or unknown id', async () => {
    const ONE = `query ($id: ID!) { planItem(id: $id) { id history { version text changedBy { name } } } }`;
    const { addPlanItem: note } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId, kind: 'LOG_ENTRY', category: 'GENERAL', text: 'Gesprek met Petra.', aboutMemberIds: [jip] },
    });
    await regisseur.data(UPDATE_ITEM, { input: { id: note.id, expectedVersion: 1, text: 'Gesprek met Petra en Jip.' } });
    const byMother = await mother.data<{ planItem: { id: string; history: Array<{ version: number; text: string }> } }>(ONE, { id: note.id });
    expect(byMother.planItem).toEqual({ id: note.id, history: [{ version: 1, text: 'Gesprek met Petra.', changedBy: { name: 'Wijkteam Oost medewerker' } }] });

    await regisseur.data(WITHHOLD, { input: { id: note.id, expectedVersion: 2, reason: 'Bescherming van een derde' } });
    const outsider = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'SCHOOL' }) }));
    const answers = await Promise.all([
      mother.request(ONE, { id: note.id }),
      outsider.request(ONE, { id: note.id }),
      regisseur.request(ONE, { id: '00000000-0000-4000-8000-000000000000' }),
    ]);
    for (const answer of answers) {
      expect(answer.data?.planItem ?? null).toBeNull();
      expect(answer.errors?.map((e) => [e.extensions?.['code'], e.message])).toEqual([[ErrorCode.NotFound, answers[0].errors?.[0].message]]);
    }
  });

  it('is asked about a family the reader cannot read: NOT_FOUND, nothing of its history', async () => {
    const outsider = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'SCHOOL' }) }));
    const result = await outsider.request(WITH_HISTORY, { id: familyId });
    expect(result.errors?.[0].extensions?.['code']).toBe(ErrorCode.NotFound);
  });
});
