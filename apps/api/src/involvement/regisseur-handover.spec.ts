import { expect } from '@jest/globals';
import { ErrorCode } from '@gezinsplan/domain';
import { GraphQLSession } from '../testing/graphql-session';
import {
  ACCEPT_HANDOVER,
  ADOPT,
  CREATE_FAMILY,
  DECLINE_HANDOVER,
  END_INVOLVEMENT,
  FAMILY,
  HAND_OVER,
  INVITE,
  MY_HANDOVER_PROPOSALS,
  OPEN_HANDOVER,
  WITHDRAW_HANDOVER,
} from '../testing/plan-operations';
import { TestAccount, TestContext } from '../testing/test-context';

interface Seen {
  family: {
    myRelation: { isRegisseur: boolean };
    involvements: Array<{ id: string; professionalName: string; isRegisseur: boolean; version: number }>;
    regisseurHistory: Array<{ professionalName: string; endedAt: string | null; handoverNote: string | null }>;
  };
}
interface Proposal {
  id: string;
  familyId: string;
  familyName: string;
  toProfessionalName: string;
  proposedByName: string;
  note: string | null;
}

const NOTE = 'Ria werkt goed mee; let op de schulden en de post.';

/**
 * Handing the regisseur role over is a proposal (issue 12, item 5): the role
 * moves only when the proposed professional accepts, in one transaction; until
 * then the proposer stays regisseur with all rights.
 */
