/** Command-line flags and the benchmark database: shared by seed.ts and run.ts. */
import pg from 'pg';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/wismo_bench';

export interface BenchOptions {
  databaseUrl: string;
  shipments: number;
  connections: number;
  /** Seconds per measured round. */
  duration: number;
  /** Seconds of warm-up per scenario and target, excluded from the results. */
  warmup: number;
  rounds: number;
  /** Scenario names to run (all when empty). */
  only: string[];
  /** Load generator: wrk when installed (default), else autocannon. */
  tool: 'wrk' | 'autocannon' | undefined;
  /** Write a CPU profile of the product (bench/results/profiles) and print its top functions. */
  profile: boolean;
}

const BOOLEAN_FLAGS = ['profile'];

/** Parses `--name value` and `--name=value` flags; unknown flags are an error, not a surprise. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    if (eq > 0) flags.set(arg.slice(2, eq), arg.slice(eq + 1));
    else if (BOOLEAN_FLAGS.includes(arg.slice(2))) flags.set(arg.slice(2), 'true');
    else flags.set(arg.slice(2), argv[++i] ?? '');
  }
  const known = [
    'shipments',
    'connections',
    'duration',
    'warmup',
    'rounds',
    'only',
    'database',
    'tool',
    'profile',
  ];
  for (const name of flags.keys()) {
    if (!known.includes(name))
      throw new Error(`Unknown flag --${name} (known: ${known.join(', ')})`);
  }
  const int = (name: string, fallback: number, min: number) => {
    const raw = flags.get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) {
      throw new Error(`--${name} must be an integer >= ${min}, got "${raw}"`);
    }
    return value;
  };
  return {
    databaseUrl: flags.get('database') || process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
    shipments: int('shipments', 200_000, 1),
    connections: int('connections', 16, 1),
    duration: int('duration', 10, 1),
    warmup: int('warmup', 3, 0),
    rounds: int('rounds', 2, 1),
    only: (flags.get('only') ?? '').split(',').filter(Boolean),
    tool: tool(flags.get('tool')),
    profile: flags.has('profile'),
  };
}

function tool(raw: string | undefined): BenchOptions['tool'] {
  if (raw === undefined) return undefined;
  if (raw === 'wrk' || raw === 'autocannon') return raw;
  throw new Error(`--tool must be wrk or autocannon, got "${raw}"`);
}

/** Creates the database named in the URL when it does not exist yet. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!name) throw new Error(`DATABASE_URL names no database: ${databaseUrl}`);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`create database ${pg.escapeIdentifier(name)}`);
      console.log(`created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

/** Hides the password when a URL is printed. */
export function redactUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = '***';
  return url.toString();
}
