import { expect } from '@jest/globals';
import { dutchToday, ErrorCode } from '@gezinsplan/domain';
import { ADD_ITEM, CREATE_FAMILY, INVITE, ItemResult, UPDATE_ITEM } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';
import { calendarSpan } from './calendar-weeks';

const CALENDAR = `query ($weeks: Int) { myCalendar(weeks: $weeks) { from until entries { familyName kind on text status assigneeName } } }`;
const CLOSE = `mutation ($input: ClosePlanInput!) { closePlan(input: $input) { id } }`;

interface Entry { familyName: string; kind: string; on: string; text: string | null; status: string | null; assigneeName: string | null }
interface Calendar { myCalendar: { from: string; until: string; entries: Entry[] } }

function daysFromToday(days: number): string {
  const date = new Date(`${dutchToday()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('the calendar of the coming weeks across my families', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  it('covers whole weeks from this Monday', () => {
    expect(calendarSpan('2026-12-04', 2)).toEqual({ from: '2026-11-30', until: '2026-12-13' });
    expect(calendarSpan('2026-11-30', 1)).toEqual({ from: '2026-11-30', until: '2026-12-06' });
    expect(calendarSpan('2026-12-06', 1)).toEqual({ from: '2026-11-30', until: '2026-12-06' });
  });

  it('shows each professional only what their access opens, from open plans, within the weeks asked', async () => {
    const regisseurAccount = await ctx.newAccount({ organisation: await ctx.newOrganisation({ name: 'Wijkteam', type: 'NEIGHBOURHOOD_TEAM' }), displayName: 'Ahmed' });
    const addictionAccount = await ctx.newAccount({ organisation: await ctx.newOrganisation({ name: 'Verslavingszorg', type: 'ADDICTION_CARE' }), displayName: 'Fatima' });
    const regisseur = await ctx.signIn(regisseurAccount);
    const addiction = await ctx.signIn(addictionAccount);
    const outsider = await ctx.signIn(await ctx.newAccount({ displayName: 'Niet betrokken' }));
    const start = (name: string) =>
      regisseur.data<{ createFamily: { id: string; members: Array<{ id: string; givenName: string }> } }>(CREATE_FAMILY, {
        input: {
          name, regisseurTask: 'Regie',
          members: [{ givenName: 'Rick', familyName: 'de Groot', role: 'PARENT', dateOfBirth: '1994-07-07', hasParentalAuthority: true }],
        },
      });
    const { createFamily: yilmaz } = await start('Gezin Yilmaz');
    const { createFamily: closed } = await start('Gezin Gesloten');
    const rick = yilmaz.members[0].id;
    const { inviteInvolvement: treatment } = await regisseur.data<{ inviteInvolvement: string }>(INVITE, {
      input: { familyId: yilmaz.id, professionalEmail: addictionAccount.email, task: 'Behandeling Rick', categories: ['ADDICTION'], memberIds: [rick] },
    });
    const add = (session: typeof regisseur, input: Record<string, unknown>) =>
      session.data<{ addPlanItem: ItemResult }>(ADD_ITEM, { input: { familyId: yilmaz.id, aboutMemberIds: [], ...input } });

    await add(regisseur, { kind: 'EVALUATION', category: 'GENERAL', text: 'Evaluatie met het gezin', dueOn: daysFromToday(3) });
    await add(regisseur, { kind: 'SAFETY_PLAN', category: 'SAFETY', text: 'Veiligheidsplan', contactName: 'Oma', planB: 'Naar oma', dueOn: daysFromToday(9) });
    await add(addiction, {
      kind: 'AGREEMENT', category: 'ADDICTION', text: 'Rick gaat naar de groep', dueOn: daysFromToday(10),
      aboutMemberIds: [rick], assignee: { type: 'INVOLVEMENT', id: treatment },
    });
    const { addPlanItem: broken } = await add(addiction, {
      kind: 'AGREEMENT', category: 'ADDICTION', text: 'Rick belt elke week', dueOn: daysFromToday(5),
      aboutMemberIds: [rick], assignee: { type: 'INVOLVEMENT', id: treatment },
    });
    await addiction.data(UPDATE_ITEM, { input: { id: broken.id, expectedVersion: broken.version, status: 'NOT_KEPT', statusReason: 'Niet gebeld.' } });
    await add(regisseur, { kind: 'EVALUATION', category: 'GENERAL', text: 'Te ver weg', dueOn: daysFromToday(200) });
    const { addPlanItem: held } = await add(regisseur, { kind: 'EVALUATION', category: 'GENERAL', text: 'Al gehouden', dueOn: daysFromToday(1) });
    await regisseur.data(UPDATE_ITEM, { input: { id: held.id, expectedVersion: held.version, status: 'HELD', outcome: 'Goed.' } });
    await regisseur.data(ADD_ITEM, { input: { familyId: closed.id, kind: 'EVALUATION', category: 'GENERAL', text: 'Gesloten plan', dueOn: daysFromToday(2), aboutMemberIds: [] } });
    await regisseur.data(CLOSE, {
      input: { familyId: closed.id, closingReason: 'GOALS_REACHED', explanation: 'Doelen bereikt.', finalEvaluation: 'Het gaat goed.' },
    });

    const mine = await regisseur.data<Calendar>(CALENDAR, { weeks: 6 });
    expect(mine.myCalendar).toMatchObject(calendarSpan(dutchToday(), 6));
    // The treatment's agreement is not the regisseur's to read: it shows as a stub (who, by when, status).
    expect(mine.myCalendar.entries).toEqual([
      { familyName: 'Gezin Yilmaz', kind: 'EVALUATION', on: daysFromToday(3), text: 'Evaluatie met het gezin', status: 'PLANNED', assigneeName: null },
      { familyName: 'Gezin Yilmaz', kind: 'SAFETY_PLAN', on: daysFromToday(9), text: 'Veiligheidsplan', status: null, assigneeName: null },
      { familyName: 'Gezin Yilmaz', kind: 'AGREEMENT', on: daysFromToday(10), text: null, status: 'OPEN', assigneeName: 'Fatima' },
    ]);

    // The partner's task opens their own agreement, not the general evaluation or the safety plan.
    const theirs = await addiction.data<Calendar>(CALENDAR, {});
    expect(theirs.myCalendar.entries.map((entry) => [entry.kind, entry.text])).toEqual([['AGREEMENT', 'Rick gaat naar de groep']]);

    // Another partner learns who carries each agreement and by when, not where it stands: the stubs
    // come without a status, and the one not kept is listed like the open one. Leaving it out would
    // tell, beside the plan page's stub with the same date, that it is no longer open.
    const gpAccount = await ctx.newAccount({ organisation: await ctx.newOrganisation({ name: 'Huisarts', type: 'GENERAL_PRACTITIONER' }), displayName: 'Dokter' });
    await regisseur.data(INVITE, { input: { familyId: yilmaz.id, professionalEmail: gpAccount.email, task: 'Huisarts', categories: ['GENERAL'], memberIds: [rick] } });
    const gp = await ctx.signIn(gpAccount);
    expect((await gp.data<Calendar>(CALENDAR, {})).myCalendar.entries).toEqual([
      { familyName: 'Gezin Yilmaz', kind: 'AGREEMENT', on: daysFromToday(5), text: null, status: null, assigneeName: 'Fatima' },
      { familyName: 'Gezin Yilmaz', kind: 'AGREEMENT', on: daysFromToday(10), text: null, status: null, assigneeName: 'Fatima' },
    ]);
    const gpPlan = await gp.data<{ family: { plan: Array<{ kind: string; dueOn: string | null }> } }>(
      `query ($id: ID!) { family(id: $id) { plan { kind dueOn } } }`,
      { id: yilmaz.id },
    );
    expect(gpPlan.family.plan.filter((item) => item.kind === 'AGREEMENT').map((item) => item.dueOn).sort()).toEqual([daysFromToday(5), daysFromToday(10)]);

    expect((await outsider.data<Calendar>(CALENDAR, {})).myCalendar.entries).toEqual([]);
  });

  it('refuses a number of weeks it does not show, naming the field', async () => {
    const session = await ctx.signIn(await ctx.newAccount());
    const { errors } = await session.request(CALENDAR, { weeks: 13 });
    expect(errors?.[0]?.extensions?.['code']).toBe(ErrorCode.BadUserInput);
    expect(errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'weeks' })]);
  });
});
