import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives a working local configuration with no variables set', () => {
    const config = loadConfig({}, '/srv/gezinsplan');
    expect(config).toMatchObject({
      mode: 'development',
      port: 3000,
      databaseUrl: undefined,
      databaseRuntimeUrl: undefined,
      dataDir: '/srv/gezinsplan/.data',
      loadDemoData: true,
      session: { cookieSecure: false },
    });
  });

  it('defaults to secure cookies and no demo data in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/gezinsplan' });
    expect(config.session.cookieSecure).toBe(true);
    expect(config.loadDemoData).toBe(false);
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x/y', COOKIE_SECURE: 'yes', NODE_ENV: 'prod' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/PORT must be a whole number from 0 to 65535, got "eighty"/);
    expect(problems.join('\n')).toMatch(/DATABASE_URL must start with postgres:\/\//);
    expect(problems.join('\n')).toMatch(/COOKIE_SECURE must be true or false/);
    expect(problems.join('\n')).toMatch(/NODE_ENV must be one of development, production, test/);
  });

  it('refuses the old per-account sign-in lock, which let anyone lock an owner out', () => {
    expect(() => loadConfig({ SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '5' })).toThrow(/SIGN_IN_MAX_FAILURES_PER_ACCOUNT is no longer used/);
    expect(loadConfig({ SIGN_IN_FREE_FAILURES_PER_SOURCE: '3' }).signIn).toMatchObject({ freeFailuresPerSource: 3, maxDelayMinutes: 60 });
  });

  it('reads the signal rules and refuses unknown organisation types', () => {
    expect(loadConfig({ REGISSEUR_PRIORITY: 'VEILIG_THUIS, POLICE' }).signals.regisseurPriority).toEqual(['VEILIG_THUIS', 'POLICE']);
    expect(() => loadConfig({ REGISSEUR_PRIORITY: 'VEILIG_THUIS,JUDGE' })).toThrow(/unknown organisation types: JUDGE/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL must start with smtp:\/\//);
  });

  it('requires a database name in DATABASE_URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://localhost:5432' })).toThrow(/must name a database/);
  });

  it('refuses demo accounts in production unless explicitly allowed', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/gezinsplan' };
    expect(() => loadConfig({ ...production, LOAD_DEMO_DATA: 'true' })).toThrow(/published passwords/);
    expect(
      loadConfig({ ...production, LOAD_DEMO_DATA: 'true', ALLOW_DEMO_DATA_IN_PRODUCTION: 'true' }).loadDemoData,
    ).toBe(true);
  });

  it('requires an external database in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL is required in production/);
  });
});
