/** The load test's command-line options: `--name value`, whole numbers only. */
export interface LoadOptions {
  /** Seconds of load after everyone has signed in. */
  duration: number;
  /** Signed-in people, spread over the roles (see load-people.ts). */
  users: number;
  /** Families in the generated dataset (its own data folder: .data/load-<families>). */
  families: number;
  seed: number;
  /** Mean pause in milliseconds between one person's requests (each pause is 0 to twice this). */
  think: number;
  /** Percentage of a person's steps that write (a logbook entry, a comment). */
  writes: number;
  /** Seconds before an unanswered request counts as a timeout error. */
  timeout: number;
}

const DEFAULTS: LoadOptions = { duration: 60, users: 100, families: 1000, seed: 1, think: 500, writes: 20, timeout: 30 };

const LIMITS: Record<keyof LoadOptions, [number, number]> = {
  duration: [1, 3600],
  users: [4, 1000],
  families: [10, 2_000_000],
  seed: [0, 2_147_483_647],
  think: [0, 60_000],
  writes: [0, 100],
  timeout: [1, 600],
};

export function parseLoadArgs(argv: readonly string[]): LoadOptions {
  const options: LoadOptions = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (!(name in LIMITS)) throw new Error(`Unknown option --${name}. Options: ${Object.keys(LIMITS).map((k) => `--${k}`).join(', ')}`);
    const key = name as keyof LoadOptions;
    const [min, max] = LIMITS[key];
    const parsed = Number(value);
    if (!/^\d+$/.test(value ?? '') || parsed < min || parsed > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
    options[key] = parsed;
  }
  return options;
}
