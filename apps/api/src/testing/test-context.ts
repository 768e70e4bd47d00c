import { AccountKind, OrganisationType } from '@gezinsplan/domain';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { PasswordHasher } from '../auth/password-hasher';
import { createApp } from '../bootstrap/create-app';
import { NOTIFICATION_MAIL_QUEUE } from '../database/migrations/1763901010000-notifications';
import { AppConfig, loadConfig } from '../config/app-config';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { GraphQLSession } from './graphql-session';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestAccount {
  account: AccountEntity;
  email: string;
  password: string;
}

type ConfigOverrides = Partial<Omit<AppConfig, 'session' | 'signIn' | 'graphql' | 'notifications'>> & {
  notifications?: Partial<AppConfig['notifications']>;
  session?: Partial<AppConfig['session']>;
  signIn?: Partial<AppConfig['signIn']>;
  graphql?: Partial<AppConfig['graphql']>;
};

/**
 * The real API on its own fresh database, listening on a free port, with data
 * factories. One per test file: `beforeAll(() => ctx = await createTestContext())`.
 */
export class TestContext {
  private constructor(
    readonly app: NestExpressApplication,
    readonly baseUrl: string,
    readonly dataSource: DataSource,
    private readonly database: TestDatabase | null,
  ) {}

  /**
   * A second API instance on the same database, as when two run behind a load
   * balancer or one restarts. Closing it leaves the database to the first.
   */
  static async sameDatabase(first: TestContext, overrides: ConfigOverrides = {}): Promise<TestContext> {
    if (!first.database) throw new Error('Start the second instance from the context that made the database.');
    return TestContext.start(first.database.url, null, overrides);
  }

  /** The API on a database the test runs itself, as its owner: one it may stop, kill and start again. */
  static async onDatabase(ownerUrl: string, overrides: ConfigOverrides = {}): Promise<TestContext> {
    return TestContext.start(ownerUrl, null, overrides);
  }

  static async create(overrides: ConfigOverrides = {}): Promise<TestContext> {
    const database = await createTestDatabase();
    return TestContext.start(database.url, database, overrides);
  }

  private static async start(databaseUrl: string, database: TestDatabase | null, overrides: ConfigOverrides): Promise<TestContext> {
    const base = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env['LOG_LEVEL'] });
    const config: AppConfig = {
      ...base,
      ...overrides,
      databaseUrl,
      webDistDir: '/nonexistent',
      session: { ...base.session, ...overrides.session },
      signIn: { ...base.signIn, ...overrides.signIn },
      graphql: { ...base.graphql, ...overrides.graphql },
      notifications: { ...base.notifications, ...overrides.notifications },
      loadDemoData: false,
    };
    const app = await createApp(config);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    return new TestContext(app, `http://127.0.0.1:${port}`, app.get(DataSource), database);
  }

  /**
   * One statement as the owner of the database, who migrated it: for tests of
   * what the database itself refuses even to its owner (the triggers). The app
   * and `dataSource` run as the runtime role, which owns nothing.
   */
  async asOwner<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    if (!this.database) throw new Error('Ask the context that made the database: a second instance does not own it.');
    const client = new Client({ connectionString: this.database.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database?.drop();
  }

  /**
   * Counts the SQL statements the app sends while `work` runs. TypeORM hands
   * every statement to its logger, so a counting logger sees them all; the
   * mail worker's too, so the mail queued by earlier steps is delivered first
   * (on a busy machine it can lag seconds behind the request that queued it).
   */
  async countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
    await this.mailQueueDrained();
    const original = this.dataSource.logger;
    let queries = 0;
    const counting = Object.create(original) as typeof original;
    counting.logQuery = () => {
      queries += 1;
    };
    Object.defineProperty(this.dataSource, 'logger', { value: counting, configurable: true, writable: true });
    try {
      return { result: await work(), queries };
    } finally {
      Object.defineProperty(this.dataSource, 'logger', { value: original, configurable: true, writable: true });
    }
  }

  private async mailQueueDrained(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [{ waiting }] = await this.dataSource.query<Array<{ waiting: number }>>(
        `SELECT count(*)::int AS waiting FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
        [NOTIFICATION_MAIL_QUEUE],
      );
      if (waiting === 0) return;
      if (Date.now() > deadline) throw new Error(`${waiting} notification mail job(s) still waiting after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  anonymous(): GraphQLSession {
    return new GraphQLSession(this.baseUrl);
  }

  async signIn(who: TestAccount): Promise<GraphQLSession> {
    const session = this.anonymous();
    await session.data(`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: who.email, password: who.password },
    });
    return session;
  }

  async newOrganisation(values: Partial<OrganisationEntity> = {}): Promise<OrganisationEntity> {
    const repository = this.dataSource.getRepository(OrganisationEntity);
    return repository.save(repository.create({ name: `Organisation ${unique()}`, type: OrganisationType.Other, ...values }));
  }

  /** A portal account for an existing family or network member. */
  async linkAccount(target: { memberId?: string; networkMemberId?: string }): Promise<TestAccount> {
    const kind = target.memberId ? AccountKind.FamilyMember : AccountKind.NetworkMember;
    const login = await this.newAccount({ kind });
    const table = target.memberId ? 'family_member' : 'network_member';
    await this.dataSource.query(`UPDATE ${table} SET account_id = $1 WHERE id = $2`, [
      login.account.id,
      target.memberId ?? target.networkMemberId,
    ]);
    return login;
  }

  async newAccount(
    values: { kind?: AccountKind; organisation?: OrganisationEntity; password?: string } & Partial<AccountEntity> = {},
  ): Promise<TestAccount> {
    const { kind = AccountKind.Professional, password = `pw-${unique()}`, organisation, ...rest } = values;
    const needsOrganisation = kind === AccountKind.Professional || kind === AccountKind.OrganisationAdmin;
    const organisationId = organisation?.id ?? (needsOrganisation ? (await this.newOrganisation()).id : null);
    const repository = this.dataSource.getRepository(AccountEntity);
    const account = await repository.save(
      repository.create({
        email: `person-${unique()}@test.example`,
        displayName: `Person ${unique()}`,
        kind,
        organisationId,
        passwordHash: await this.app.get(PasswordHasher).hash(password),
        disabledAt: null,
        ...rest,
      }),
    );
    return { account, email: account.email, password };
  }
}

export function unique(): string {
  return randomBytes(4).toString('hex');
}
