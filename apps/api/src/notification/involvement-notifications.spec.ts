import { GraphQLSession } from '../testing/graphql-session';
import { Mailbox } from '../testing/mailbox';
import { ACCEPT_HANDOVER, CREATE_FAMILY, HAND_OVER, INVITE } from '../testing/plan-operations';
import { TestAccount, TestContext } from '../testing/test-context';

const MINE = `{ myNotifications { id kind message familyId familyName readAt } }`;
const SET_EMAIL = `mutation ($email: NotificationEmailFrequency!) { setNotificationEmail(input: { email: $email }) { email } }`;
const MAIL = { smtpUrl: '', from: 'Gezinsplan <noreply@gezinsplan.example>' };

/**
 * A professional is invited to a family, or becomes its regisseur by a
 * handover: that professional is told, in the app and by e-mail through the
 * queue, and nobody else; the e-mail names no family.
 */
describe('notifications of an invitation and of becoming regisseur', () => {
  let mailbox: Mailbox;
  /** The instance where things happen; it sends no mail itself. */
  let ctx: TestContext;
  let sender: TestContext | undefined;
  let regisseur: TestAccount;
  let regisseurSession: GraphQLSession;
  let familyId: string;
  let familyName: string;
  let sem: string;

  const newProfessional = async () => ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'OTHER' }) });
  const invite = async (who: TestAccount, startsOn?: string) =>
    (
      await regisseurSession.data<{ inviteInvolvement: string }>(INVITE, {
        input: { familyId, professionalEmail: who.email, task: 'Taak', categories: ['FINANCES'], memberIds: [sem], ...(startsOn ? { startsOn } : {}) },
      })
    ).inviteInvolvement;
  const notificationsOf = async (who: TestAccount, kind: string) =>
    (await (await ctx.signIn(who)).data<{ myNotifications: Array<{ kind: string; message: string | null; familyId: string | null; familyName: string | null }> }>(MINE)).myNotifications.filter(
      (n) => n.kind === kind,
    );
  const settle = () => new Promise((resolve) => setTimeout(resolve, 2500));

  beforeAll(async () => {
    mailbox = await Mailbox.start();
    ctx = await TestContext.create({ mail: { ...MAIL, smtpUrl: mailbox.url }, notifications: { worker: false } });
    regisseur = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) });
    regisseurSession = await ctx.signIn(regisseur);
    familyName = `Gezin Bakker ${regisseur.account.id.slice(0, 4)}`;
    const { createFamily } = await regisseurSession.data<{ createFamily: { id: string; members: Array<{ id: string; givenName: string }> } }>(
      CREATE_FAMILY,
      {
        input: {
          name: familyName,
          regisseurTask: 'Regie',
          members: [{ givenName: 'Noor', familyName: 'Bakker', role: 'CHILD', dateOfBirth: '2015-02-11', hasParentalAuthority: false, livesAtHome: true }],
        },
      },
    );
    familyId = createFamily.id;
    sem = createFamily.members[0].id;
  });

  afterAll(async () => {
    await sender?.close();
    await ctx.close();
    await mailbox.close();
  });

  it('tells only the invited professional, and keeps the e-mail queued until an instance that sends starts', async () => {
    const invited = await newProfessional();
    const bystander = await newProfessional();
    await invite(bystander);
    await invite(invited);
    await settle();
    expect(mailbox.received).toHaveLength(0);
    sender = await TestContext.sameDatabase(ctx, { mail: { ...MAIL, smtpUrl: mailbox.url } });
    await mailbox.waitFor(invited.email);
    await mailbox.waitFor(bystander.email);
    await settle();
    expect(mailbox.received.map((m) => m.to).flat().sort()).toEqual([bystander.email, invited.email].sort());
    expect(await notificationsOf(invited, 'INVITED')).toEqual([
      expect.objectContaining({ familyName, familyId, message: null }),
    ]);
    expect(await notificationsOf(regisseur, 'INVITED')).toHaveLength(0);
    expect(await notificationsOf(bystander, 'INVITED')).toHaveLength(1);
    for (const mail of mailbox.received) {
      for (const secret of [familyName, 'Bakker', 'Noor']) expect(mail.raw).not.toContain(secret);
      expect(mail.raw).toContain('/meldingen');
    }
  });

  it('does not name the family before the invitation gives access', async () => {
    const later = await newProfessional();
    const startsOn = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await invite(later, startsOn);
    const [notification] = await notificationsOf(later, 'INVITED');
    expect(notification.familyName).toBeNull();
    // Nor by its id: nothing in the notification identifies the family before the involvement starts.
    expect(notification.familyId).toBeNull();
    const [{ params }] = (await ctx.dataSource.query(`SELECT params FROM notification WHERE account_id = $1 AND kind = 'INVITED'`, [
      later.account.id,
    ])) as Array<{ params: { familyHiddenUntil: string } }>;
    expect(params).toMatchObject({ familyHiddenUntil: startsOn });
  });

  it('tells the new regisseur after a handover, and follows their setting: off means the app only', async () => {
    const next = await newProfessional();
    const involvementId = await invite(next);
    await mailbox.waitFor(next.email);
    await (await ctx.signIn(next)).data(SET_EMAIL, { email: 'OFF' });
    mailbox.clear();
    const { handOverRegisseur: proposalId } = await regisseurSession.data<{ handOverRegisseur: string }>(HAND_OVER, {
      input: { familyId, toInvolvementId: involvementId, note: 'Overdracht van de regie' },
    });
    // Proposed, not yet regisseur: "became regisseur" waits for the acceptance.
    expect(await notificationsOf(next, 'REGISSEUR_PROPOSED')).toEqual([expect.objectContaining({ familyName })]);
    expect(await notificationsOf(next, 'BECAME_REGISSEUR')).toHaveLength(0);
    await (await ctx.signIn(next)).data(ACCEPT_HANDOVER, { id: proposalId });
    expect(await notificationsOf(regisseur, 'REGISSEUR_PROPOSAL_ACCEPTED')).toEqual([expect.objectContaining({ familyName })]);
    expect(await notificationsOf(next, 'BECAME_REGISSEUR')).toEqual([
      expect.objectContaining({ familyName }),
    ]);
    expect(await notificationsOf(regisseur, 'BECAME_REGISSEUR')).toHaveLength(0);
    await settle();
    expect(mailbox.to(next.email)).toHaveLength(0);
  });
});
