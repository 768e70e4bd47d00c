import { ageOn, FamilyRole, PORTAL_MINIMUM_AGE } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access/access-log.service';
import { FamilyAccessService } from '../access/family-access.service';
import { Caller } from '../auth/caller';
import { badUserInput, conflict } from '../common/errors/api-error';
import { memberName } from '../family/family-directory';
import { FamilyDirectoryService } from '../family/family-directory.service';
import { MailService } from '../mail/mail.service';
import { AccountActivationService } from './account-activation.service';
import { InviteToPortalInput } from './account.input';

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
    const access = await this.families.requireCoordinator(caller.viewer, input.familyId);
    const directory = await this.directories.load(caller.viewer, input.familyId);
    if ((input.memberId === undefined) === (input.networkMemberId === undefined)) {
      throw badUserInput([{ field: 'memberId', message: 'name either a family member or a network member' }]);
    }
    const member = directory.members.find((m) => m.id === input.memberId);
    const networkMember = directory.network.find((n) => n.id === input.networkMemberId);
    const person = member ?? networkMember;
    if (!person) throw badUserInput([{ field: input.memberId ? 'memberId' : 'networkMemberId', message: 'is not part of this family' }]);
    if (person.accountId) throw conflict('This person already has a portal account.');
    if (member?.role === FamilyRole.Child && ageOn(member.dateOfBirth, access.facts.today) < PORTAL_MINIMUM_AGE) {
      throw badUserInput([{ field: 'memberId', message: 'children get their own portal account from 12' }]);
    }
    const [taken] = await this.dataSource.query(`SELECT 1 FROM account WHERE email = $1`, [input.email]);
    if (taken) throw conflict('An account with this e-mail address already exists.');
    const displayName = member ? memberName(member) : (networkMember?.name ?? '');
    const link = await this.dataSource.transaction(async (manager) => {
      const [account] = await manager.query(
        `INSERT INTO account (email, display_name, kind) VALUES ($1, $2, $3) RETURNING id`,
        [input.email.toLowerCase(), displayName, member ? 'FAMILY_MEMBER' : 'NETWORK_MEMBER'],
      );
      await manager.query(`UPDATE ${member ? 'family_member' : 'network_member'} SET account_id = $1 WHERE id = $2`, [
        account.id,
        person.id,
      ]);
      await this.accessLog.record(caller, [{ access, action: 'COORDINATE', list: 'portal-account', memberIds: member ? [member.id] : [] }], manager);
      return this.activation.issue(manager, account.id);
    });
    this.directories.forget(caller.viewer, input.familyId);
    await this.mail.send([this.activation.invitationMail(input.email, displayName, link)]);
    return true;
  }
}
