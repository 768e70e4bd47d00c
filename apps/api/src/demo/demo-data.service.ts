import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { PasswordHasher } from '../auth/password-hasher';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { DemoCalendar } from './demo-calendar';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DemoAccount } from './demo-organisations';
import { DEMO_PORTAL_ACCOUNTS, loadDemoScenarios } from './scenarios';

@Injectable()
export class DemoDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  /**
   * Loads the demo organisations, accounts and the families of the six
   * scenarios into an empty database, all or nothing. Returns false when
   * there was already data, which is left alone.
   */
  async loadIntoEmptyDatabase(password: string): Promise<boolean> {
    const passwordHash = await this.hasher.hash(password);
    return this.dataSource.transaction(async (manager) => {
      // Serialises concurrent first starts against one external database.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('gezinsplan:demo-data'))`);
      if ((await manager.count(AccountEntity)) > 0) return false;
      const accountIds = await this.insertAccounts(manager, passwordHash);
      await loadDemoScenarios({
        manager,
        calendar: new DemoCalendar(),
        account: (email) => {
          const id = accountIds.get(email);
          if (!id) throw new Error(`The demo data refers to an unknown account: ${email}`);
          return id;
        },
      });
      return true;
    });
  }

  private async insertAccounts(manager: EntityManager, passwordHash: string): Promise<Map<string, string>> {
    const organisationIds = new Map<string, string>();
    for (const organisation of DEMO_ORGANISATIONS) {
      const saved = await manager.save(manager.create(OrganisationEntity, { name: organisation.name, type: organisation.type }));
      organisationIds.set(organisation.key, saved.id);
    }
    const accounts: readonly DemoAccount[] = [...DEMO_ACCOUNTS, ...DEMO_PORTAL_ACCOUNTS];
    await manager.insert(
      AccountEntity,
      accounts.map((account) => ({
        email: account.email,
        displayName: account.displayName,
        kind: account.kind,
        organisationId: account.organisationKey ? (organisationIds.get(account.organisationKey) ?? null) : null,
        discipline: account.discipline ?? null,
        phone: account.phone ?? null,
        passwordHash,
        // When she left is recorded where it matters, on her involvements; the login is simply off.
        disabledAt: account.disabled ? new Date() : null,
      })),
    );
    const rows: Array<{ id: string; email: string }> = await manager.query(`SELECT id, email FROM account`);
    return new Map(rows.map((row) => [row.email, row.id]));
  }
}
