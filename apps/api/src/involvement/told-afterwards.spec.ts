import { expect } from '@jest/globals';
import { ErrorCode } from '@gezinsplan/domain';
import { GraphQLSession } from '../testing/graphql-session';
import { ADD_ITEM, CREATE_FAMILY, INVITE, ItemResult, PLAN } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';

const SEEN = `query ($id: ID!) { family(id: $id) {
  involvements { id }
  legalBases { id recipientInvolvementId familyInformedAt informingDelayReason subjectMemberIds categories }
  accessLog(limit: 200) { itemId list }
} }`;
const FAMILY_TOLD = `mutation ($input: RecordFamilyInformedInput!) { recordFamilyInformed(input: $input) { id familyInformedAt } }`;
const INVOLVEMENT_COUNT = `query ($id: ID!) { family(id: $id) { involvements { id } } }`;

interface Seen {
  involvements: Array<{ id: string }>;
  legalBases: Array<{ id: string; recipientInvolvementId: string; familyInformedAt: string | null; informingDelayReason: string | null; subjectMemberIds: string[]; categories: string[] }>;
  accessLog: Array<{ itemId: string | null; list: string | null }>;
}

const TOLD_AFTERWARDS = {
  kind: 'MELDCODE',
  purpose: 'Veilig Thuis onderzoekt de melding over Noor.',
  necessaryInformation: 'Alleen wat over de veiligheid van Noor gaat.',
  proportionality: 'Beperkt tot veiligheid en tot Noor.',
  subsidiarity: 'Zonder deze informatie kan Veilig Thuis niet onderzoeken.',
  professionalSecrecy: 'Meldcode stap 5: afgewogen met de aandachtsfunctionaris.',
  informingDelayReason: 'Noor komt in gevaar als de ouders het nu al horen.',
};

