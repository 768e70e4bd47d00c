import { GraphQLSession } from '../testing/graphql-session';
import { Mailbox } from '../testing/mailbox';
import { ADD_ITEM, CREATE_FAMILY, INVITE, RESPOND } from '../testing/plan-operations';
import { TestAccount, TestContext } from '../testing/test-context';
import { NotificationMailWorker } from './notification-mail.worker';

const SETTINGS = `{ notificationSettings { email unread } }`;
const SET_EMAIL = `mutation ($email: NotificationEmailFrequency!) { setNotificationEmail(input: { email: $email }) { email unread } }`;
const MINE = `{ myNotifications { id kind message familyName readAt } }`;
const MAIL = { smtpUrl: '', from: 'Gezinsplan <noreply@gezinsplan.example>' };
const ITEM_TEXT = 'Sem komt elke ochtend te laat; gesprek met moeder gepland.';
const COMMENT_TEXT = 'Dat klopt niet, de bus rijdt niet meer.';

/**
 * The mother comments on the school's logbook entry: the school (its author)
 * and the regisseur are told, in the app and by e-mail through the queue;
 * nobody else is, and no e-mail carries the family's name or anything written.
 */
describe('notifications when the family responds', () => {
  let mailbox: Mailbox;
  /** The instance where things happen; it sends no mail itself. */
  let ctx: TestContext;
  /** Instances that start later on the same database and send the queued mail. */
  const senders: TestContext[] = [];
  let regisseur: TestAccount;
  let school: TestAccount;
  let homeSupport: TestAccount;
  let mother: GraphQLSession;
  let itemId: string;
  let familyName: string;

  const sessionOf = (who: TestAccount) => ctx.signIn(who);
  const comment = async (text = COMMENT_TEXT) =>
    (await mother.data<{ respondToPlanItem: { id: string } }>(RESPOND, { input: { targetItemId: itemId, kind: 'COMMENT', text } })).respondToPlanItem.id;
  const notificationsOf = async (who: TestAccount) =>
    (await (await sessionOf(who)).data<{ myNotifications: Array<{ kind: string; message: string | null; familyName: string | null }> }>(MINE)).myNotifications.filter(
      (n) => n.kind === 'FAMILY_RESPONDED',
    );
  const settle = () => new Promise((resolve) => setTimeout(resolve, 2500));

  beforeAll(async () => {
    mailbox = await Mailbox.start();
    ctx = await TestContext.create({ mail: { ...MAIL, smtpUrl: mailbox.url }, notifications: { worker: false } });
    regisseur = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) });
    school = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'SCHOOL' }) });
    homeSupport = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'OTHER' }) });
    const regisseurSession = await sessionOf(regisseur);
    familyName = `Gezin Wolters ${regisseur.account.id.slice(0, 4)}`;
    const { createFamily } = await regisseurSession.data<{ createFamily: { id: string; members: Array<{ id: string; givenName: string }> } }>(
      CREATE_FAMILY,
      {
        input: {
          name: familyName,
          regisseurTask: 'Regie',
          members: [
            { givenName: 'Mirjam', familyName: 'Wolters', role: 'PARENT', dateOfBirth: '1984-03-09', hasParentalAuthority: true, livesAtHome: true },
            { givenName: 'Sem', familyName: 'Wolters', role: 'CHILD', dateOfBirth: '2016-06-21', hasParentalAuthority: false, livesAtHome: true },
          ],
        },
      },
    );
    const [mirjam, sem] = ['Mirjam', 'Sem'].map((name) => createFamily.members.find((m) => m.givenName === name)!.id);
    for (const [who, categories] of [[school, ['SCHOOL']], [homeSupport, ['FINANCES']]] as const) {
      await regisseurSession.data(INVITE, { input: { familyId: createFamily.id, professionalEmail: who.email, task: 'Taak', categories, memberIds: [sem] } });
    }
    ({ addPlanItem: { id: itemId } } = await (await sessionOf(school)).data<{ addPlanItem: { id: string } }>(ADD_ITEM, {
      input: { familyId: createFamily.id, kind: 'LOG_ENTRY', category: 'SCHOOL', text: ITEM_TEXT, aboutMemberIds: [sem] },
    }));
    mother = await ctx.signIn(await ctx.linkAccount({ memberId: mirjam }));
  });

  afterAll(async () => {
    for (const sender of senders) await sender.close();
    await ctx.close();
    await mailbox.close();
  });

  it('keeps the e-mail queued while no instance sends, and a later instance sends it: a restart loses nothing', async () => {
    await comment();
    await settle();
    expect(mailbox.received).toHaveLength(0);
    const [{ queued }] = (await ctx.dataSource.query(
      `SELECT count(*)::int AS queued FROM pgboss.job j JOIN notification n ON n.id = (j.data->>'notificationId')::uuid
        WHERE j.name = 'notification-mail' AND j.state = 'created' AND n.kind = 'FAMILY_RESPONDED'`,
    )) as Array<{ queued: number }>;
    expect(queued).toBe(2);

    senders.push(await TestContext.sameDatabase(ctx, { mail: { ...MAIL, smtpUrl: mailbox.url } }));
    // The invitations of the school and home support in the set-up were queued too, and leave now.
    await mailbox.waitFor(school.email, 2);
    await mailbox.waitFor(homeSupport.email);
    await mailbox.waitFor(regisseur.email);
  });

  it('tells the item’s author and the regisseur, in the app and by e-mail, and nobody else', async () => {
    mailbox.clear();
    await comment();
    await mailbox.waitFor(school.email);
    await mailbox.waitFor(regisseur.email);
    await settle();
    expect(mailbox.received.map((m) => m.to).flat().sort()).toEqual([regisseur.email, school.email].sort());

    expect(await notificationsOf(school)).toHaveLength(2);
    // Kind and family, rendered by the web's message files: no sentence is stored.
    expect((await notificationsOf(regisseur))[0]).toMatchObject({ familyName, message: null });
    expect(await notificationsOf(homeSupport)).toHaveLength(0);
    const [{ others }] = (await ctx.dataSource.query(
      `SELECT count(*)::int AS others FROM notification WHERE kind = 'FAMILY_RESPONDED' AND account_id NOT IN ($1, $2)`,
      [school.account.id, regisseur.account.id],
    )) as Array<{ others: number }>;
    expect(others).toBe(0);
  });

  it('never puts the family, a name or anything written into an e-mail', async () => {
    for (const mail of mailbox.received) {
      for (const secret of [familyName, 'Wolters', 'Mirjam', 'Sem', ITEM_TEXT, COMMENT_TEXT, 'bus']) expect(mail.raw).not.toContain(secret);
      expect(mail.raw).toContain('/meldingen');
    }
  });

  it('follows each person’s setting: off means the app only', async () => {
    const session = await sessionOf(regisseur);
    expect(await session.data(SET_EMAIL, { email: 'OFF' })).toEqual({ setNotificationEmail: { email: 'OFF', unread: 2 } });
    mailbox.clear();
    await comment();
    await mailbox.waitFor(school.email);
    await settle();
    expect(mailbox.to(regisseur.email)).toHaveLength(0);
    expect((await session.data<{ notificationSettings: { unread: number } }>(SETTINGS)).notificationSettings.unread).toBe(3);
    await session.data(SET_EMAIL, { email: 'IMMEDIATELY' });
  });

  it('sends each e-mail once with two instances sending, and a second delivery of one job sends nothing', async () => {
    senders.push(await TestContext.sameDatabase(ctx, { mail: { ...MAIL, smtpUrl: mailbox.url } }));
    mailbox.clear();
    const comments = 6;
    for (let i = 0; i < comments; i++) await comment(`Reactie ${i}`);
    await mailbox.waitFor(school.email, comments, 20_000);
    await mailbox.waitFor(regisseur.email, comments, 20_000);
    await settle();
    expect(mailbox.to(school.email)).toHaveLength(comments);
    expect(mailbox.to(regisseur.email)).toHaveLength(comments);

    const [{ id }] = (await ctx.dataSource.query(
      `SELECT id FROM notification WHERE account_id = $1 AND kind = 'FAMILY_RESPONDED' ORDER BY created_at DESC LIMIT 1`,
      [school.account.id],
    )) as Array<{ id: string }>;
    await Promise.all(senders.map((sender) => sender.app.get(NotificationMailWorker).deliver({ notificationId: id })));
    await settle();
    expect(mailbox.to(school.email)).toHaveLength(comments);
  });
});
