import { ErrorCode } from '@gezinsplan/domain';
import { ADD_ITEM, ADOPT, CREATE_FAMILY, ItemResult, PLAN, WITHHOLD } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';

const ADOPTED_VERSION = `query ($id: ID!, $number: Int!) { family(id: $id) { adoptedVersion(number: $number) { items { id } } } }`;
const ACCESS_LOG = `query ($id: ID!) { family(id: $id) { accessLog(limit: 200) { itemId action } } }`;
const WITH_REASON = `query ($id: ID!) { family(id: $id) { plan { id text withheldFromFamilyReason } } }`;

describe('withholding an item from the family', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  it('hides it from the family only with a recorded reason, which professionals see and the family cannot even ask for', async () => {
    const regisseur = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'YOUTH_PROTECTION' }) }));
    const { createFamily: family } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string }> } }>(CREATE_FAMILY, {
      input: { name: 'Gezin Lens', regisseurTask: 'Regie', members: [{ givenName: 'Eva', familyName: 'Lens', role: 'PARENT', dateOfBirth: '1984-01-01', hasParentalAuthority: true }] },
    });
    const { addPlanItem: note } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId: family.id, kind: 'LOG_ENTRY', category: 'SAFETY', text: 'Melding van de buurvrouw over geschreeuw.', aboutMemberIds: [family.members[0].id] },
    });
    const eva = await ctx.signIn(await ctx.linkAccount({ memberId: family.members[0].id }));
    const seenByEva = async () => (await eva.data<{ family: { plan: ItemResult[] } }>(PLAN, { id: family.id })).family.plan.map((i) => i.id);
    expect(await seenByEva()).toContain(note.id);

    const blank = await regisseur.request(WITHHOLD, { input: { id: note.id, expectedVersion: 1, reason: '  ' } });
    expect(blank.errors?.[0].extensions?.['code']).toBe(ErrorCode.BadUserInput);
    await regisseur.data(WITHHOLD, { input: { id: note.id, expectedVersion: 1, reason: 'Bescherming van de melder (derde)' } });
    expect(await seenByEva()).not.toContain(note.id);

    const { family: professionalView } = await regisseur.data<{ family: { plan: Array<{ id: string; withheldFromFamilyReason: string | null }> } }>(WITH_REASON, { id: family.id });
    expect(professionalView.plan.find((i) => i.id === note.id)?.withheldFromFamilyReason).toBe('Bescherming van de melder (derde)');

    // The guard runs on the field resolver itself (fieldResolverEnhancers: ['guards']).
    await regisseur.data(WITHHOLD, { input: { id: note.id, expectedVersion: 2, reason: null } });
    const asked = await eva.request<{ family: { plan: Array<{ withheldFromFamilyReason: string | null }> } }>(WITH_REASON, { id: family.id });
    expect(asked.errors?.[0]).toMatchObject({ path: ['family', 'plan', 0, 'withheldFromFamilyReason'], extensions: { code: ErrorCode.Forbidden } });
  });

  it('leaves the lines about a withheld item out of the family’s access log, the withholding itself included; the regisseur sees them', async () => {
    const regisseur = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'YOUTH_PROTECTION' }) }));
    const { createFamily: family } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string }> } }>(CREATE_FAMILY, {
      input: { name: 'Gezin Logboek', regisseurTask: 'Regie', members: [{ givenName: 'Iris', familyName: 'Log', role: 'PARENT', dateOfBirth: '1985-01-01', hasParentalAuthority: true }] },
    });
    const { addPlanItem: note } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId: family.id, kind: 'LOG_ENTRY', category: 'SAFETY', text: 'Melding van een derde.', aboutMemberIds: [family.members[0].id] },
    });
    const iris = await ctx.signIn(await ctx.linkAccount({ memberId: family.members[0].id }));
    const linesAbout = async (who: typeof regisseur, itemId: string) =>
      (await who.data<{ family: { accessLog: Array<{ itemId: string | null; action: string }> } }>(ACCESS_LOG, { id: family.id })).family.accessLog
        .filter((line) => line.itemId === itemId)
        .map((line) => line.action);
    expect(await linesAbout(iris, note.id)).toEqual(['CREATE']);

    await regisseur.data(WITHHOLD, { input: { id: note.id, expectedVersion: 1, reason: 'Bescherming van de melder (derde)' } });
    expect(await linesAbout(iris, note.id)).toEqual([]);
    expect(await linesAbout(regisseur, note.id)).toEqual(['UPDATE', 'CREATE']);
  });

  it('keeps an item withheld today out of a version adopted before, for the family; professionals still read it there', async () => {
    const regisseur = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) }));
    const { createFamily: family } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string }> } }>(CREATE_FAMILY, {
      input: { name: 'Gezin Versie', regisseurTask: 'Regie', members: [{ givenName: 'Ria', familyName: 'Versie', role: 'PARENT', dateOfBirth: '1980-01-01', hasParentalAuthority: true }] },
    });
    const { addPlanItem: goal } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId: family.id, kind: 'GOAL', category: 'GENERAL', text: 'Ria vindt werk.', aboutMemberIds: [family.members[0].id] },
    });
    await regisseur.data(ADOPT, { familyId: family.id, note: null });
    await regisseur.data(WITHHOLD, { input: { id: goal.id, expectedVersion: 1, reason: 'Bescherming van een derde' } });

    const versionItems = async (who: typeof regisseur) =>
      (await who.data<{ family: { adoptedVersion: { items: ItemResult[] } } }>(ADOPTED_VERSION, { id: family.id, number: 1 })).family.adoptedVersion.items.map((i) => i.id);
    const ria = await ctx.signIn(await ctx.linkAccount({ memberId: family.members[0].id }));
    expect(await versionItems(ria)).not.toContain(goal.id);
    expect(await versionItems(regisseur)).toContain(goal.id);
  });
});
