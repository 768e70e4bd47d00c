import { AccountKind, ageOn, FamilyRole, PORTAL_MINIMUM_AGE } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessLogService } from '../access/access-log.service';
import { FamilyAccess } from '../access/family-access';
import { FamilyAccessService } from '../access/family-access.service';
import { Caller } from '../auth/caller';
import { badUserInput } from '../common/errors/api-error';
import { updateReturning } from '../common/update-returning';
import { DirectoryMember, memberName } from '../access/family-directory';
import { FamilyDirectoryService } from '../access/family-directory.service';
import { MailService } from '../mail/mail.service';
import { AccountActivationService } from './account-activation.service';
import { eitherMemberOrNetworkMember, noPortalAccount, portalAccountExists } from './account.exception';
import { InviteToPortalInput, PortalInviteeInput } from './account.input';
import { insertAccount } from './new-account';

/** The one person an invitation is about: a family member (`member` set) or a network member. */
interface Invitee {
  id: string;
  member: DirectoryMember | null;
  accountId: string | null;
  displayName: string;
}

/** The regisseur opens the family portal to a family member of 12 or over, or to a network member. */
@Injectable()
export class PortalInvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly families: FamilyAccessService,
    private readonly directories: FamilyDirectoryService,
    private readonly activation: AccountActivationService,
    private readonly accessLog: AccessLogService,
    private readonly mail: MailService,
  ) {}

  async invite(caller: Caller, input: InviteToPortalInput): Promise<boolean> {
    const { access, invitee } = await this.invitee(caller, input);
    if (invitee.accountId) throw portalAccountExists();
    const { member, displayName } = invitee;
    if (member?.role === FamilyRole.Child && ageOn(member.dateOfBirth, access.facts.today) < PORTAL_MINIMUM_AGE) {
      throw badUserInput([{ field: 'memberId', message: 'children get their own portal account from 12' }]);
    }
    const link = await this.dataSource.transaction(async (manager) => {
      const accountId = await insertAccount(manager, {
        email: input.email,
        displayName,
        kind: member ? AccountKind.FamilyMember : AccountKind.NetworkMember,
      });
      // Only while the person has none: another invitation at the same moment (a second tab) must not replace it.
      const linked = await updateReturning(
        manager,
        `UPDATE ${member ? 'family_member' : 'network_member'} SET account_id = $1 WHERE id = $2 AND account_id IS NULL RETURNING id`,
        [accountId, invitee.id],
      );
      if (linked.length === 0) throw portalAccountExists();
      await this.log(caller, access, invitee, manager);
      return this.activation.issue(manager, accountId);
    });
    this.directories.forget(access);
    await this.mail.send([this.activation.invitationMail(input.email, displayName, link)]);
    return true;
  }

  /** A fresh link for someone invited who has not chosen a password yet; the earlier links stop working. */
  async resend(caller: Caller, input: PortalInviteeInput): Promise<boolean> {
    const { access, invitee } = await this.invitee(caller, input);
    const { accountId } = invitee;
    if (!accountId) throw noPortalAccount();
    const { email, link } = await this.dataSource.transaction(async (manager) => {
      const [account] = (await manager.query(`SELECT email FROM account WHERE id = $1`, [accountId])) as Array<{ email: string }>;
      await this.log(caller, access, invitee, manager);
      return { email: account.email, link: await this.activation.reissue(manager, accountId) };
    });
    await this.mail.send([this.activation.invitationMail(email, invitee.displayName, link, true)]);
    return true;
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
      return { access, invitee: { id: member.id, member, accountId: member.accountId, displayName: memberName(member) } };
    }
    const networkMember = directory.network.find((n) => n.id === networkMemberId);
    if (!networkMember) throw badUserInput([{ field: 'networkMemberId', message: 'is not part of this family' }]);
    return {
      access,
      invitee: { id: networkMember.id, member: null, accountId: networkMember.accountId, displayName: networkMember.name },
    };
  }

  private log(caller: Caller, access: FamilyAccess, invitee: Invitee, manager: EntityManager): Promise<void> {
    return this.accessLog.record(
      caller,
      [{ access, action: 'COORDINATE', list: 'portal-account', memberIds: invitee.member ? [invitee.member.id] : [] }],
      manager,
    );
  }
}
