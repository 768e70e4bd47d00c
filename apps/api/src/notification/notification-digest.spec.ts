import { ADD_ITEM, RESPOND } from '../testing/plan-operations';
import { NotificationFamily, settle } from '../testing/notification-family';
import { NotificationDigest } from './notification-digest';

const SET_EMAIL = `mutation ($email: NotificationEmailFrequency!) { setNotificationEmail(input: { email: $email }) { email } }`;
const MARK_READ = `mutation ($id: ID!) { markNotificationRead(id: $id) }`;
const ITEM_TEXT = 'Moeder belt de school over de ochtenden.';

/**
 * Someone who chose a daily digest gets no mail per notification, but one a
 * day with the number of unread notifications since the last digest; sent once
 * with two instances running the job, and carrying nothing of the case.
 */
describe('the daily digest', () => {
  let family: NotificationFamily;
  let itemId: string;

  const comment = async (text: string) => {
    const mother = await family.ctx.signIn(family.mother);
    await mother.data(RESPOND, { input: { targetItemId: itemId, kind: 'COMMENT', text } });
  };
  const digestOnAll = async () =>
    (await Promise.all(family.senders.map((sender) => sender.app.get(NotificationDigest).sendAll()))).reduce((a, b) => a + b, 0);

  beforeAll(async () => {
    family = await NotificationFamily.create('Gezin Wolters');
    ({ addPlanItem: { id: itemId } } = await family.regisseurSession.data<{ addPlanItem: { id: string } }>(ADD_ITEM, {
      input: { familyId: family.familyId, kind: 'LOG_ENTRY', category: 'GENERAL', text: ITEM_TEXT, aboutMemberIds: [family.childMemberId] },
    }));
    expect(await family.regisseurSession.data(SET_EMAIL, { email: 'DAILY' })).toEqual({ setNotificationEmail: { email: 'DAILY' } });
    await family.startSender();
    await family.startSender();
  });

  afterAll(() => family.close());

  it('sends no mail per notification to someone who chose the digest', async () => {
    for (const text of ['Eerste reactie', 'Tweede reactie', 'Derde reactie']) await comment(text);
    await settle();
    expect(await family.notificationsOf(family.regisseur, 'FAMILY_RESPONDED')).toHaveLength(3);
    expect(family.mailbox.to(family.regisseur.email)).toHaveLength(0);
  });

  it('sends one digest with the number of unread notifications, once with two instances running the job', async () => {
    const [{ id }] = (await family.ctx.dataSource.query(`SELECT id FROM notification WHERE account_id = $1 LIMIT 1`, [
      family.regisseur.account.id,
    ])) as Array<{ id: string }>;
    await family.regisseurSession.data(MARK_READ, { id });
    expect(await digestOnAll()).toBe(1);
    const [digest] = family.mailbox.to(family.regisseur.email);
    expect(digest.raw).toContain('Er zijn 2 nieuwe meldingen voor u in Gezinsplan');
    expect(family.mailLeaks([ITEM_TEXT, 'reactie'])).toEqual([]);
    expect(await digestOnAll()).toBe(0);
  });

  it('counts only what is new since the last digest', async () => {
    family.mailbox.clear();
    await comment('Vierde reactie');
    expect(await digestOnAll()).toBe(1);
    expect(family.mailbox.to(family.regisseur.email).map((mail) => mail.raw.includes('Er is 1 nieuwe melding'))).toEqual([true]);
  });

  it('sends no digest to someone who chose mail at once or no mail', async () => {
    await family.regisseurSession.data(SET_EMAIL, { email: 'OFF' });
    family.mailbox.clear();
    await comment('Vijfde reactie');
    expect(await digestOnAll()).toBe(0);
    await settle();
    expect(family.mailbox.to(family.regisseur.email)).toHaveLength(0);
  });
});