describe('regisseur handover: propose, accept, decline, withdraw', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  interface World {
    familyId: string;
    regisseur: TestAccount;
    regisseurSession: GraphQLSession;
    next: TestAccount;
    nextSession: GraphQLSession;
    nextInvolvement: string;
    colleague: TestAccount;
    colleagueSession: GraphQLSession;
    colleagueInvolvement: string;
    memberId: string;
  }

  async function world(name: string): Promise<World> {
    const organisation = await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' });
    const regisseur = await ctx.newAccount({ organisation, displayName: `Sanne ${name}` });
    const next = await ctx.newAccount({ organisation, displayName: `Ahmed ${name}` });
    const colleague = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'SCHOOL' }), displayName: `Bram ${name}` });
    const regisseurSession = await ctx.signIn(regisseur);
    const { createFamily } = await regisseurSession.data<{ createFamily: { id: string; members: Array<{ id: string }> } }>(CREATE_FAMILY, {
      input: {
        name,
        regisseurTask: 'Regie',
        members: [{ givenName: 'Ria', familyName: 'Bakker', role: 'PARENT', dateOfBirth: '1990-01-01', hasParentalAuthority: true }],
      },
    });
    const invite = async (who: TestAccount, categories: string[]) =>
      (
        await regisseurSession.data<{ inviteInvolvement: string }>(INVITE, {
          input: { familyId: createFamily.id, professionalEmail: who.email, task: 'Taak', categories, memberIds: [createFamily.members[0].id] },
        })
      ).inviteInvolvement;
    return {
      familyId: createFamily.id,
      regisseur,
      regisseurSession,
      next,
      nextSession: await ctx.signIn(next),
      nextInvolvement: await invite(next, ['GENERAL']),
      colleague,
      colleagueSession: await ctx.signIn(colleague),
      colleagueInvolvement: await invite(colleague, ['SCHOOL']),
      memberId: createFamily.members[0].id,
    };
  }

  const propose = async (w: World, toInvolvementId = w.nextInvolvement) =>
    (await w.regisseurSession.data<{ handOverRegisseur: string }>(HAND_OVER, { input: { familyId: w.familyId, toInvolvementId, note: NOTE } }))
      .handOverRegisseur;
  const seen = async (session: GraphQLSession, familyId: string) => (await session.data<Seen>(FAMILY, { id: familyId })).family;
  const open = async (session: GraphQLSession, familyId: string) =>
    (await session.data<{ family: { openRegisseurHandover: Proposal | null } }>(OPEN_HANDOVER, { id: familyId })).family.openRegisseurHandover;
  const waiting = async (session: GraphQLSession) =>
    (await session.data<{ myRegisseurHandoverProposals: Proposal[] }>(MY_HANDOVER_PROPOSALS)).myRegisseurHandoverProposals;
  const notifications = async (who: TestAccount, familyId: string) =>
    (
      (await ctx.dataSource.query(`SELECT kind FROM notification WHERE account_id = $1 AND family_id = $2 ORDER BY created_at, kind`, [
        who.account.id,
        familyId,
      ])) as Array<{ kind: string }>
    ).map((n) => n.kind);
  /** The proposed professional's "give your answer", as their notification list shows it. */
  const proposedNotice = async (session: GraphQLSession, familyId: string) =>
    (await session.data<{ myNotifications: Array<{ kind: string; familyId: string | null; settled: string | null; readAt: string | null }> }>(
      `{ myNotifications { kind familyId settled readAt } }`,
    )).myNotifications
      .filter((n) => n.kind === 'REGISSEUR_PROPOSED' && n.familyId === familyId)
      .map(({ settled, readAt }) => ({ settled, read: readAt !== null }));

  it('a proposal moves no rights: the proposer stays regisseur, the proposed professional keeps their own task', async () => {
    const w = await world('Gezin Voorstel');
    await propose(w);
    expect((await seen(w.regisseurSession, w.familyId)).myRelation.isRegisseur).toBe(true);
    expect((await seen(w.nextSession, w.familyId)).myRelation.isRegisseur).toBe(false);
    // Coordination stays the proposer's: she adopts, he may not.
    await w.regisseurSession.data(ADOPT, { familyId: w.familyId });
    expect(await w.nextSession.errorCode(ADOPT, { familyId: w.familyId })).toBe(ErrorCode.Forbidden);
    // Who sees the proposal: the regisseur and the proposed professional, nobody else.
    const expected = { familyName: 'Gezin Voorstel', toProfessionalName: w.next.account.displayName, proposedByName: w.regisseur.account.displayName, note: NOTE };
    expect(await open(w.regisseurSession, w.familyId)).toMatchObject(expected);
    expect(await open(w.nextSession, w.familyId)).toMatchObject(expected);
    expect(await open(w.colleagueSession, w.familyId)).toBeNull();
    expect(await waiting(w.nextSession)).toEqual([expect.objectContaining({ ...expected, familyId: w.familyId })]);
    expect(await waiting(w.colleagueSession)).toEqual([]);
    expect(await waiting(w.regisseurSession)).toEqual([]);
    // Only the proposed professional is told, and not yet "became regisseur".
    expect(await notifications(w.next, w.familyId)).toEqual(['INVITED', 'REGISSEUR_PROPOSED']);
    expect(await notifications(w.regisseur, w.familyId)).toEqual([]);
    expect(await notifications(w.colleague, w.familyId)).toEqual(['INVITED']);
  });

  it('accepting moves the role at once, with the note in the history, and tells the proposer', async () => {
    const w = await world('Gezin Akkoord');
    const proposalId = await propose(w);
    const { acceptRegisseurHandover } = await w.nextSession.data<{ acceptRegisseurHandover: string }>(ACCEPT_HANDOVER, { id: proposalId });
    expect(acceptRegisseurHandover).toBe(w.familyId);
    const after = await seen(w.nextSession, w.familyId);
    expect(after.myRelation.isRegisseur).toBe(true);
    expect(after.regisseurHistory).toEqual([
      expect.objectContaining({ professionalName: w.regisseur.account.displayName, endedAt: expect.any(String), handoverNote: null }),
      expect.objectContaining({ professionalName: w.next.account.displayName, endedAt: null, handoverNote: NOTE }),
    ]);
    expect(after.involvements.filter((i) => i.isRegisseur).map((i) => i.id)).toEqual([w.nextInvolvement]);
    expect(await w.regisseurSession.errorCode(ADOPT, { familyId: w.familyId })).toBe(ErrorCode.Forbidden);
    await w.nextSession.data(ADOPT, { familyId: w.familyId });
    expect(await open(w.nextSession, w.familyId)).toBeNull();
    expect(await waiting(w.nextSession)).toEqual([]);
    expect(await notifications(w.next, w.familyId)).toEqual(['INVITED', 'REGISSEUR_PROPOSED', 'BECAME_REGISSEUR']);
    expect(await proposedNotice(w.nextSession, w.familyId)).toEqual([{ settled: 'ACCEPTED', read: true }]);
    expect(await notifications(w.regisseur, w.familyId)).toEqual(['REGISSEUR_PROPOSAL_ACCEPTED']);
    expect(await notifications(w.colleague, w.familyId)).toEqual(['INVITED']);
    // Answered once: a second answer finds nothing.
    expect(await w.nextSession.errorCode(ACCEPT_HANDOVER, { id: proposalId })).toBe(ErrorCode.NotFound);
  });

  it('declining changes nothing but the proposal; the proposer is told and may propose again', async () => {
    const w = await world('Gezin Nee');
    const proposalId = await propose(w);
    expect(
      await w.nextSession.errorCode(DECLINE_HANDOVER, { input: { proposalId, reason: 'x'.repeat(2001) } }),
    ).toBe(ErrorCode.BadUserInput);
    await w.nextSession.data(DECLINE_HANDOVER, { input: { proposalId, reason: 'Geen ruimte in mijn caseload' } });
    expect((await seen(w.regisseurSession, w.familyId)).myRelation.isRegisseur).toBe(true);
    expect((await seen(w.nextSession, w.familyId)).regisseurHistory).toHaveLength(1);
    expect(await notifications(w.regisseur, w.familyId)).toEqual(['REGISSEUR_PROPOSAL_DECLINED']);
    expect(await notifications(w.next, w.familyId)).toEqual(['INVITED', 'REGISSEUR_PROPOSED']);
    expect(await proposedNotice(w.nextSession, w.familyId)).toEqual([{ settled: 'DECLINED', read: true }]);
    const [row] = (await ctx.dataSource.query(`SELECT outcome, decline_reason FROM regisseur_handover WHERE id = $1`, [proposalId])) as Array<{
      outcome: string;
      decline_reason: string;
    }>;
    expect(row).toEqual({ outcome: 'DECLINED', decline_reason: 'Geen ruimte in mijn caseload' });
    await propose(w, w.colleagueInvolvement);
    expect(await open(w.colleagueSession, w.familyId)).toMatchObject({ toProfessionalName: w.colleague.account.displayName });
  });

  it('the regisseur withdraws; nobody else can, and the proposed professional can no longer accept', async () => {
    const w = await world('Gezin Terug');
    const proposalId = await propose(w);
    expect(await w.nextSession.errorCode(WITHDRAW_HANDOVER, { id: proposalId })).toBe(ErrorCode.NotFound);
    expect(await w.colleagueSession.errorCode(WITHDRAW_HANDOVER, { id: proposalId })).toBe(ErrorCode.NotFound);
    const notice = (await ctx.dataSource.query(`SELECT id FROM notification WHERE account_id = $1 AND kind = 'REGISSEUR_PROPOSED'`, [w.next.account.id])) as Array<{ id: string }>;
    await w.nextSession.data(`mutation ($id: ID!) { markNotificationRead(id: $id) }`, { id: notice[0].id });
    expect(await proposedNotice(w.nextSession, w.familyId)).toEqual([{ settled: null, read: true }]);
    await w.regisseurSession.data(WITHDRAW_HANDOVER, { id: proposalId });
    // No longer "give your answer": withdrawn, and new again so that the proposed professional sees it.
    expect(await proposedNotice(w.nextSession, w.familyId)).toEqual([{ settled: 'WITHDRAWN', read: false }]);
    expect(await w.nextSession.errorCode(ACCEPT_HANDOVER, { id: proposalId })).toBe(ErrorCode.NotFound);
    expect(await open(w.regisseurSession, w.familyId)).toBeNull();
    expect((await seen(w.regisseurSession, w.familyId)).myRelation.isRegisseur).toBe(true);
  });

  it('only the proposed professional answers: anyone else gets NOT_FOUND, the same as for an id that does not exist', async () => {
    const w = await world('Gezin Vreemd');
    const proposalId = await propose(w);
    const stranger = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'OTHER' }) }));
    for (const session of [w.colleagueSession, w.regisseurSession, stranger]) {
      expect(await session.errorCode(ACCEPT_HANDOVER, { id: proposalId })).toBe(ErrorCode.NotFound);
      expect(await session.errorCode(DECLINE_HANDOVER, { input: { proposalId } })).toBe(ErrorCode.NotFound);
    }
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await stranger.errorCode(ACCEPT_HANDOVER, { id: unknown })).toBe(ErrorCode.NotFound);
    expect(await w.nextSession.errorCode(ACCEPT_HANDOVER, { id: 'not-an-id' })).toBe(ErrorCode.BadUserInput);
    expect((await seen(w.regisseurSession, w.familyId)).myRelation.isRegisseur).toBe(true);
  });

  it('refuses a second open proposal with a clear CONFLICT, and the database holds one per family', async () => {
    const w = await world('Gezin Twee');
    const proposalId = await propose(w);
    const result = await w.regisseurSession.request(HAND_OVER, { input: { familyId: w.familyId, toInvolvementId: w.colleagueInvolvement, note: NOTE } });
    expect(result.errors?.[0].extensions?.['code']).toBe(ErrorCode.Conflict);
    expect(result.errors?.[0].message).toContain(`already proposed to ${w.next.account.displayName}`);
    await expect(
      ctx.dataSource.query(`INSERT INTO regisseur_handover (family_id, to_involvement_id, proposed_by_account_id) VALUES ($1, $2, $3)`, [
        w.familyId,
        w.colleagueInvolvement,
        w.regisseur.account.id,
      ]),
    ).rejects.toThrow(/regisseur_handover_one_open_per_family/);
    // Bad input names the field.
    expect(
      await w.regisseurSession.errorCode(HAND_OVER, { input: { familyId: w.familyId, toInvolvementId: w.nextInvolvement, note: 'kort' } }),
    ).toBe(ErrorCode.BadUserInput);
    // Ending the proposed involvement withdraws the proposal with it.
    const involvement = (await seen(w.regisseurSession, w.familyId)).involvements.find((i) => i.id === w.nextInvolvement)!;
    await w.regisseurSession.data(END_INVOLVEMENT, { input: { involvementId: involvement.id, expectedVersion: involvement.version, reason: 'Taak klaar' } });
    expect(await open(w.regisseurSession, w.familyId)).toBeNull();
    expect(await w.nextSession.errorCode(ACCEPT_HANDOVER, { id: proposalId })).toBe(ErrorCode.NotFound);
    await propose(w, w.colleagueInvolvement);
  });
});
