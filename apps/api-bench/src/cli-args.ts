/** The benchmark's command-line options: `--name value`, whole numbers only. */
export interface BenchOptions {
  families: number;
  seed: number;
  /** Seconds per measurement window (one target, one load). */
  duration: number;
  /** Seconds of the 50-user endurance run of the plan page; 0 (the default) skips it. */
  soak: number;
  /** Interleaved rounds of the plan-page measurements; a verdict needs at least 3. */
  rounds: number;
  /** Plan pages per second in the fixed-rate windows (a heavy family's page: a fifth of it). */
  rate: number;
  /** Seconds before an unanswered request counts as a timeout. */
  timeout: number;
  /** How many different people (and families) each operation rotates through. */
  identities: number;
  concurrency: number[];
  /** 1: also count rows read by sequential scans per request (slow: waits for PostgreSQL's statistics). */
  scans: number;
  /** 1: the real API writes a V8 CPU profile (.cpuprofile) into the bench data folder when it stops. */
  profile: number;
}

const DEFAULTS: BenchOptions = {
  families: 1000, seed: 1, duration: 10, soak: 0, rounds: 3, rate: 20, timeout: 10, identities: 20, concurrency: [1, 50], scans: 0, profile: 0,
};

const LIMITS: Record<keyof Omit<BenchOptions, 'concurrency'>, [number, number]> = {
  families: [10, 2_000_000],
  seed: [0, 2_147_483_647],
  duration: [1, 600],
  soak: [0, 3600],
  rounds: [1, 20],
  rate: [1, 1000],
  timeout: [1, 600],
  identities: [1, 500],
  scans: [0, 1],
  profile: [0, 1],
};

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (name === 'concurrency') {
      options.concurrency = (value ?? '').split(',').map(Number);
      if (options.concurrency.some((c) => !Number.isInteger(c) || c < 1 || c > 500)) throw new Error('--concurrency takes numbers 1 to 500, e.g. 1,50');
      continue;
    }
    if (!(name in LIMITS)) throw new Error(`Unknown option --${name}. Options: --families, --seed, --duration, --soak, --rounds, --rate, --timeout, --identities, --concurrency, --scans, --profile`);
    const key = name as keyof typeof LIMITS;
    const parsed = Number(value);
    const [min, max] = LIMITS[key];
    if (!/^\d+$/.test(value ?? '') || parsed < min || parsed > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
    options[key] = parsed;
  }
  return options;
}
