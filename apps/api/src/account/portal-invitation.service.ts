import { AccountKind, ageOn, FamilyRole, PORTAL_MINIMUM_AGE } from '@gezinsplan/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessLogService } from '../access/access-log.service';
import { FamilyAccess } from '../access/family-access';
import { FamilyAccessService } from '../access/family-access.service';
import { Caller } from '../auth/caller';
import { hashToken, newSessionToken } from '../auth/session-token';
import { badUserInput } from '../common/errors/api-error';
import { updateReturning } from '../common/update-returning';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { DirectoryMember, memberName } from '../access/family-directory';
import { FamilyDirectoryService } from '../access/family-directory.service';
import { Mail, MailService } from '../mail/mail.service';
import { AccountActivationService } from './account-activation.service';
import { eitherMemberOrNetworkMember, noPortalAccount, portalAccountExists } from './account.exception';
import { InviteToPortalInput, PortalInviteeInput } from './account.input';
import { insertAccountIfFree } from './new-account';
import { PORTAL_LINK_LIFETIME_DAYS } from './portal-link';

/** The one person an invitation is about: a family member (`member` set) or a network member. */
interface Invitee {
  id: string;
  member: DirectoryMember | null;
  accountId: string | null;
  displayName: string;
  /** An invitation to an address that had an account, waiting for its holder. */
  waitingInvitationId: string | null;
}

interface Holder {
  email: string;
  kind: AccountKind;
  displayName: string;
}

/**
 * The regisseur opens the family portal to a family member of 12 or over, or
 * to a network member. The answer never says whether the address has an
 * account (docs/access-rules.md, "portal account"): a new address gets an
 * account and an activation link; an address with an account gets an
 * invitation its holder accepts by signing in through the mailed link.
 * Either way the regisseur sees "invited" until the person uses the portal.
 */
