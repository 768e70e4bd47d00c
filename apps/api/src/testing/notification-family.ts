import { GraphQLSession } from './graphql-session';
import { Mailbox } from './mailbox';
import { CREATE_FAMILY, INVITE } from './plan-operations';
import { TestAccount, TestContext } from './test-context';

const MINE = `{ myNotifications { id kind message familyName readAt } }`;
const MAIL = { smtpUrl: '', from: 'Gezinsplan <noreply@gezinsplan.example>' };

export interface NotificationSeen {
  kind: string;
  message: string | null;
  familyName: string | null;
}

/**
 * A family for the notification specs: a regisseur, a mother with a portal
 * account and a child, and partners invited on request. Events happen on an
 * instance that sends no mail; `startSender` starts one on the same database
 * that sends what was queued (a restart between the event and the send).
 */
export class NotificationFamily {
  readonly senders: TestContext[] = [];
  familyId = '';
  familyName = '';
  motherMemberId = '';
  childMemberId = '';
  regisseur!: TestAccount;
  regisseurSession!: GraphQLSession;
  mother!: TestAccount;

  private constructor(
    readonly ctx: TestContext,
    readonly mailbox: Mailbox,
  ) {}

  static async create(familyName: string): Promise<NotificationFamily> {
    const mailbox = await Mailbox.start();
    const ctx = await TestContext.create({ mail: { ...MAIL, smtpUrl: mailbox.url }, notifications: { worker: false } });
    const family = new NotificationFamily(ctx, mailbox);
    family.regisseur = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) });
    family.regisseurSession = await ctx.signIn(family.regisseur);
    family.familyName = `${familyName} ${family.regisseur.account.id.slice(0, 4)}`;
    const { createFamily } = await family.regisseurSession.data<{ createFamily: { id: string; members: Array<{ id: string; givenName: string }> } }>(
      CREATE_FAMILY,
      {
        input: {
          name: family.familyName,
          regisseurTask: 'Regie',
          members: [
            { givenName: 'Mirjam', familyName: 'Wolters', role: 'PARENT', dateOfBirth: '1984-03-09', hasParentalAuthority: true, livesAtHome: true },
            { givenName: 'Sem', familyName: 'Wolters', role: 'CHILD', dateOfBirth: '2016-06-21', hasParentalAuthority: false, livesAtHome: true },
          ],
        },
      },
    );
    family.familyId = createFamily.id;
    family.motherMemberId = createFamily.members.find((m) => m.givenName === 'Mirjam')!.id;
    family.childMemberId = createFamily.members.find((m) => m.givenName === 'Sem')!.id;
    family.mother = await ctx.linkAccount({ memberId: family.motherMemberId });
    return family;
  }

  /**
   * A professional invited to the family for the child, in the SCHOOL category, with the mother's
   * consent to share the child's school information with them (so they may carry an agreement
   * about it); returns the account and the involvement.
   */
  async invitePartner(): Promise<{ account: TestAccount; involvementId: string }> {
    const account = await this.ctx.newAccount({ organisation: await this.ctx.newOrganisation({ type: 'SCHOOL' }) });
    const { inviteInvolvement } = await this.regisseurSession.data<{ inviteInvolvement: string }>(INVITE, {
      input: { familyId: this.familyId, professionalEmail: account.email, task: 'Taak', categories: ['SCHOOL'], memberIds: [this.childMemberId] },
    });
    await this.regisseurSession.data(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
      input: {
        familyId: this.familyId, subjectMemberId: this.childMemberId, purpose: 'PLAN_EXCHANGE',
        recipientInvolvementIds: [inviteInvolvement], categories: ['SCHOOL'], givenByMemberIds: [this.motherMemberId],
      },
    });
    return { account, involvementId: inviteInvolvement };
  }

  async notificationsOf(who: TestAccount, kind: string): Promise<NotificationSeen[]> {
    const { myNotifications } = await (await this.ctx.signIn(who)).data<{ myNotifications: NotificationSeen[] }>(MINE);
    return myNotifications.filter((n) => n.kind === kind);
  }

  /** Accounts (other than those listed) with a notification of this kind in this family: must be none. */
  async othersTold(kind: string, told: readonly TestAccount[]): Promise<number> {
    const [{ others }] = (await this.ctx.dataSource.query(
      `SELECT count(*)::int AS others FROM notification WHERE kind = $1 AND family_id = $2 AND NOT (account_id = ANY($3::uuid[]))`,
      [kind, this.familyId, told.map((t) => t.account.id)],
    )) as Array<{ others: number }>;
    return others;
  }

  /** Mails of this kind of notification still waiting in the queue. */
  async queuedMails(kind: string): Promise<number> {
    const [{ queued }] = (await this.ctx.dataSource.query(
      `SELECT count(*)::int AS queued FROM pgboss.job j JOIN notification n ON n.id = (j.data->>'notificationId')::uuid
        WHERE j.name = 'notification-mail' AND j.state = 'created' AND n.kind = $1 AND n.family_id = $2`,
      [kind, this.familyId],
    )) as Array<{ queued: number }>;
    return queued;
  }

  async startSender(): Promise<TestContext> {
    const sender = await TestContext.sameDatabase(this.ctx, { mail: { ...MAIL, smtpUrl: this.mailbox.url } });
    this.senders.push(sender);
    return sender;
  }

  /** What any mail carries that it must not: the family, a person or anything written; and mails without the link. Must be none. */
  mailLeaks(secrets: readonly string[]): string[] {
    return this.mailbox.received.flatMap((mail) => [
      ...[this.familyName, 'Wolters', 'Mirjam', 'Sem', ...secrets].filter((secret) => mail.raw.includes(secret)),
      ...(mail.raw.includes('/meldingen') ? [] : [`no link in the mail to ${mail.to.join(', ')}`]),
    ]);
  }

  async close(): Promise<void> {
    for (const sender of this.senders) await sender.close();
    await this.ctx.close();
    await this.mailbox.close();
  }
}

export const settle = () => new Promise((resolve) => setTimeout(resolve, 2500));
