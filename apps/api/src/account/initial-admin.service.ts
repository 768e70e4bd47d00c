import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { query, returning } from '../database/typed-sql';
import { AccountActivationService } from './account-activation.service';

const ACCOUNT_ID = returning('account', ['id']);

/**
 * A new production database has no accounts. With INITIAL_ADMIN_EMAIL set,
 * the first start creates that platform administrator and writes a one-time
 * activation link to the log; later starts do nothing.
 */
@Injectable()
export class InitialAdminService {
  private readonly logger = new Logger('InitialAdmin');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activation: AccountActivationService,
  ) {}

  async ensure(email: string | undefined): Promise<string | null> {
    if (!email) return null;
    const link = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('gezinsplan:initial-admin'))`);
      const [existing] = await manager.query<unknown[]>(`SELECT 1 FROM account WHERE kind = 'PLATFORM_ADMIN'`);
      if (existing) return null;
      const [account] = await query(
        manager,
        ACCOUNT_ID,
        `INSERT INTO account (email, display_name, kind) VALUES ($1, 'Platformbeheer', 'PLATFORM_ADMIN') RETURNING ${ACCOUNT_ID.sql}`,
        [email],
      );
      return this.activation.issue(manager, account.id);
    });
    if (link) this.logger.warn(`Created the platform administrator ${email}. Choose its password within 7 days: ${link}`);
    return link;
  }
}
