import { expect } from '@jest/globals';
import { ErrorCode } from '@gezinsplan/domain';
import { GraphQLSession } from '../testing/graphql-session';
import {
  ACCEPT_HANDOVER,
  ADD_ITEM,
  ADOPT,
  ADOPTED,
  CREATE_FAMILY,
  END_INVOLVEMENT,
  FAMILY,
  HAND_OVER,
  INVITE,
  ItemResult,
  PLAN,
  REMOVE_ITEM,
  RESPOND,
  SET_STATUS,
  UPDATE_ITEM,
} from '../testing/plan-operations';
import { TestAccount, TestContext } from '../testing/test-context';
import { Row } from '../database/typed-sql';

interface CreatedFamily {
  id: string;
  members: Array<{ id: string; givenName: string }>;
  network: Array<{ id: string; name: string }>;
  involvements: Array<{ id: string }>;
}

describe('the family plan, walked through by its people', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  async function professional(type: string, name: string): Promise<TestAccount & { session: GraphQLSession }> {
    const organisation = await ctx.newOrganisation({ name, type: type as never });
    const account = await ctx.newAccount({ organisation, displayName: `${name} medewerker` });
    return { ...account, session: await ctx.signIn(account) };
  }

  describe('scenario 3: the network carries the safety plan', () => {
    let regisseur: Awaited<ReturnType<typeof professional>>;
    let family: CreatedFamily;
    let oma: GraphQLSession;
    let neighbour: GraphQLSession;
    let mother: GraphQLSession;
    const member = (name: string) => family.members.find((m) => m.givenName === name)!.id;
    const network = (name: string) => family.network.find((n) => n.name === name)!.id;

    async function buildSafetyPlan(): Promise<void> {
      const add = (input: Record<string, unknown>) =>
        regisseur.session.data<{ addPlanItem: ItemResult }>(ADD_ITEM, { input: { familyId: family.id, ...input } });
      await add({
        kind: 'SAFETY_PLAN',
        category: 'SAFETY',
        text: 'Veiligheidsplan tijdens de scheiding',
        contactName: 'Kees Dekker',
        contactPhone: '030-1234567',
        planB: 'Als het overdragen niet lukt, halen de kinderen bij oma op en belt oma Kees.',
        dueOn: '2027-01-05',
      });
      await add({ kind: 'SAFETY_CONDITION', category: 'SAFETY', text: 'Er wordt niet geschreeuwd waar de kinderen bij zijn.' });
      await add({
        kind: 'ROSTER_ENTRY',
        category: 'SAFETY',
        text: 'Brengt Noor en Sem op woensdag van mama naar papa',
        weekday: 3,
        assignee: { type: 'NETWORK_MEMBER', id: network('Oma Truus') },
        cancelContact: 'Buurman Karel',
      });
      await add({
        kind: 'ROSTER_ENTRY',
        category: 'SAFETY',
        text: 'Haalt op vrijdag de kinderen uit school',
        weekday: 5,
        assignee: { type: 'NETWORK_MEMBER', id: network('Buurman Karel') },
      });
      await add({
        kind: 'LOG_ENTRY',
        category: 'GENERAL',
        text: 'Gesprek met beide ouders over de omgangsregeling.',
        aboutMemberIds: [member('Mirjam'), member('Dennis')],
      });
    }

    // Each test gets its own family with the safety plan built, so that each can run alone.
    beforeEach(async () => {
      regisseur = await professional('YOUTH_PROTECTION', 'Samen Veilig');
      ({ createFamily: family } = await regisseur.session.data<{ createFamily: CreatedFamily }>(CREATE_FAMILY, {
        input: {
          name: 'Gezin Verhoeven',
          regisseurTask: 'Regie en veiligheidsplan',
          members: [
            { givenName: 'Mirjam', familyName: 'Verhoeven', role: 'PARENT', dateOfBirth: '1985-02-11', hasParentalAuthority: true },
            { givenName: 'Dennis', familyName: 'Verhoeven', role: 'PARENT', dateOfBirth: '1983-06-30', hasParentalAuthority: true },
            { givenName: 'Noor', familyName: 'Verhoeven', role: 'CHILD', dateOfBirth: '2016-09-01' },
            { givenName: 'Sem', familyName: 'Verhoeven', role: 'CHILD', dateOfBirth: '2019-03-14' },
          ],
          network: [
            { name: 'Oma Truus', relation: 'grandmother', phone: '06-12345678' },
            { name: 'Buurman Karel', relation: 'neighbour' },
          ],
        },
      }));
      oma = await ctx.signIn(await ctx.linkAccount({ networkMemberId: network('Oma Truus') }));
      neighbour = await ctx.signIn(await ctx.linkAccount({ networkMemberId: network('Buurman Karel') }));
      mother = await ctx.signIn(await ctx.linkAccount({ memberId: member('Mirjam') }));
      await buildSafetyPlan();
    });

    it('lets the regisseur build the safety plan with a roster and plan B', async () => {
      const { family: seen } = await regisseur.session.data<{ family: { plan: ItemResult[] } }>(PLAN, { id: family.id });
      expect(seen.plan.map((item) => `${item.kind}:${item.access}`)).toEqual([
        'SAFETY_PLAN:FULL',
        'SAFETY_CONDITION:FULL',
        'ROSTER_ENTRY:FULL',
        'ROSTER_ENTRY:FULL',
        'LOG_ENTRY:FULL',
      ]);
    });

    it('shows a network member the safety plan, their own roster entry and nothing else', async () => {
      const { family: seen } = await oma.data<{ family: { plan: ItemResult[] } }>(PLAN, { id: family.id });
      const kinds = seen.plan.map((item) => `${item.kind}:${item.text}`);
      expect(kinds).toEqual([
        'SAFETY_PLAN:Veiligheidsplan tijdens de scheiding',
        'SAFETY_CONDITION:Er wordt niet geschreeuwd waar de kinderen bij zijn.',
        'ROSTER_ENTRY:Brengt Noor en Sem op woensdag van mama naar papa',
      ]);
      expect(seen.plan.every((item) => item.access === 'FULL')).toBe(true);
    });

    it('lets the network write in the safety logbook, which the regisseur reads', async () => {
      const { addPlanItem } = await oma.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
        input: { familyId: family.id, kind: 'LOG_ENTRY', category: 'SAFETY', text: 'Overdracht ging rustig.' },
      });
      expect(addPlanItem.author).toMatchObject({ type: 'NETWORK_MEMBER', name: 'Oma Truus' });
      const { family: regisseurView } = await regisseur.session.data<{ family: { plan: ItemResult[] } }>(PLAN, { id: family.id });
      expect(regisseurView.plan.find((i) => i.id === addPlanItem.id)?.access).toBe('FULL');
      const { family: neighbourView } = await neighbour.data<{ family: { plan: ItemResult[] } }>(PLAN, { id: family.id });
      expect(neighbourView.plan.map((i) => i.text)).toContain('Overdracht ging rustig.');
    });

    it('refuses the network anything but the safety logbook', async () => {
      const refused = await oma.request(ADD_ITEM, {
        input: { familyId: family.id, kind: 'GOAL', category: 'GENERAL', text: 'x', aboutMemberIds: [member('Noor')] },
      });
      expect(refused.errors?.[0].extensions?.['code']).toBe(ErrorCode.Forbidden);
      const wrongCategory = await oma.request(ADD_ITEM, {
        input: { familyId: family.id, kind: 'LOG_ENTRY', category: 'GENERAL', text: 'x' },
      });
      expect(wrongCategory.errors?.[0].extensions?.['code']).toBe(ErrorCode.BadUserInput);
    });

    it('lets a parent comment and record their own view, append-only', async () => {
      const { family: seen } = await mother.data<{ family: { plan: ItemResult[] } }>(PLAN, { id: family.id });
      const condition = seen.plan.find((i) => i.kind === 'SAFETY_CONDITION')!;
      const { respondToPlanItem: view } = await mother.data<{ respondToPlanItem: ItemResult }>(RESPOND, {
        input: { targetItemId: condition.id, kind: 'OWN_VIEW', text: 'Ik vind dat Dennis ook moet stoppen met appen.' },
      });
      expect(view).toMatchObject({ kind: 'OWN_VIEW', targetItemId: condition.id, category: 'SAFETY' });
      expect(await regisseur.session.errorCode(UPDATE_ITEM, { input: { id: view.id, expectedVersion: 1, text: 'weg' } })).toBe(
        ErrorCode.Forbidden,
      );
      expect(await mother.errorCode(UPDATE_ITEM, { input: { id: condition.id, expectedVersion: 1, text: 'anders' } })).toBe(
        ErrorCode.Forbidden,
      );
    });
  });

  describe('scenario 6: handover of the regisseur role', () => {
    it('passes the role with a note, keeps the history and shows the family their new contact', async () => {
      const sanne = await professional('NEIGHBOURHOOD_TEAM', 'Wijkteam West');
      const ahmed = await ctx.newAccount({
        organisation: { id: sanne.account.organisationId! } as never,
        displayName: 'Ahmed El Amrani',
      });
      const { createFamily: family } = await sanne.session.data<{ createFamily: CreatedFamily }>(CREATE_FAMILY, {
        input: {
          name: 'Gezin Bakker',
          regisseurTask: 'Regie',
          members: [{ givenName: 'Ria', familyName: 'Bakker', role: 'PARENT', dateOfBirth: '1990-01-01', hasParentalAuthority: true }],
        },
      });
      const { addPlanItem: goal } = await sanne.session.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
        input: { familyId: family.id, kind: 'GOAL', category: 'GENERAL', text: 'Ria heeft weer vast werk', aboutMemberIds: [family.members[0].id] },
      });
      const { inviteInvolvement: ahmedInvolvement } = await sanne.session.data<{ inviteInvolvement: string }>(INVITE, {
        input: { familyId: family.id, professionalEmail: ahmed.email, task: 'Regie na overdracht', categories: ['GENERAL', 'SAFETY'], memberIds: [family.members[0].id] },
      });
      const { handOverRegisseur: proposalId } = await sanne.session.data<{ handOverRegisseur: string }>(HAND_OVER, {
        input: { familyId: family.id, toInvolvementId: ahmedInvolvement, note: 'Ria werkt goed mee; let op de schulden.' },
      });
      const ahmedSession = await ctx.signIn(ahmed);
      // A proposal until Ahmed accepts (issue 12, item 5).
      await ahmedSession.data(ACCEPT_HANDOVER, { id: proposalId });
      const { family: seen } = await ahmedSession.data<{
        family: { myRelation: { isRegisseur: boolean }; regisseurHistory: Array<{ professionalName: string; endedAt: string | null; handoverNote: string | null }> };
      }>(FAMILY, { id: family.id });
      expect(seen.myRelation.isRegisseur).toBe(true);
      expect(seen.regisseurHistory).toEqual([
        expect.objectContaining({ professionalName: sanne.account.displayName, endedAt: expect.any(String), handoverNote: null }),
        expect.objectContaining({ professionalName: 'Ahmed El Amrani', endedAt: null, handoverNote: 'Ria werkt goed mee; let op de schulden.' }),
      ]);
      // The old regisseur can no longer coordinate, and her involvement can now end.
      expect(await sanne.session.errorCode(ADOPT, { familyId: family.id })).toBe(ErrorCode.Forbidden);
      const { family: before } = await ahmedSession.data<{ family: { involvements: Array<{ id: string; version: number; isRegisseur: boolean }> } }>(FAMILY, { id: family.id });
      const sanneInvolvement = before.involvements.find((i) => !i.isRegisseur)!;
      await ahmedSession.data(END_INVOLVEMENT, { input: { involvementId: sanneInvolvement.id, expectedVersion: sanneInvolvement.version, reason: 'Vertrokken bij het wijkteam' } });
      expect(await sanne.session.errorCode(PLAN, { id: family.id })).toBe(ErrorCode.NotFound);
      // Nothing of the plan is lost.
      const { family: plan } = await ahmedSession.data<{ family: { plan: ItemResult[] } }>(PLAN, { id: family.id });
      expect(plan.plan.map((i) => i.id)).toContain(goal.id);
      // The family sees its new point of contact.
      const ria = await ctx.signIn(await ctx.linkAccount({ memberId: family.members[0].id }));
      const { family: riaView } = await ria.data<{ family: { involvements: Array<{ professionalName: string; isRegisseur: boolean }> } }>(FAMILY, { id: family.id });
      expect(riaView.involvements.find((i) => i.isRegisseur)?.professionalName).toBe('Ahmed El Amrani');
    });

    it('refuses to end the regisseur’s own involvement before a handover', async () => {
      const sanne = await professional('NEIGHBOURHOOD_TEAM', 'Wijkteam Noord');
      const { createFamily: family } = await sanne.session.data<{ createFamily: CreatedFamily }>(CREATE_FAMILY, {
        input: { name: 'Gezin Smit', regisseurTask: 'Regie', members: [{ givenName: 'Jan', familyName: 'Smit', role: 'PARENT', dateOfBirth: '1980-01-01' }] },
      });
      expect(
        await sanne.session.errorCode(END_INVOLVEMENT, {
          input: { involvementId: family.involvements[0].id, expectedVersion: 1, reason: 'klaar' },
        }),
      ).toBe(ErrorCode.Conflict);
    });
  });

  describe('concurrent edits, removal and adopted versions', () => {
    it('gives a stale edit CONFLICT with the current version, never overwriting', async () => {
      const regisseur = await professional('NEIGHBOURHOOD_TEAM', 'Wijkteam Zuid');
      const { createFamily: family } = await regisseur.session.data<{ createFamily: CreatedFamily }>(CREATE_FAMILY, {
        input: { name: 'Gezin Jansen', regisseurTask: 'Regie', members: [{ givenName: 'Els', familyName: 'Jansen', role: 'PARENT', dateOfBirth: '1979-05-05', hasParentalAuthority: true }] },
      });
      const { addPlanItem: goal } = await regisseur.session.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
        input: { familyId: family.id, kind: 'GOAL', category: 'GENERAL', text: 'Els slaapt weer goed', aboutMemberIds: [family.members[0].id] },
      });
      await regisseur.session.data(UPDATE_ITEM, { input: { id: goal.id, expectedVersion: 1, text: 'Els slaapt vijf nachten per week goed' } });
      const stale = await regisseur.session.request(UPDATE_ITEM, { input: { id: goal.id, expectedVersion: 1, text: 'Iets anders' } });
      expect(stale.errors?.[0].extensions?.['code']).toBe(ErrorCode.Conflict);
      expect(stale.errors?.[0].extensions?.['current']).toMatchObject({ version: 2, text: 'Els slaapt vijf nachten per week goed' });

      const { adoptPlan } = await regisseur.session.data<{ adoptPlan: { number: number } }>(ADOPT, { familyId: family.id, note: 'Eerste plan' });
      expect(adoptPlan.number).toBe(1);
      await regisseur.session.data(UPDATE_ITEM, { input: { id: goal.id, expectedVersion: 2, text: 'Els slaapt elke nacht goed' } });
      await regisseur.session.data(REMOVE_ITEM, { input: { id: goal.id, expectedVersion: 3, reason: 'Doel bereikt en afgesloten' } });

      const { family: now } = await regisseur.session.data<{ family: { plan: ItemResult[] } }>(PLAN, { id: family.id });
      expect(now.plan).toEqual([]);
      const { family: adopted } = await regisseur.session.data<{
        family: { adoptedVersions: Array<{ number: number }>; adoptedVersion: { items: ItemResult[] } };
      }>(ADOPTED, { id: family.id, number: 1 });
      expect(adopted.adoptedVersions).toEqual([{ number: 1 }]);
      expect(adopted.adoptedVersion.items.map((i) => [i.text, i.version])).toEqual([['Els slaapt vijf nachten per week goed', 2]]);

      const history = await ctx.dataSource.query<Array<Row<'plan_item_revision', 'version' | 'removed_reason'> & { text: string | null }>>(
        `SELECT version, content->>'text' AS text, removed_reason FROM plan_item_revision WHERE item_id = $1 ORDER BY version`,
        [goal.id],
      );
      expect(history).toEqual([
        { version: 1, text: 'Els slaapt weer goed', removed_reason: null },
        { version: 2, text: 'Els slaapt vijf nachten per week goed', removed_reason: null },
        { version: 3, text: 'Els slaapt elke nacht goed', removed_reason: null },
        { version: 4, text: 'Els slaapt elke nacht goed', removed_reason: 'Doel bereikt en afgesloten' },
      ]);
      await expect(ctx.dataSource.query(`DELETE FROM plan_item WHERE id = $1`, [goal.id])).rejects.toThrow(/not allowed/);
    });

    it('lets a family member mark their own agreement done, and nothing else', async () => {
      const regisseur = await professional('NEIGHBOURHOOD_TEAM', 'Wijkteam Oost');
      const { createFamily: family } = await regisseur.session.data<{ createFamily: CreatedFamily }>(CREATE_FAMILY, {
        input: {
          name: 'Gezin Peters',
          regisseurTask: 'Regie',
          members: [
            { givenName: 'Anna', familyName: 'Peters', role: 'PARENT', dateOfBirth: '1991-01-01', hasParentalAuthority: true },
            { givenName: 'Bas', familyName: 'Peters', role: 'PARENT', dateOfBirth: '1990-01-01', hasParentalAuthority: true },
          ],
        },
      });
      const [anna, bas] = family.members;
      const agreement = (who: string) =>
        regisseur.session.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
          input: { familyId: family.id, kind: 'AGREEMENT', category: 'GENERAL', text: 'Belt de schuldhulp', dueOn: '2026-12-01', assignee: { type: 'FAMILY_MEMBER', id: who } },
        });
      const { addPlanItem: annas } = await agreement(anna.id);
      const { addPlanItem: bass } = await agreement(bas.id);
      const annaSession = await ctx.signIn(await ctx.linkAccount({ memberId: anna.id }));
      const { setAgreementStatus } = await annaSession.data<{ setAgreementStatus: ItemResult }>(SET_STATUS, {
        input: { id: annas.id, expectedVersion: 1, status: 'DONE' },
      });
      expect(setAgreementStatus.status).toBe('DONE');
      expect(await annaSession.errorCode(SET_STATUS, { input: { id: bass.id, expectedVersion: 1, status: 'DONE' } })).toBe(ErrorCode.Forbidden);
      expect(await annaSession.errorCode(SET_STATUS, { input: { id: annas.id, expectedVersion: 2, status: 'NOT_KEPT', reason: 'x' } })).toBe(ErrorCode.Forbidden);
    });
  });
});