/** Issue 12 item 2: "the family is told afterwards", chosen at invitation, leaves no moment in which the family sees it. */
describe('told afterwards, chosen at invitation', () => {
  let ctx: TestContext;
  let regisseur: GraphQLSession;
  let mother: GraphQLSession;
  let familyId: string;
  let noor: string;

  beforeAll(async () => {
    ctx = await TestContext.create();
    regisseur = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) }));
    const { createFamily } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string; givenName: string }> } }>(
      CREATE_FAMILY,
      {
        input: {
          name: 'Gezin Achteraf',
          regisseurTask: 'Regie',
          members: [
            { givenName: 'Moeder', familyName: 'A', role: 'PARENT', dateOfBirth: '1985-02-02', hasParentalAuthority: true },
            { givenName: 'Noor', familyName: 'A', role: 'CHILD', dateOfBirth: '2016-06-06' },
          ],
        },
      },
    );
    familyId = createFamily.id;
    noor = createFamily.members.find((m) => m.givenName === 'Noor')!.id;
    mother = await ctx.signIn(await ctx.linkAccount({ memberId: createFamily.members.find((m) => m.givenName === 'Moeder')!.id }));
  });
  afterAll(() => ctx.close());

  const veiligThuis = async (name: string) => {
    const account = await ctx.newAccount({ organisation: await ctx.newOrganisation({ name, type: 'VEILIG_THUIS' }), displayName: name });
    return { account, session: await ctx.signIn(account) };
  };
  const invite = (email: string, extra: Record<string, unknown> = {}) =>
    regisseur.data<{ inviteInvolvement: string }>(INVITE, {
      input: { familyId, professionalEmail: email, task: 'Veilig Thuis: onderzoek', categories: ['SAFETY'], memberIds: [noor], ...extra },
    });
  const seenBy = async (who: GraphQLSession) => (await who.data<{ family: Seen }>(SEEN, { id: familyId })).family;
  const condition = (who: GraphQLSession) =>
    who.request<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId, kind: 'SAFETY_CONDITION', category: 'SAFETY', text: 'Noor slaapt niet thuis zolang het onderzoek loopt.' },
    });

  it('records the legal basis with the invitation: the family sees nothing of it from the first moment until it is told', async () => {
    const { account, session } = await veiligThuis('Veilig Thuis achteraf');
    const { inviteInvolvement: involvementId } = await invite(account.email, { familyToldAfterwards: TOLD_AFTERWARDS });
    await session.data(PLAN, { id: familyId });

    // The regisseur sees the legal basis, for the task's members and categories, waiting to be told.
    const ofRegisseur = await seenBy(regisseur);
    const basis = ofRegisseur.legalBases.find((b) => b.recipientInvolvementId === involvementId);
    expect(basis).toMatchObject({ familyInformedAt: null, subjectMemberIds: [noor], categories: ['SAFETY'], informingDelayReason: TOLD_AFTERWARDS.informingDelayReason });
    expect(ofRegisseur.accessLog.map((line) => line.itemId)).toEqual(expect.arrayContaining([involvementId, basis!.id]));

    // The mother: not the involvement, not the legal basis, not the regisseur's lines about inviting and recording it.
    const before = await seenBy(mother);
    expect(before.involvements.map((i) => i.id)).not.toContain(involvementId);
    expect(before.legalBases).toEqual([]);
    expect(before.accessLog.map((line) => line.itemId)).not.toEqual(expect.arrayContaining([involvementId]));
    expect(before.accessLog.map((line) => line.itemId)).not.toEqual(expect.arrayContaining([basis!.id]));

    // Until the family is told, Veilig Thuis sets no bottom line the family could not see.
    const refused = await condition(session);
    expect(refused.errors?.[0].extensions?.['code']).toBe(ErrorCode.Forbidden);
    expect(refused.errors?.[0].message).toMatch(/recorded that the family was told/);

    // Not before the day the sharing began: a refusal naming the field, and nothing recorded.
    const tooEarly = await regisseur.request(FAMILY_TOLD, { input: { legalBasisId: basis!.id, informedAt: '1900-01-01T12:00:00Z' } });
    expect(tooEarly.errors?.[0].extensions).toMatchObject({ code: ErrorCode.BadUserInput, fields: [{ field: 'informedAt', message: 'lies before the day the legal basis was recorded' }] });
    expect((await seenBy(mother)).legalBases).toEqual([]);

    const toldAt = new Date(Date.now() - 60_000).toISOString();
    await regisseur.data(FAMILY_TOLD, { input: { legalBasisId: basis!.id, informedAt: toldAt } });
    // Written once: a second record is refused, and the first stays as it was.
    const again = await regisseur.request(FAMILY_TOLD, { input: { legalBasisId: basis!.id, informedAt: new Date().toISOString() } });
    expect(again.errors?.[0].extensions?.['code']).toBe(ErrorCode.Conflict);
    expect((await seenBy(regisseur)).legalBases.find((b) => b.id === basis!.id)?.familyInformedAt).toBe(toldAt);
    const after = await seenBy(mother);
    expect(after.involvements.map((i) => i.id)).toContain(involvementId);
    expect(after.legalBases.map((b) => b.id)).toEqual([basis!.id]);
    expect(after.accessLog.map((line) => line.itemId)).toEqual(expect.arrayContaining([involvementId, basis!.id]));
    const set = await condition(session);
    expect(set.errors).toBeUndefined();
  });

  it('shows the family the safety conditions of a Veilig Thuis invited the ordinary way, without consent or legal basis', async () => {
    const { account, session } = await veiligThuis('Veilig Thuis gewoon');
    const { inviteInvolvement: involvementId } = await invite(account.email);
    const { addPlanItem } = await session.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId, kind: 'SAFETY_CONDITION', category: 'SAFETY', text: 'Er wordt niet geschreeuwd waar Noor bij is.' },
    });

    expect((await seenBy(mother)).involvements.map((i) => i.id)).toContain(involvementId);
    const { family } = await mother.data<{ family: { plan: ItemResult[] } }>(PLAN, { id: familyId });
    expect(family.plan.find((item) => item.id === addPlanItem.id)).toMatchObject({ access: 'FULL', text: 'Er wordt niet geschreeuwd waar Noor bij is.' });
  });

  it('refuses a told-afterwards invitation without a reason, naming the field, and stores nothing', async () => {
    const { account } = await veiligThuis('Veilig Thuis zonder reden');
    const count = async () => (await regisseur.data<{ family: { involvements: unknown[] } }>(INVOLVEMENT_COUNT, { id: familyId })).family.involvements.length;
    const before = await count();
    const result = await regisseur.request(INVITE, {
      input: {
        familyId, professionalEmail: account.email, task: 'Veilig Thuis: onderzoek', categories: ['SAFETY'], memberIds: [noor],
        familyToldAfterwards: { ...TOLD_AFTERWARDS, informingDelayReason: 'later' },
      },
    });
    expect(result.errors?.[0].extensions?.['code']).toBe(ErrorCode.BadUserInput);
    expect(JSON.stringify(result.errors?.[0].extensions?.['fields'])).toMatch(/informingDelayReason/);
    expect(await count()).toBe(before);
  });
});
