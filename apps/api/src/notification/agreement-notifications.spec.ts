import { ADD_ITEM, END_INVOLVEMENT, REMOVE_ITEM, SET_STATUS, UPDATE_ITEM } from '../testing/plan-operations';
import { NotificationFamily, settle } from '../testing/notification-family';
import { TestAccount } from '../testing/test-context';
import { AgreementOverdueJob } from './agreement-overdue.job';

const AGREEMENT_TEXT = 'Sem gaat elke ochtend om half acht met de bus.';
const REASON = 'De bus reed niet, moeder was ziek.';
const SCHEDULES = `SELECT name, cron, options->>'tz' AS tz FROM pgboss.schedule ORDER BY name`;
const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);

interface Agreement {
  id: string;
  version: number;
}

/**
 * Agreements changed by someone else, not kept, or overdue: the author and the
 * assignee, or the carrier and the regisseur, are told, in the app and by
 * e-mail through the queue; nobody else, never the one who acted, never
 * someone whose involvement ended; no e-mail carries anything of the case.
 */
describe('notifications about agreements', () => {
  let family: NotificationFamily;
  let school: TestAccount;
  let schoolInvolvement: string;
  let coach: TestAccount;
  let coachInvolvement: string;
  let bystander: TestAccount;

  const addAgreement = async (by: TestAccount, assignee: { type: string; id: string }, dueOn = daysFromNow(14)) =>
    (
      await (await family.ctx.signIn(by)).data<{ addPlanItem: Agreement }>(ADD_ITEM, {
        input: { familyId: family.familyId, kind: 'AGREEMENT', category: 'SCHOOL', text: AGREEMENT_TEXT, aboutMemberIds: [family.childMemberId], assignee, dueOn },
      })
    ).addPlanItem;
  const update = async (by: TestAccount, item: Agreement, text: string) =>
    (await (await family.ctx.signIn(by)).data<{ updatePlanItem: Agreement }>(UPDATE_ITEM, { input: { id: item.id, expectedVersion: item.version, text } }))
      .updatePlanItem;

  beforeAll(async () => {
    family = await NotificationFamily.create('Gezin Wolters');
    ({ account: school, involvementId: schoolInvolvement } = await family.invitePartner());
    ({ account: coach, involvementId: coachInvolvement } = await family.invitePartner());
    ({ account: bystander } = await family.invitePartner());
  });

  afterAll(() => family.close());

  it('tells the author and the assignee of a changed agreement, not the one who changed it, and keeps the mail queued until an instance sends', async () => {
    let agreement = await addAgreement(family.regisseur, { type: 'INVOLVEMENT', id: coachInvolvement });
    // The assignee changes it: the author (the regisseur) is told, not the assignee of their own change.
    agreement = await update(coach, agreement, `${AGREEMENT_TEXT} Ook op woensdag.`);
    expect(await family.notificationsOf(family.regisseur, 'AGREEMENT_CHANGED')).toEqual([
      expect.objectContaining({ familyName: family.familyName, message: null }),
    ]);
    expect(await family.othersTold('AGREEMENT_CHANGED', [family.regisseur])).toBe(0);

    // Reassigned by its author: the one it was assigned to and the one it is assigned to now are told.
    const { updatePlanItem } = await family.regisseurSession.data<{ updatePlanItem: Agreement }>(UPDATE_ITEM, {
      input: { id: agreement.id, expectedVersion: agreement.version, assignee: { type: 'INVOLVEMENT', id: schoolInvolvement } },
    });
    expect(updatePlanItem.version).toBe(agreement.version + 1);
    for (const who of [coach, school, family.regisseur]) expect(await family.notificationsOf(who, 'AGREEMENT_CHANGED')).toHaveLength(1);
    expect(await family.othersTold('AGREEMENT_CHANGED', [family.regisseur, coach, school])).toBe(0);
    expect(await family.queuedMails('AGREEMENT_CHANGED')).toBe(3);

    await settle();
    expect(family.mailbox.received).toHaveLength(0);
    await family.startSender();
    // The invitations of the set-up were queued too, and leave now.
    await family.mailbox.waitFor(coach.email, 2);
    await family.mailbox.waitFor(school.email, 2);
    await family.mailbox.waitFor(family.regisseur.email);
    await settle();
    expect([coach, school, family.regisseur, bystander].map((who) => family.mailbox.to(who.email).length)).toEqual([2, 2, 1, 1]);
    expect(family.mailLeaks([AGREEMENT_TEXT, 'woensdag', 'bus'])).toEqual([]);
  });

  it('tells the carrier (here the mother, in the portal) and the regisseur that an agreement was not kept, and not that it changed', async () => {
    const own = await addAgreement(family.regisseur, { type: 'INVOLVEMENT', id: coachInvolvement });
    await (await family.ctx.signIn(coach)).data(SET_STATUS, { input: { id: own.id, expectedVersion: own.version, status: 'NOT_KEPT', reason: REASON } });
    expect(await family.notificationsOf(family.regisseur, 'AGREEMENT_NOT_KEPT')).toHaveLength(1);
    expect(await family.notificationsOf(family.regisseur, 'AGREEMENT_CHANGED')).toHaveLength(1);
    expect(await family.othersTold('AGREEMENT_NOT_KEPT', [family.regisseur])).toBe(0);

    const mothers = await addAgreement(family.regisseur, { type: 'FAMILY_MEMBER', id: family.motherMemberId });
    await family.regisseurSession.data(SET_STATUS, { input: { id: mothers.id, expectedVersion: mothers.version, status: 'NOT_KEPT', reason: REASON } });
    expect(await family.notificationsOf(family.mother, 'AGREEMENT_NOT_KEPT')).toEqual([expect.objectContaining({ familyName: family.familyName })]);
    expect(await family.othersTold('AGREEMENT_NOT_KEPT', [family.mother, family.regisseur])).toBe(0);
    expect(await family.othersTold('AGREEMENT_CHANGED', [family.regisseur, coach, school])).toBe(0);
    await family.mailbox.waitFor(family.mother.email);
    await family.mailbox.waitFor(family.regisseur.email, 2);
    expect(family.mailLeaks([AGREEMENT_TEXT, REASON, 'bus'])).toEqual([]);
  });

  it('tells no one whose involvement ended, also when the agreement is removed', async () => {
    const agreement = await addAgreement(family.regisseur, { type: 'INVOLVEMENT', id: schoolInvolvement });
    const { family: current } = await family.regisseurSession.data<{ family: { involvements: Array<{ id: string; version: number }> } }>(
      `query ($id: ID!) { family(id: $id) { involvements { id version } } }`,
      { id: family.familyId },
    );
    const ending = current.involvements.find((i) => i.id === schoolInvolvement)!;
    await family.regisseurSession.data(END_INVOLVEMENT, { input: { involvementId: ending.id, expectedVersion: ending.version, reason: 'Klaar' } });
    const [{ told }] = await family.ctx.asOwner<{ told: number }>(`SELECT count(*)::int AS told FROM notification WHERE kind = 'AGREEMENT_CHANGED'`);
    await family.regisseurSession.data(REMOVE_ITEM, { input: { id: agreement.id, expectedVersion: agreement.version, reason: 'Niet meer nodig' } });
    const [{ after }] = await family.ctx.asOwner<{ after: number }>(`SELECT count(*)::int AS after FROM notification WHERE kind = 'AGREEMENT_CHANGED'`);
    expect(after).toBe(told);
  });

  it('tells the carrier and the regisseur of an overdue agreement once, by a daily job, even with two instances running it', async () => {
    const overdue = await addAgreement(family.regisseur, { type: 'INVOLVEMENT', id: coachInvolvement });
    await family.ctx.asOwner(`UPDATE plan_item SET due_on = $2, version = version + 1 WHERE id = $1`, [overdue.id, daysFromNow(-2)]);
    const second = await family.startSender();
    family.mailbox.clear();
    const told = await Promise.all(family.senders.map((sender) => sender.app.get(AgreementOverdueJob).noticeOverdue()));
    expect(told.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await second.app.get(AgreementOverdueJob).noticeOverdue()).toBe(0);
    expect(await family.notificationsOf(coach, 'AGREEMENT_OVERDUE')).toHaveLength(1);
    expect(await family.notificationsOf(family.regisseur, 'AGREEMENT_OVERDUE')).toHaveLength(1);
    expect(await family.othersTold('AGREEMENT_OVERDUE', [coach, family.regisseur])).toBe(0);
    await family.mailbox.waitFor(coach.email);
    await family.mailbox.waitFor(family.regisseur.email);
    await settle();
    expect(family.mailbox.to(coach.email)).toHaveLength(1);
    expect(family.mailbox.to(family.regisseur.email)).toHaveLength(1);
    expect(family.mailbox.to(bystander.email)).toHaveLength(0);
    expect(family.mailLeaks([AGREEMENT_TEXT, 'bus'])).toEqual([]);
  });

  it('schedules the overdue check and the digest daily, Dutch time, once however many instances start', async () => {
    const rows = await family.ctx.asOwner<{ name: string; cron: string; tz: string }>(SCHEDULES);
    expect(rows).toEqual([
      { name: 'agreement-overdue', cron: '0 6 * * *', tz: 'Europe/Amsterdam' },
      { name: 'notification-digest', cron: '0 7 * * *', tz: 'Europe/Amsterdam' },
    ]);
  });
});