@Injectable()
export class PortalInvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly families: FamilyAccessService,
    private readonly directories: FamilyDirectoryService,
    private readonly activation: AccountActivationService,
    private readonly accessLog: AccessLogService,
    private readonly mail: MailService,
  ) {}

  async invite(caller: Caller, input: InviteToPortalInput): Promise<boolean> {
    const { access, invitee } = await this.invitee(caller, input);
    if (invitee.accountId || invitee.waitingInvitationId) throw portalAccountExists();
    const { member, displayName } = invitee;
    if (member?.role === FamilyRole.Child && ageOn(member.dateOfBirth, access.facts.today) < PORTAL_MINIMUM_AGE) {
      throw badUserInput([{ field: 'memberId', message: 'children get their own portal account from 12' }]);
    }
    const kind = member ? AccountKind.FamilyMember : AccountKind.NetworkMember;
    const mail = await this.dataSource.transaction(async (manager) => {
      const accountId = await insertAccountIfFree(manager, { email: input.email, displayName, kind });
      const sent =
        accountId === null
          ? await this.inviteHolder(manager, caller, access, invitee, input.email, kind)
          : await this.inviteNewAccount(manager, invitee, accountId, input.email);
      await this.log(caller, access, invitee, manager);
      return sent;
    });
    this.directories.forget(access);
    await this.mail.send([mail]);
    return true;
  }

  /** A fresh link for someone invited who has not used the portal yet; the earlier links stop working. */
  async resend(caller: Caller, input: PortalInviteeInput): Promise<boolean> {
    const { access, invitee } = await this.invitee(caller, input);
    const { accountId, waitingInvitationId } = invitee;
    if (!accountId && !waitingInvitationId) throw noPortalAccount();
    const mail = await this.dataSource.transaction(async (manager) => {
      await this.log(caller, access, invitee, manager);
      if (waitingInvitationId) return this.renewHolderInvitation(manager, waitingInvitationId, invitee);
      const [account] = (await manager.query(`SELECT email FROM account WHERE id = $1`, [accountId])) as Array<{ email: string }>;
      return this.activation.invitationMail(account.email, invitee.displayName, await this.activation.reissue(manager, accountId as string), true);
    });
    await this.mail.send([mail]);
    return true;
  }

  private async inviteNewAccount(manager: EntityManager, invitee: Invitee, accountId: string, email: string): Promise<Mail> {
    // Only while the person has none: another invitation at the same moment (a second tab) must not replace it.
    const linked = await updateReturning(
      manager,
      `UPDATE ${invitee.member ? 'family_member' : 'network_member'} SET account_id = $1 WHERE id = $2 AND account_id IS NULL RETURNING id`,
      [accountId, invitee.id],
    );
    if (linked.length === 0) throw portalAccountExists();
    return this.activation.invitationMail(email, invitee.displayName, await this.activation.issue(manager, accountId));
  }

  /** The address has an account: the invitation waits for its holder, who alone hears of it. */
  private async inviteHolder(
    manager: EntityManager,
    caller: Caller,
    access: FamilyAccess,
    invitee: Invitee,
    email: string,
    kind: AccountKind,
  ): Promise<Mail> {
    const [holder] = (await manager.query(`SELECT email, kind, display_name AS "displayName" FROM account WHERE email = $1`, [
      email.toLowerCase(),
    ])) as Holder[];
    const token = newSessionToken();
    // One waiting invitation per person (a unique index): a second tab's invitation meanwhile is the same refusal as a second account.
    const rows = (await manager.query(
      `INSERT INTO portal_link_invitation (family_id, member_id, network_member_id, account_id, invited_by_account_id, token_hash, expires_at)
       SELECT $1::uuid, $2::uuid, $3::uuid, a.id, $4::uuid, $5, now() + make_interval(days => $6) FROM account a WHERE a.email = $7
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        access.familyId,
        invitee.member ? invitee.id : null,
        invitee.member ? null : invitee.id,
        caller.viewer.accountId,
        hashToken(token),
        PORTAL_LINK_LIFETIME_DAYS,
        holder.email,
      ],
    )) as Array<{ id: string }>;
    if (rows.length === 0) throw portalAccountExists();
    return this.holderMail(holder, kind, token, false);
  }

  private async renewHolderInvitation(manager: EntityManager, invitationId: string, invitee: Invitee): Promise<Mail> {
    const token = newSessionToken();
    const rows = await updateReturning<{ holder: Holder }>(
      manager,
      `UPDATE portal_link_invitation i SET token_hash = $2, expires_at = now() + make_interval(days => $3)
         FROM account a WHERE i.id = $1 AND i.linked_at IS NULL AND a.id = i.account_id
       RETURNING json_build_object('email', a.email, 'kind', a.kind, 'displayName', a.display_name) AS holder`,
      [invitationId, hashToken(token), PORTAL_LINK_LIFETIME_DAYS],
    );
    if (rows.length === 0) throw noPortalAccount();
    return this.holderMail(rows[0].holder, invitee.member ? AccountKind.FamilyMember : AccountKind.NetworkMember, token, true);
  }

  /**
   * To the holder of the address only. Like every invitation mail it names no
   * family. An account of another kind (a work account) cannot be linked: the
   * holder is told to ask for another address, and nothing else happens.
   */
  private holderMail(holder: Holder, kind: AccountKind, token: string, renewed: boolean): Mail {
    const linkable = holder.kind === kind;
    return {
      to: holder.email,
      subject: 'Uitnodiging voor Gezinsplan',
      text: [
        `Beste ${holder.displayName},`,
        '',
        ...(linkable
          ? [
              renewed
                ? 'U krijgt een nieuwe link voor uw uitnodiging voor het portaal van een gezin in Gezinsplan. Eerdere links werken niet meer.'
                : 'U bent uitgenodigd voor het portaal van een gezin in Gezinsplan.',
              'U heeft al een account met dit e-mailadres. U hoeft dus geen nieuw wachtwoord te kiezen.',
              `Open binnen ${PORTAL_LINK_LIFETIME_DAYS} dagen deze link en log in met uw eigen wachtwoord. Daarna ziet u het gezin bij uw gezinnen:`,
              `${this.config.publicUrl}/inloggen#uitnodiging=${token}`,
              '',
              'Bent u al ingelogd? Log dan eerst uit, en open daarna de link.',
              'Heeft u dit niet verwacht? Dan kunt u deze e-mail negeren. Zonder deze link gebeurt er niets.',
            ]
          : [
              'Iemand wilde u met dit e-mailadres uitnodigen voor het portaal van een gezin in Gezinsplan.',
              'Dit e-mailadres hoort al bij een ander soort account in Gezinsplan, bijvoorbeeld een werkaccount. Daarmee kan het portaal niet.',
              'Verwachtte u deze uitnodiging? Vraag dan aan wie u uitnodigde om een ander e-mailadres te gebruiken.',
              'Heeft u dit niet verwacht? Dan kunt u deze e-mail negeren.',
            ]),
      ].join('\n'),
    };
  }

  /** For the regisseur only; null counts as absent, and exactly one of the two people must be named. */
  private async invitee(caller: Caller, input: PortalInviteeInput): Promise<{ access: FamilyAccess; invitee: Invitee }> {
    const access = await this.families.requireCoordinator(caller.viewer, input.familyId);
    const directory = await this.directories.load(access);
    const { memberId, networkMemberId } = input;
    if ((memberId == null) === (networkMemberId == null)) throw eitherMemberOrNetworkMember();
    if (memberId != null) {
      const member = directory.members.find((m) => m.id === memberId);
      if (!member) throw badUserInput([{ field: 'memberId', message: 'is not part of this family' }]);
      const waitingInvitationId = await this.waitingInvitation(member.id);
      return { access, invitee: { id: member.id, member, accountId: member.accountId, displayName: memberName(member), waitingInvitationId } };
    }
    const networkMember = directory.network.find((n) => n.id === networkMemberId);
    if (!networkMember) throw badUserInput([{ field: 'networkMemberId', message: 'is not part of this family' }]);
    const waitingInvitationId = await this.waitingInvitation(networkMember.id);
    return {
      access,
      invitee: { id: networkMember.id, member: null, accountId: networkMember.accountId, displayName: networkMember.name, waitingInvitationId },
    };
  }

  private async waitingInvitation(personId: string): Promise<string | null> {
    const [waiting] = (await this.dataSource.query(
      `SELECT id FROM portal_link_invitation WHERE (member_id = $1 OR network_member_id = $1) AND linked_at IS NULL`,
      [personId],
    )) as Array<{ id: string }>;
    return waiting?.id ?? null;
  }

  private log(caller: Caller, access: FamilyAccess, invitee: Invitee, manager: EntityManager): Promise<void> {
    return this.accessLog.record(
      caller,
      [{ access, action: 'COORDINATE', list: 'portal-account', memberIds: invitee.member ? [invitee.member.id] : [] }],
      manager,
    );
  }
}
