import { AccountKind } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '../auth/caller';
import { badUserInput, conflict, forbidden, notFound } from '../common/errors/api-error';
import { updateReturning } from '../common/update-returning';
import { MailService } from '../mail/mail.service';
import { OrganisationOutput } from '../organisation/organisation.output';
import { AccountActivationService } from './account-activation.service';
import { CreateAccountInput, CreateOrganisationInput, SetAccountDisabledInput } from './account.input';
import { ManagedAccountOutput } from './account.output';

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
  ) {}

  createOrganisation(input: CreateOrganisationInput): Promise<OrganisationOutput> {
    return this.dataSource
      .query(`INSERT INTO organisation (name, type) VALUES ($1, $2) RETURNING id, name, type`, [input.name, input.type])
      .then(([row]) => row);
  }

  async createAccount(caller: Caller, input: CreateAccountInput): Promise<ManagedAccountOutput> {
    const organisationId = this.organisationScope(caller, input.organisationId);
    const [organisation] = await this.dataSource.query(`SELECT 1 FROM organisation WHERE id = $1`, [organisationId]);
    if (!organisation) throw badUserInput([{ field: 'organisationId', message: 'is not a known organisation' }]);
    const [taken] = await this.dataSource.query(`SELECT 1 FROM account WHERE email = $1`, [input.email]);
    if (taken) throw conflict('An account with this e-mail address already exists.');
    const { id, link } = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `INSERT INTO account (email, display_name, kind, organisation_id, discipline, phone) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [input.email.toLowerCase(), input.displayName, input.kind, organisationId, input.discipline ?? null, input.phone ?? null],
      );
      return { id: row.id as string, link: await this.activation.issue(manager, row.id) };
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
    const [account] = (await this.dataSource.query(`SELECT organisation_id FROM account WHERE id = $1`, [input.accountId])) as Array<{
      organisation_id: string | null;
    }>;
    if (!account || account.organisation_id === null) throw notFound('The account');
    this.organisationScope(caller, account.organisation_id);
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

  private async one(id: string): Promise<ManagedAccountOutput> {
    const [row] = await this.dataSource.query(`SELECT ${ACCOUNT_COLUMNS} FROM account WHERE id = $1`, [id]);
    return row;
  }
}
