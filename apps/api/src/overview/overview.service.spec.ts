import { expect } from '@jest/globals';
import { dutchToday } from '@gezinsplan/domain';
import { ADD_ITEM, CREATE_FAMILY, INVITE, ItemResult, SET_STATUS } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';

const OVERVIEW = `{ myOverview {
  involvements { familyName task isRegisseur stalled }
  agreementsNeedingAttention { familyName kind text dueOn status statusReason assigneeName }
  evaluationsDue { familyName text dueOn }
  stalledPlans { familyName }
  myOpenAgreements { familyName text assigneeName }
  closedPlans { familyName task isRegisseur closedAt closingReason }
} }`;

function daysFromToday(days: number): string {
  const date = new Date(`${dutchToday()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

interface Overview {
  involvements: Array<{ familyName: string; task: string; isRegisseur: boolean; stalled: boolean }>;
  agreementsNeedingAttention: Array<{ familyName: string; kind: string; text: string | null; status: string; statusReason: string | null; assigneeName: string }>;
  evaluationsDue: Array<{ familyName: string; text: string; dueOn: string }>;
  stalledPlans: Array<{ familyName: string }>;
  myOpenAgreements: Array<{ familyName: string; text: string }>;
  closedPlans: Array<{ familyName: string; task: string; isRegisseur: boolean; closedAt: string; closingReason: string | null }>;
}

describe('scenario 2: a new start, seen from the regisseur’s and a partner’s overview', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  it('shows overdue and not-kept agreements, evaluations due, stalled plans and a partner’s open agreements', async () => {
    const wijkteam = await ctx.newOrganisation({ name: 'Wijkteam', type: 'NEIGHBOURHOOD_TEAM' });
    const regisseurAccount = await ctx.newAccount({ organisation: wijkteam, displayName: 'Ahmed' });
    const regisseur = await ctx.signIn(regisseurAccount);
    const midwifeAccount = await ctx.newAccount({ organisation: await ctx.newOrganisation({ name: 'De Wieg', type: 'MIDWIFE' }), displayName: 'Anouk' });
    const addictionAccount = await ctx.newAccount({ organisation: await ctx.newOrganisation({ name: 'Verslavingszorg', type: 'ADDICTION_CARE' }), displayName: 'Fatima' });

    const { createFamily: family } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string; givenName: string }> } }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin Yilmaz-de Groot',
        regisseurTask: 'Regie en aanspreekpunt voor iedereen',
        members: [
          { givenName: 'Selin', familyName: 'Yilmaz', role: 'PARENT', dateOfBirth: '1996-03-03', hasParentalAuthority: true },
          { givenName: 'Rick', familyName: 'de Groot', role: 'PARENT', dateOfBirth: '1994-07-07', hasParentalAuthority: true },
          { givenName: 'Mila', familyName: 'de Groot', role: 'CHILD', dateOfBirth: daysFromToday(-700) },
        ],
      },
    });
    const selin = family.members.find((m) => m.givenName === 'Selin')!;
    const rick = family.members.find((m) => m.givenName === 'Rick')!;
    const { inviteInvolvement: midwife } = await regisseur.data<{ inviteInvolvement: string }>(INVITE, {
      input: { familyId: family.id, professionalEmail: midwifeAccount.email, task: 'Zwangerschapsbegeleiding Selin', categories: ['GENERAL'], memberIds: [selin.id] },
    });
    // Selin agrees that the midwife reads the general plan: she is to carry an agreement in it.
    await regisseur.data(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
      input: { familyId: family.id, subjectMemberId: selin.id, purpose: 'PLAN_EXCHANGE', recipientInvolvementIds: [midwife], categories: ['GENERAL'], givenByMemberIds: [selin.id] },
    });
    const { inviteInvolvement: addiction } = await regisseur.data<{ inviteInvolvement: string }>(INVITE, {
      input: { familyId: family.id, professionalEmail: addictionAccount.email, task: 'Behandeling Rick', categories: ['ADDICTION'], memberIds: [rick.id] },
    });
    // Rick's treatment agreement: the regisseur follows who and by when, not what it says.
    await (await ctx.signIn(addictionAccount)).data(ADD_ITEM, {
      input: { familyId: family.id, kind: 'AGREEMENT', category: 'ADDICTION', text: 'Rick komt naar de dagbehandeling', aboutMemberIds: [rick.id],
        dueOn: daysFromToday(-1), assignee: { type: 'INVOLVEMENT', id: addiction } },
    });
    const add = (input: Record<string, unknown>) => regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, { input: { familyId: family.id, ...input } });
    await add({ kind: 'AGREEMENT', category: 'GENERAL', text: 'Tas met luiers, voeding en kleren staat klaar bij oma', dueOn: daysFromToday(-3), assignee: { type: 'FAMILY_MEMBER', id: selin.id } });
    const { addPlanItem: transport } = await add({ kind: 'AGREEMENT', category: 'GENERAL', text: 'Vervoer naar de opvang is geregeld', dueOn: daysFromToday(10), assignee: { type: 'FAMILY_MEMBER', id: rick.id } });
    await add({ kind: 'AGREEMENT', category: 'GENERAL', text: 'Controle bij de verloskundige', dueOn: daysFromToday(20), assignee: { type: 'INVOLVEMENT', id: midwife } });
    await add({ kind: 'EVALUATION', category: 'GENERAL', text: 'Evaluatie opvangplan', dueOn: daysFromToday(7) });
    await add({ kind: 'EVALUATION', category: 'GENERAL', text: 'Evaluatie over twee maanden', dueOn: daysFromToday(60) });
    await add({ kind: 'EVALUATION', category: 'GENERAL', text: 'Evaluatie die niet is gehouden', dueOn: daysFromToday(-3) });
    await regisseur.data(SET_STATUS, { input: { id: transport.id, expectedVersion: 1, status: 'NOT_KEPT', reason: 'Auto is verkocht' } });

    const { myOverview } = await regisseur.data<{ myOverview: Overview }>(OVERVIEW);
    expect(myOverview.involvements).toEqual([{ familyName: 'Gezin Yilmaz-de Groot', task: 'Regie en aanspreekpunt voor iedereen', isRegisseur: true, stalled: false }]);
    expect(myOverview.agreementsNeedingAttention.map((a) => [a.text, a.status, a.statusReason, a.assigneeName])).toEqual([
      ['Tas met luiers, voeding en kleren staat klaar bij oma', 'OPEN', null, 'Selin Yilmaz'],
      [null, 'OPEN', null, 'Fatima'],
      ['Vervoer naar de opvang is geregeld', 'NOT_KEPT', 'Auto is verkocht', 'Rick de Groot'],
    ]);
    expect(myOverview.evaluationsDue.map((e) => e.text)).toEqual(['Evaluatie die niet is gehouden', 'Evaluatie opvangplan']);
    expect(myOverview.stalledPlans).toEqual([]);

    await ctx.dataSource.query(`UPDATE family SET last_plan_change_at = now() - interval '43 days' WHERE id = $1`, [family.id]);
    const { myOverview: later } = await regisseur.data<{ myOverview: Overview }>(OVERVIEW);
    expect(later.stalledPlans).toEqual([{ familyName: 'Gezin Yilmaz-de Groot' }]);

    const midwifeView = await (await ctx.signIn(midwifeAccount)).data<{ myOverview: Overview }>(OVERVIEW);
    expect(midwifeView.myOverview.myOpenAgreements.map((a) => a.text)).toEqual(['Controle bij de verloskundige']);
    expect(midwifeView.myOverview.agreementsNeedingAttention).toEqual([]);

    // Each look logs one line for the family, with the involvement (role or task) as its basis.
    const lines = await ctx.dataSource.query<Array<{ accountId: string; basis: string; involvementId: string | null; consentIds: string[] }>>(
      `SELECT l.account_id AS "accountId", l.basis, l.involvement_id AS "involvementId", l.consent_ids AS "consentIds"
         FROM access_log l WHERE l.family_id = $1 AND l.list = 'overview' ORDER BY l.id`,
      [family.id],
    );
    expect(lines).toEqual([
      expect.objectContaining({ accountId: regisseurAccount.account.id, basis: 'REGISSEUR', consentIds: [] }),
      expect.objectContaining({ accountId: regisseurAccount.account.id, basis: 'REGISSEUR', consentIds: [] }),
      { accountId: midwifeAccount.account.id, basis: 'INVOLVEMENT_TASK', involvementId: midwife, consentIds: [] },
    ]);
  });

  it('always shows a broken safety agreement to the regisseur, and an overdue one; a closed plan leaves the overview', async () => {
    const regisseurAccount = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) });
    const regisseur = await ctx.signIn(regisseurAccount);
    const { createFamily: family } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string }>; network: Array<{ id: string }> } }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin Veilig',
        regisseurTask: 'Regie en veiligheid',
        members: [{ givenName: 'Sara', familyName: 'Veilig', role: 'PARENT', dateOfBirth: '1990-05-05', hasParentalAuthority: true }],
        network: [{ name: 'Buurvrouw Els', relation: 'buurvrouw' }],
      },
    });
    const add = (input: Record<string, unknown>) => regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, { input: { familyId: family.id, ...input } });
    const network = { type: 'NETWORK_MEMBER', id: family.network[0].id };
    // A standing safety agreement (no date) is broken; another is overdue; a third is standing and kept.
    const { addPlanItem: standing } = await add({ kind: 'SAFETY_AGREEMENT', category: 'SAFETY', text: 'Els belt als het misgaat', aboutMemberIds: [], assignee: network });
    await add({ kind: 'SAFETY_AGREEMENT', category: 'SAFETY', text: 'Els kijkt of de slaapkamer op slot kan', aboutMemberIds: [], assignee: network, dueOn: daysFromToday(-2) });
    await add({ kind: 'SAFETY_AGREEMENT', category: 'SAFETY', text: 'Sara slaapt bij Els als het nodig is', aboutMemberIds: [], assignee: network });
    await regisseur.data(SET_STATUS, { input: { id: standing.id, expectedVersion: standing.version, status: 'NOT_KEPT', reason: 'Els nam niet op' } });

    const { myOverview } = await regisseur.data<{ myOverview: Overview }>(OVERVIEW);
    expect(myOverview.agreementsNeedingAttention.filter((a) => a.familyName === 'Gezin Veilig').map((a) => [a.kind, a.text, a.status, a.statusReason])).toEqual([
      ['SAFETY_AGREEMENT', 'Els belt als het misgaat', 'NOT_KEPT', 'Els nam niet op'],
      ['SAFETY_AGREEMENT', 'Els kijkt of de slaapkamer op slot kan', 'OPEN', null],
    ]);

    const partnerAccount = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'VEILIG_THUIS' }) });
    await regisseur.data(INVITE, {
      input: { familyId: family.id, professionalEmail: partnerAccount.email, task: 'Veiligheidsplan', categories: ['SAFETY'], memberIds: [family.members[0].id] },
    });
    const partner = await ctx.signIn(partnerAccount);

    await regisseur.data(`mutation ($input: ClosePlanInput!) { closePlan(input: $input) { id } }`, {
      input: { familyId: family.id, closingReason: 'OTHER_CARE', explanation: 'Jeugdbescherming neemt het over', finalEvaluation: 'De veiligheid is nu geregeld via de gezinsvoogd.' },
    });
    const { myOverview: closed } = await regisseur.data<{ myOverview: Overview }>(OVERVIEW);
    expect(closed.involvements.map((i) => i.familyName)).not.toContain('Gezin Veilig');
    expect(closed.agreementsNeedingAttention.map((a) => a.familyName)).not.toContain('Gezin Veilig');
    // Listed apart, for the regisseur and a partner still involved; not for a professional who is not.
    expect(closed.closedPlans).toEqual([
      { familyName: 'Gezin Veilig', task: 'Regie en veiligheid', isRegisseur: true, closedAt: expect.any(String), closingReason: 'OTHER_CARE' },
    ]);
    const partnerSees = (await partner.data<{ myOverview: Overview }>(OVERVIEW)).myOverview;
    expect(partnerSees.closedPlans).toEqual([
      { familyName: 'Gezin Veilig', task: 'Veiligheidsplan', isRegisseur: false, closedAt: expect.any(String), closingReason: 'OTHER_CARE' },
    ]);
    expect(partnerSees.involvements.map((i) => i.familyName)).not.toContain('Gezin Veilig');
    const stranger = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) }));
    expect((await stranger.data<{ myOverview: Overview }>(OVERVIEW)).myOverview.closedPlans).toEqual([]);

    await regisseur.data(`mutation ($input: ReopenPlanInput!) { reopenPlan(input: $input) { id } }`, {
      input: { familyId: family.id, explanation: 'De gezinsvoogd stopt toch' },
    });
    const { myOverview: reopened } = await regisseur.data<{ myOverview: Overview }>(OVERVIEW);
    expect(reopened.closedPlans).toEqual([]);
    expect(reopened.involvements.map((i) => i.familyName)).toContain('Gezin Veilig');
  });
});
