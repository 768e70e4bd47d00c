import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { PasswordHasher } from '../auth/password-hasher';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS } from './demo-organisations';

@Injectable()
export class DemoDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  /**
   * Loads the demo organisations and accounts into an empty database, all or
   * nothing. Returns false when there was already data, which is left alone.
   */
  async loadIntoEmptyDatabase(password: string): Promise<boolean> {
    const passwordHash = await this.hasher.hash(password);
    return this.dataSource.transaction(async (manager) => {
      // Serialises concurrent first starts against one external database.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('gezinsplan:demo-data'))`);
      if ((await manager.count(AccountEntity)) > 0) return false;
      const organisationIds = new Map<string, string>();
      for (const organisation of DEMO_ORGANISATIONS) {
        const saved = await manager.save(manager.create(OrganisationEntity, { name: organisation.name, type: organisation.type }));
        organisationIds.set(organisation.key, saved.id);
      }
      await manager.insert(
        AccountEntity,
        DEMO_ACCOUNTS.map((account) => ({
          email: account.email,
          displayName: account.displayName,
          kind: account.kind,
          organisationId: account.organisationKey ? (organisationIds.get(account.organisationKey) ?? null) : null,
          passwordHash,
          disabledAt: null,
        })),
      );
      return true;
    });
  }
}
