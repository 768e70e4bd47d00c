import { expect } from '@jest/globals';
import { dutchToday, ErrorCode } from '@gezinsplan/domain';
import {
  ADD_ITEM,
  ADOPT,
  CREATE_FAMILY,
  END_INVOLVEMENT,
  FAMILY,
  HAND_OVER,
  INVITE,
  ItemResult,
  PLAN,
  RESPOND,
  SET_STATUS,
  UPDATE_ITEM,
} from '../testing/plan-operations';
import { GraphQLSession } from '../testing/graphql-session';
import { TestContext } from '../testing/test-context';

const CLOSE = `mutation ($input: ClosePlanInput!) { closePlan(input: $input) { id closedAt } }`;
const REOPEN = `mutation ($input: ReopenPlanInput!) { reopenPlan(input: $input) { id closedAt } }`;
const CLOSURE = `query ($id: ID!) {
  family(id: $id) { id closedAt closureHistory { action closingReason explanation finalEvaluation byName at } }
}`;
const MY_FAMILIES = `{ myFamilies { id closedAt } }`;
const ADD_MEMBER = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) }`;
const RECORD_CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const WITHDRAW_CONSENT = `mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }`;

const CLOSING = {
  closingReason: 'GOALS_REACHED',
  explanation: 'De doelen zijn bereikt; het gezin redt het zelf.',
  finalEvaluation: 'Iris heeft rust gevonden en de schulden zijn geregeld.',
};

interface Closure {
  family: {
    closedAt: string | null;
    closureHistory: Array<{ action: string; closingReason: string | null; explanation: string; finalEvaluation: string | null; byName: string }>;
  };
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

describe('closing and reopening a plan', () => {
  let ctx: TestContext;
  let regisseur: GraphQLSession;
  let regisseurName: string;
  let partner: GraphQLSession;
  let mother: GraphQLSession;
  let familyId: string;
  let iris: string;
  let partnerInvolvement: string;
  let goal: ItemResult;
  let agreement: ItemResult;

  beforeAll(async () => {
    ctx = await TestContext.create();
    const regisseurAccount = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) });
    regisseurName = regisseurAccount.account.displayName;
    regisseur = await ctx.signIn(regisseurAccount);
    const partnerAccount = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'SCHOOL' }) });
    const { createFamily } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string }> } }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin Vos',
        regisseurTask: 'Regie',
        members: [{ givenName: 'Iris', familyName: 'Vos', role: 'PARENT', dateOfBirth: '1987-04-04', hasParentalAuthority: true }],
      },
    });
    familyId = createFamily.id;
    iris = createFamily.members[0].id;
    ({ inviteInvolvement: partnerInvolvement } = await regisseur.data<{ inviteInvolvement: string }>(INVITE, {
      input: { familyId, professionalEmail: partnerAccount.email, task: 'School', categories: ['SCHOOL', 'GENERAL'], memberIds: [iris] },
    }));
    ({ addPlanItem: goal } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId, kind: 'GOAL', category: 'GENERAL', text: 'Iris heeft rust', aboutMemberIds: [iris] },
    }));
    ({ addPlanItem: agreement } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: {
        familyId, kind: 'AGREEMENT', category: 'GENERAL', text: 'Iris belt de schuldhulp', aboutMemberIds: [iris],
        assignee: { type: 'FAMILY_MEMBER', id: iris }, dueOn: addDays(dutchToday(), 14),
      },
    }));
    partner = await ctx.signIn(partnerAccount);
    mother = await ctx.signIn(await ctx.linkAccount({ memberId: iris }));
  });
  afterAll(() => ctx.close());

  it('refuses closing by anyone but the regisseur, and a closing without reason or final evaluation', async () => {
    expect(await partner.errorCode(CLOSE, { input: { familyId, ...CLOSING } })).toBe(ErrorCode.Forbidden);
    expect(await mother.errorCode(CLOSE, { input: { familyId, ...CLOSING } })).toBe(ErrorCode.Forbidden);
    const stranger = await ctx.signIn(await ctx.newAccount());
    expect(await stranger.errorCode(CLOSE, { input: { familyId, ...CLOSING } })).toBe(ErrorCode.NotFound);
    const bad = await regisseur.request(CLOSE, { input: { familyId, ...CLOSING, closingReason: 'BORED', finalEvaluation: 'kort' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe(ErrorCode.BadUserInput);
    const short = await regisseur.request(CLOSE, { input: { familyId, ...CLOSING, finalEvaluation: 'kort' } });
    expect(short.errors?.[0]?.extensions?.code).toBe(ErrorCode.BadUserInput);
    expect(short.errors?.[0]?.message).toContain('finalEvaluation');
    expect((await regisseur.data<Closure>(CLOSURE, { id: familyId })).family.closedAt).toBeNull();
  });

  it('closes the plan: every write is refused with PLAN_CLOSED, for everyone', async () => {
    const { closePlan } = await regisseur.data<{ closePlan: { closedAt: string | null } }>(CLOSE, { input: { familyId, ...CLOSING } });
    expect(closePlan.closedAt).toEqual(expect.any(String));
    expect(await regisseur.errorCode(CLOSE, { input: { familyId, ...CLOSING } })).toBe(ErrorCode.Conflict);

    const writes: Array<[string, GraphQLSession, string, Record<string, unknown>]> = [
      ['regisseur adds a goal', regisseur, ADD_ITEM, { input: { familyId, kind: 'GOAL', category: 'GENERAL', text: 'Nog een doel', aboutMemberIds: [iris] } }],
      ['regisseur changes a goal', regisseur, UPDATE_ITEM, { input: { id: goal.id, expectedVersion: goal.version, text: 'Anders' } }],
      ['regisseur adopts', regisseur, ADOPT, { familyId }],
      ['regisseur invites', regisseur, INVITE, { input: { familyId, professionalEmail: (await ctx.newAccount()).email, task: 'Hulp', categories: ['GENERAL'], memberIds: [iris] } }],
      ['regisseur ends an involvement', regisseur, END_INVOLVEMENT, { input: { involvementId: partnerInvolvement, expectedVersion: 1, reason: 'Klaar' } }],
      ['regisseur hands over', regisseur, HAND_OVER, { input: { familyId, toInvolvementId: partnerInvolvement, note: 'Neem jij het over?' } }],
      ['regisseur adds a member', regisseur, ADD_MEMBER, { input: { familyId, givenName: 'Bo', familyName: 'Vos', role: 'CHILD', dateOfBirth: '2020-01-01' } }],
      ['regisseur records a consent', regisseur, RECORD_CONSENT, { input: { familyId, subjectMemberId: iris, purpose: 'PLAN_EXCHANGE', recipientInvolvementIds: [partnerInvolvement], categories: ['GENERAL'], givenByMemberIds: [iris] } }],
      ['partner writes in the logbook', partner, ADD_ITEM, { input: { familyId, kind: 'LOG_ENTRY', category: 'GENERAL', text: 'Gesprek', aboutMemberIds: [iris] } }],
      ['mother writes in the logbook', mother, ADD_ITEM, { input: { familyId, kind: 'LOG_ENTRY', category: 'GENERAL', text: 'Het gaat goed', aboutMemberIds: [iris] } }],
      ['mother comments', mother, RESPOND, { input: { targetItemId: goal.id, kind: 'COMMENT', text: 'Fijn' } }],
      ['mother marks her agreement done', mother, SET_STATUS, { input: { id: agreement.id, expectedVersion: agreement.version, status: 'DONE' } }],
    ];
    const outcomes: string[] = [];
    for (const [what, session, operation, variables] of writes) {
      const result = await session.request(operation, variables);
      outcomes.push(`${what}: ${String(result.errors?.[0]?.extensions?.code)} ${result.errors?.[0]?.message ?? ''}`);
    }
    expect(outcomes).toEqual(writes.map(([what]) => `${what}: PLAN_CLOSED This plan is closed: it can be read, not changed. The regisseur can reopen it.`));
    const stored = await ctx.asOwner<{ count: string }>(`SELECT count(*) FROM plan_item WHERE family_id = $1`, [familyId]);
    expect(stored[0].count).toBe('2');
  });

  it('keeps the closed plan readable for the family and the involved professionals, with its reason and final evaluation', async () => {
    for (const session of [mother, partner, regisseur]) {
      const { family } = await session.data<Closure>(CLOSURE, { id: familyId });
      expect(family.closedAt).toEqual(expect.any(String));
      expect(family.closureHistory).toEqual([
        { ...CLOSING, action: 'CLOSED', byName: regisseurName, at: expect.any(String) },
      ]);
    }
    const { family } = await mother.data<{ family: { plan: ItemResult[] } }>(PLAN, { id: familyId });
    expect(family.plan.map((item) => item.text)).toEqual(expect.arrayContaining(['Iris heeft rust', 'Iris belt de schuldhulp']));
    const { myFamilies } = await partner.data<{ myFamilies: Array<{ id: string; closedAt: string | null }> }>(MY_FAMILIES);
    expect(myFamilies).toContainEqual({ id: familyId, closedAt: expect.any(String) });
  });

  it('lets a family member withdraw a consent on a closed plan: that right never closes', async () => {
    await ctx.asOwner(`UPDATE family SET closed_at = NULL WHERE id = $1`, [familyId]);
    const { recordConsent } = await regisseur.data<{ recordConsent: { id: string } }>(RECORD_CONSENT, {
      input: { familyId, subjectMemberId: iris, purpose: 'PLAN_EXCHANGE', recipientInvolvementIds: [partnerInvolvement], categories: ['GENERAL'], givenByMemberIds: [iris] },
    });
    await ctx.asOwner(`UPDATE family SET closed_at = now() WHERE id = $1`, [familyId]);
    await mother.data(WITHDRAW_CONSENT, { input: { consentId: recordConsent.id } });
  });

  it('keeps the closing history append-only in the database', async () => {
    await expect(ctx.asOwner(`UPDATE plan_closure SET explanation = 'anders' WHERE family_id = $1`, [familyId])).rejects.toThrow(/append-only/);
    await expect(ctx.asOwner(`DELETE FROM plan_closure WHERE family_id = $1`, [familyId])).rejects.toThrow(/append-only/);
  });

  it('reopens the plan with a reason, by the regisseur only; writes work again and the history keeps both', async () => {
    expect(await partner.errorCode(REOPEN, { input: { familyId, explanation: 'Het gaat weer mis' } })).toBe(ErrorCode.Forbidden);
    const { reopenPlan } = await regisseur.data<{ reopenPlan: { closedAt: string | null } }>(REOPEN, {
      input: { familyId, explanation: 'Nieuwe zorgen over de schulden' },
    });
    expect(reopenPlan.closedAt).toBeNull();
    expect(await regisseur.errorCode(REOPEN, { input: { familyId, explanation: 'Nog eens' } })).toBe(ErrorCode.Conflict);
    await mother.data(ADD_ITEM, { input: { familyId, kind: 'LOG_ENTRY', category: 'GENERAL', text: 'We zijn terug', aboutMemberIds: [iris] } });
    const { family } = await mother.data<Closure>(CLOSURE, { id: familyId });
    expect(family.closureHistory.map((event) => [event.action, event.explanation])).toEqual([
      ['CLOSED', CLOSING.explanation],
      ['REOPENED', 'Nieuwe zorgen over de schulden'],
    ]);
  });
});

describe('ending an involvement on a date', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  async function familyWithPartner() {
    const regisseur = await ctx.signIn(await ctx.newAccount());
    const partnerAccount = await ctx.newAccount();
    const { createFamily } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string }> } }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin Kok',
        regisseurTask: 'Regie',
        members: [{ givenName: 'Bram', familyName: 'Kok', role: 'PARENT', dateOfBirth: '1980-02-02', hasParentalAuthority: true }],
      },
    });
    const { inviteInvolvement } = await regisseur.data<{ inviteInvolvement: string }>(INVITE, {
      input: { familyId: createFamily.id, professionalEmail: partnerAccount.email, task: 'Schuldhulp', categories: ['FINANCES'], memberIds: [createFamily.members[0].id] },
    });
    return { regisseur, partner: await ctx.signIn(partnerAccount), familyId: createFamily.id, involvementId: inviteInvolvement };
  }

  it('keeps access until the end date, and ends it from that day on', async () => {
    const { regisseur, partner, familyId, involvementId } = await familyWithPartner();
    const endsOn = addDays(dutchToday(), 7);
    await regisseur.data(END_INVOLVEMENT, { input: { involvementId, expectedVersion: 1, reason: 'Schulden geregeld', endsOn } });
    const involvementOf = async () =>
      (await regisseur.data<{ family: { involvements: Array<{ id: string; endedAt: string | null; version: number }> } }>(FAMILY, { id: familyId }))
        .family.involvements.find((i) => i.id === involvementId);
    expect(await involvementOf()).toEqual(expect.objectContaining({ endedAt: null, version: 2 }));
    await partner.data(FAMILY, { id: familyId });
    const [stored] = await ctx.asOwner<{ ends_on: string }>(`SELECT ends_on::text FROM involvement WHERE id = $1`, [involvementId]);
    expect(stored.ends_on).toBe(addDays(endsOn, -1));

    // A week passes: the period moves back seven days, as the calendar would move forward.
    await ctx.asOwner(`UPDATE involvement SET starts_on = starts_on - 7, ends_on = ends_on - 7 WHERE id = $1`, [involvementId]);
    expect(await partner.errorCode(FAMILY, { id: familyId })).toBe(ErrorCode.NotFound);
    expect(await involvementOf()).toEqual(expect.objectContaining({ endedAt: expect.any(String) }));
    expect(await regisseur.errorCode(END_INVOLVEMENT, { input: { involvementId, expectedVersion: 2, reason: 'Nog eens' } })).toBe(ErrorCode.Conflict);
  });

  it('ends at once for today, and refuses a date in the past', async () => {
    const { regisseur, partner, familyId, involvementId } = await familyWithPartner();
    const past = await regisseur.request(END_INVOLVEMENT, {
      input: { involvementId, expectedVersion: 1, reason: 'Klaar', endsOn: addDays(dutchToday(), -1) },
    });
    expect(past.errors?.[0]?.extensions?.code).toBe(ErrorCode.BadUserInput);
    expect(past.errors?.[0]?.message).toContain('endsOn');
    await partner.data(FAMILY, { id: familyId });
    await regisseur.data(END_INVOLVEMENT, { input: { involvementId, expectedVersion: 1, reason: 'Klaar', endsOn: dutchToday() } });
    expect(await partner.errorCode(FAMILY, { id: familyId })).toBe(ErrorCode.NotFound);
  });

  it('moves a later end date earlier, never later', async () => {
    const { regisseur, familyId, involvementId } = await familyWithPartner();
    await regisseur.data(END_INVOLVEMENT, { input: { involvementId, expectedVersion: 1, reason: 'Afronden', endsOn: addDays(dutchToday(), 5) } });
    await regisseur.data(END_INVOLVEMENT, { input: { involvementId, expectedVersion: 2, reason: 'Afronden', endsOn: addDays(dutchToday(), 30) } });
    const [stored] = await ctx.asOwner<{ ends_on: string }>(`SELECT ends_on::text FROM involvement WHERE id = $1 AND family_id = $2`, [involvementId, familyId]);
    expect(stored.ends_on).toBe(addDays(dutchToday(), 4));
  });
});
