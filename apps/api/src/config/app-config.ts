import { ORGANISATION_TYPES, OrganisationType } from '@gezinsplan/domain';
import { resolve } from 'node:path';

export type RuntimeMode = 'development' | 'production' | 'test';

export interface AppConfig {
  mode: RuntimeMode;
  host: string;
  port: number;
  /** An external PostgreSQL server, as the role that owns the database (migrations); when absent the embedded server is used. */
  databaseUrl: string | undefined;
  /** The role the app runs as, owning nothing; when absent the owner creates `<owner>_runtime` itself. */
  databaseRuntimeUrl: string | undefined;
  /** Where the embedded PostgreSQL keeps its data and the instance lock. */
  dataDir: string;
  /** The built web client to serve, when it exists. */
  webDistDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  session: {
    absoluteHours: number;
    idleMinutes: number;
    cookieSecure: boolean;
  };
  /** Sign-in throttling (auth/sign-in-throttle.service.ts; the rule in docs/decisions.md). */
  signIn: {
    /** Wrong passwords for one account from one source before each further attempt waits (1, 2, 4 … minutes). */
    freeFailuresPerSource: number;
    /** The longest such wait. */
    maxDelayMinutes: number;
    /** Wrong passwords from one source, on any accounts, within the window before it is refused (not for its known accounts). */
    maxFailuresPerAddress: number;
    /** Wrong passwords on one account, from all sources, within the window that raise an alert (no lock). */
    alertFailuresPerAccount: number;
    windowMinutes: number;
  };
  loadDemoData: boolean;
  /** The address people use to reach the web client: activation links point here. */
  publicUrl: string;
  /** Creates the first platform administrator (with an activation link in the log) when none exists. */
  initialAdminEmail: string | undefined;
  mail: {
    /** smtp:// or smtps:// with credentials; without it, messages go to the outbox table. */
    smtpUrl: string | undefined;
    from: string;
  };
  signals: {
    lifetimeMonths: number;
    /** Organisation types in the order in which their professionals are proposed as regisseur. */
    regisseurPriority: OrganisationType[];
  };
  notifications: {
    /** Whether this instance sends the queued notification e-mails; every instance may, and each mail leaves once. */
    worker: boolean;
  };
  /** Limits that refuse an operation before it runs (see common/graphql/query-limits.ts). */
  graphql: { maxDepth: number; maxAliases: number; maxCost: number; maxDirectivesPerField: number; maxDirectives: number };
  /** Express "trust proxy": set when a reverse proxy sets X-Forwarded-For. */
  trustProxy: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the configuration from environment variables and reports every bad
 * value at once, each naming the variable and what it accepts.
 */
export function loadConfig(env: Env, workspaceRoot = process.cwd()): AppConfig {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const mode = read.oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const production = mode === 'production';
  const host = read.text('HOST', '127.0.0.1');
  const port = read.integer('PORT', 3000, 0, 65535);
  const config: AppConfig = {
    mode,
    host,
    port,
    databaseUrl: read.postgresUrl('DATABASE_URL'),
    databaseRuntimeUrl: read.postgresUrl('DATABASE_RUNTIME_URL'),
    dataDir: resolve(workspaceRoot, read.text('DATA_DIR', '.data')),
    webDistDir: resolve(workspaceRoot, read.text('WEB_DIST_DIR', 'dist/apps/web')),
    logLevel: read.oneOf(
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      mode === 'test' ? 'silent' : 'info',
    ),
    session: {
      absoluteHours: read.integer('SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 7),
      idleMinutes: read.integer('SESSION_IDLE_MINUTES', 120, 5, 24 * 60),
      cookieSecure: read.boolean('COOKIE_SECURE', production),
    },
    signIn: {
      freeFailuresPerSource: read.integer('SIGN_IN_FREE_FAILURES_PER_SOURCE', 5, 1, 100),
      maxDelayMinutes: read.integer('SIGN_IN_MAX_DELAY_MINUTES', 60, 1, 24 * 60),
      maxFailuresPerAddress: read.integer('SIGN_IN_MAX_FAILURES_PER_ADDRESS', 100, 1, 100000),
      alertFailuresPerAccount: read.integer('SIGN_IN_ALERT_FAILURES_PER_ACCOUNT', 100, 1, 100000),
      windowMinutes: read.integer('SIGN_IN_WINDOW_MINUTES', 15, 1, 24 * 60),
    },
    loadDemoData: read.boolean('LOAD_DEMO_DATA', !production),
    publicUrl: read.httpUrl('PUBLIC_URL', `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`),
    initialAdminEmail: read.email('INITIAL_ADMIN_EMAIL'),
    mail: {
      smtpUrl: read.smtpUrl('SMTP_URL'),
      from: read.text('MAIL_FROM', 'Gezinsplan <noreply@gezinsplan.example>'),
    },
    signals: {
      lifetimeMonths: read.integer('SIGNAL_LIFETIME_MONTHS', 24, 1, 120),
      regisseurPriority: read.organisationTypes(
        'REGISSEUR_PRIORITY',
        ['YOUTH_PROTECTION', 'VEILIG_THUIS', 'NEIGHBOURHOOD_TEAM'],
      ),
    },
    notifications: {
      worker: read.boolean('NOTIFICATION_WORKER', true),
    },
    graphql: {
      maxDepth: read.integer('GRAPHQL_MAX_DEPTH', 10, 2, 50),
      maxAliases: read.integer('GRAPHQL_MAX_ALIASES', 20, 0, 1000),
      maxCost: read.integer('GRAPHQL_MAX_COST', 25_000, 100, 10_000_000),
      maxDirectivesPerField: read.integer('GRAPHQL_MAX_DIRECTIVES_PER_FIELD', 4, 1, 100),
      maxDirectives: read.integer('GRAPHQL_MAX_DIRECTIVES', 50, 1, 10_000),
    },
    trustProxy: read.boolean('TRUST_PROXY', false),
  };

  if (read.text('SIGN_IN_MAX_FAILURES_PER_ACCOUNT', '') !== '') {
    problems.push(
      'SIGN_IN_MAX_FAILURES_PER_ACCOUNT is no longer used: an account is no longer locked for everyone; ' +
        'see SIGN_IN_FREE_FAILURES_PER_SOURCE and SIGN_IN_ALERT_FAILURES_PER_ACCOUNT',
    );
  }
  if (config.databaseRuntimeUrl && !config.databaseUrl) {
    problems.push('DATABASE_RUNTIME_URL needs DATABASE_URL: the embedded database makes its runtime role itself');
  }
  if (production && !config.databaseUrl) {
    problems.push('DATABASE_URL is required in production: the embedded database is for trying the product out');
  }
  if (production && config.loadDemoData && env['ALLOW_DEMO_DATA_IN_PRODUCTION'] !== 'true') {
    problems.push(
      'LOAD_DEMO_DATA=true in production would create accounts with published passwords; ' +
        'set ALLOW_DEMO_DATA_IN_PRODUCTION=true only for a demonstration server',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  private raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === '' ? undefined : value;
  }

  text(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || parsed < min || parsed > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
      return fallback;
    }
    return parsed;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    this.problems.push(`${name} must be true or false, got "${value}"`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
    return fallback;
  }

  email(name: string): string | undefined {
    const value = this.raw(name);
    if (value !== undefined && !/^[^@\s]+@[^@\s]+$/.test(value)) this.problems.push(`${name} must be an e-mail address`);
    return value?.toLowerCase();
  }

  httpUrl(name: string, fallback: string): string {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!/^https?:\/\/[^/\s]+/.test(value)) {
      this.problems.push(`${name} must be an http(s) address such as https://gezinsplan.example.nl`);
      return fallback;
    }
    return value.replace(/\/+$/, '');
  }

  smtpUrl(name: string): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    try {
      const url = new URL(value);
      if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
        this.problems.push(`${name} must start with smtp:// or smtps://, got "${url.protocol}//…"`);
      }
    } catch {
      this.problems.push(`${name} is not a valid URL (expected smtp://user:password@host:587)`);
    }
    return value;
  }

  organisationTypes(name: string, fallback: OrganisationType[]): OrganisationType[] {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const types = value.split(',').map((type) => type.trim());
    const unknown = types.filter((type) => !(ORGANISATION_TYPES as readonly string[]).includes(type));
    if (unknown.length > 0) {
      this.problems.push(`${name} names unknown organisation types: ${unknown.join(', ')} (known: ${ORGANISATION_TYPES.join(', ')})`);
      return fallback;
    }
    return types as OrganisationType[];
  }

  postgresUrl(name: string): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    try {
      const url = new URL(value);
      if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
        this.problems.push(`${name} must start with postgres:// or postgresql://, got "${url.protocol}//…"`);
      } else if (url.pathname.length <= 1) {
        this.problems.push(`${name} must name a database, as in postgres://user@host:5432/gezinsplan`);
      }
    } catch {
      this.problems.push(`${name} is not a valid URL (expected postgres://user:password@host:5432/database)`);
    }
    return value;
  }
}
