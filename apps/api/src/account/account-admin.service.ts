import { AccountKind } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '../auth/caller';
import { badUserInput, conflict, forbidden } from '../common/errors/api-error';
import { updateReturning } from '../common/update-returning';
import { MailService } from '../mail/mail.service';
import { OrganisationOutput } from '../organisation/organisation.output';
import { AccountActivationService } from './account-activation.service';
import { accountNotFound, resetNeedsActivatedAccount, resetOfDisabledAccount } from './account.exception';
import {
  CreateAccountInput,
  CreateOrganisationInput,
  ResendActivationLinkInput,
  SendPasswordResetLinkInput,
  SetAccountDisabledInput,
} from './account.input';
import { ManagedAccountOutput } from './account.output';
import { insertAccount } from './new-account';
import { PasswordResetService } from './password-reset.service';

const ACCOUNT_COLUMNS = `id, email, display_name AS "displayName", kind, organisation_id AS "organisationId", discipline,
  password_hash IS NOT NULL AS activated, disabled_at AS "disabledAt"`;

/**
 * Organisations and professional accounts. The platform administrator manages
 * organisations and any organisation's accounts; an organisation administrator
 * only their own organisation's. Neither sees case content.
 */
@Injectable()
export class AccountAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activation: AccountActivationService,
    private readonly mail: MailService,
    private readonly passwordReset: PasswordResetService,
  ) {}

  /** A new organisation; one of the same kind and name (case and spaces aside) exists once, or invitations would go to the wrong one. */
  createOrganisation(input: CreateOrganisationInput): Promise<OrganisationOutput> {
    return this.dataSource.transaction(async (manager) => {
      // One creation at a time, so two administrators cannot both add the same organisation.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('create-organisation'))`);
      const same = await manager.query<{ id: string }[]>(
        `SELECT id FROM organisation WHERE lower(btrim(name)) = lower(btrim($1)) AND type = $2 LIMIT 1`,
        [input.name, input.type],
      );
      if (same.length > 0) throw conflict(`An organisation of this kind is called ${input.name.trim()} already.`);
      const [row] = await manager.query<OrganisationOutput[]>(
        `INSERT INTO organisation (name, type) VALUES ($1, $2) RETURNING id, name, type`,
        [input.name, input.type],
      );
      return row;
    });
  }

  /** Every organisation for the platform administrator; an organisation administrator's own. */
  organisations(caller: Caller): Promise<OrganisationOutput[]> {
    const { viewer } = caller;
    if (viewer.kind === AccountKind.PlatformAdmin) {
      return this.dataSource.query(`SELECT id, name, type FROM organisation ORDER BY name, id`);
    }
    return this.dataSource.query(`SELECT id, name, type FROM organisation WHERE id = $1`, [viewer.organisationId]);
  }

  async createAccount(caller: Caller, input: CreateAccountInput): Promise<ManagedAccountOutput> {
    const organisationId = this.organisationScope(caller, input.organisationId);
    const [organisation] = await this.dataSource.query<unknown[]>(`SELECT 1 FROM organisation WHERE id = $1`, [organisationId]);
    if (!organisation) throw badUserInput([{ field: 'organisationId', message: 'is not a known organisation' }]);
    const { id, link } = await this.dataSource.transaction(async (manager) => {
      const accountId = await insertAccount(manager, { ...input, organisationId });
      return { id: accountId, link: await this.activation.issue(manager, accountId) };
    });
    await this.mail.send([this.activation.invitationMail(input.email, input.displayName, link)]);
    return this.one(id);
  }

  async list(caller: Caller, organisationId: string | undefined): Promise<ManagedAccountOutput[]> {
    return this.dataSource.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM account WHERE organisation_id = $1 ORDER BY display_name`,
      [this.organisationScope(caller, organisationId)],
    );
  }

  async setDisabled(caller: Caller, input: SetAccountDisabledInput): Promise<ManagedAccountOutput> {
    await this.manageable(caller, input.accountId);
    if (input.accountId === caller.viewer.accountId) throw forbidden('You cannot disable your own account.');
    await this.dataSource.transaction(async (manager) => {
      await updateReturning(manager, `UPDATE account SET disabled_at = CASE WHEN $2 THEN coalesce(disabled_at, now()) END WHERE id = $1 RETURNING id`, [
        input.accountId,
        input.disabled,
      ]);
      // Disabling ends every session at once.
      if (input.disabled) await manager.query(`UPDATE session SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL`, [input.accountId]);
    });
    return this.one(input.accountId);
  }

  /** E-mails a fresh activation link to an account that has not chosen a password yet; earlier links stop working. */
  async resendActivationLink(caller: Caller, input: ResendActivationLinkInput): Promise<ManagedAccountOutput> {
    const account = await this.manageable(caller, input.accountId);
    const link = await this.dataSource.transaction((manager) => this.activation.reissue(manager, account.id));
    await this.mail.send([this.activation.invitationMail(account.email, account.displayName, link, true)]);
    return this.one(account.id);
  }

  /**
   * E-mails a password reset link to an activated, enabled account the caller
   * manages; earlier reset links stop working. The password stays valid until
   * the owner chooses a new one.
   */
  async sendPasswordResetLink(caller: Caller, input: SendPasswordResetLinkInput): Promise<ManagedAccountOutput> {
    const account = await this.manageable(caller, input.accountId);
    const mail = await this.dataSource.transaction(async (manager) => {
      // Locked, so that a disabling meanwhile is not overtaken by a link.
      const [state] = (await manager.query(
        `SELECT password_hash IS NOT NULL AS activated, disabled_at IS NOT NULL AS disabled FROM account WHERE id = $1 FOR UPDATE`,
        [account.id],
      )) as Array<{ activated: boolean; disabled: boolean }>;
      if (!state.activated) throw resetNeedsActivatedAccount();
      if (state.disabled) throw resetOfDisabledAccount();
      return this.passwordReset.issueByAdministrator(manager, account, caller.viewer.accountId);
    });
    await this.mail.send([mail]);
    return this.one(account.id);
  }

  /** The organisation a caller may manage: any for the platform administrator, only their own otherwise. */
  private organisationScope(caller: Caller, requested: string | undefined): string {
    const { viewer } = caller;
    if (viewer.kind === AccountKind.PlatformAdmin) {
      if (!requested) throw badUserInput([{ field: 'organisationId', message: 'choose the organisation' }]);
      return requested;
    }
    if (!viewer.organisationId || (requested && requested !== viewer.organisationId)) {
      throw forbidden('You manage only your own organisation’s accounts.');
    }
    return viewer.organisationId;
  }

  /**
   * An account the caller may manage. Another organisation's account answers
   * exactly as an unknown id does, so that its existence is not revealed.
   */
  private async manageable(caller: Caller, accountId: string): Promise<ManagedAccountOutput> {
    const account = await this.find(accountId);
    const { viewer } = caller;
    const inScope = viewer.kind === AccountKind.PlatformAdmin || account?.organisationId === viewer.organisationId;
    if (!account || account.organisationId === null || !inScope) throw accountNotFound();
    return account;
  }

  private async one(id: string): Promise<ManagedAccountOutput> {
    const account = await this.find(id);
    if (!account) throw accountNotFound();
    return account;
  }

  private async find(id: string): Promise<ManagedAccountOutput | undefined> {
    const [row] = await this.dataSource.query<ManagedAccountOutput[]>(`SELECT ${ACCOUNT_COLUMNS} FROM account WHERE id = $1`, [id]);
    return row;
  }
}
