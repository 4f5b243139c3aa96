/**
 * `npm run bench -- --shipments 200000 --connections 16 --duration 10`: seeds (or reuses) the
 * PostgreSQL benchmark database, starts the product in production mode and the raw baseline,
 * and measures each scenario on both, alternately, with wrk when it is installed (autocannon
 * otherwise: it shares the cores with the servers and compresses the ratio). Other flags:
 * --warmup 3, --rounds 2, --only "shipment lookup,knowledge", --tool wrk|autocannon,
 * --database postgres://...
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { createApiKey } from '../src/resolvers/api-keys.js';
import { combine, type Measurement, measure } from './load.js';
import { parseOptions, redactUrl } from './options.js';
import { type ServerProcess, startBaseline, startProduct } from './processes.js';
import { summarizeNewestProfile } from './profile.js';
import { type BenchReport, formatTable, type ScenarioResult, writeReport } from './report.js';
import { buildScenarios, INGEST_PREFIX, type Scenario, type Target } from './scenarios.js';
import { openBenchDatabase, seedFromOptions } from './seed.js';
import { findWrk, measureWithWrk } from './wrk.js';

type Measure = (
  origin: string,
  target: Target,
  connections: number,
  duration: number,
  unique: boolean,
) => Promise<Measurement>;

/** wrk when installed (or asked for), autocannon otherwise; the name goes into every figure. */
function loadTool(requested: 'wrk' | 'autocannon' | undefined): { name: string; run: Measure } {
  const wrk = requested === 'autocannon' ? null : findWrk();
  if (requested === 'wrk' && !wrk) throw new Error('--tool wrk: wrk is not installed');
  if (wrk) {
    return {
      name: 'wrk',
      run: (origin, target, connections, duration, unique) =>
        measureWithWrk(wrk, origin, target, connections, duration, { unique }),
    };
  }
  return {
    name: 'autocannon',
    run: (origin, target, connections, duration) => measure(origin, target, connections, duration),
  };
}

async function nextSerial(pool: pg.Pool, prefix: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `select coalesce(max(substr(tracking_number, 3, 8)::int), -1) + 1 as n
     from shipments where tracking_number like $1`,
    [`${prefix}%`],
  );
  return rows[0]!.n;
}

/** A carrier key for the ingestion scenario, and where new ingestion numbers start. */
async function prepare(databaseUrl: string) {
  const database = await openBenchDatabase(databaseUrl);
  try {
    if (database.driver.kind !== 'postgres') throw new Error('The benchmark needs PostgreSQL');
    const { key } = await createApiKey(database, { role: 'carrier', name: 'bench' });
    const pool = database.driver.pool;
    const ingestSerials = {
      product: await nextSerial(pool, INGEST_PREFIX.product),
      baseline: await nextSerial(pool, INGEST_PREFIX.baseline),
    };
    return { key, ingestSerials };
  } finally {
    await database.close();
  }
}

function describe(m: Measurement): string {
  const extra = m.non2xx || m.errors || m.failedBodies;
  const cpu = m.cpuUsPerRequest === undefined ? '' : `, ${m.cpuUsPerRequest.toFixed(0)} µs CPU/req`;
  const kb = `${(m.bytesPerSec / 1024).toFixed(0)} KB/s`;
  return `${m.reqPerSec.toFixed(0)} req/s, ${kb}, p50 ${m.p50.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms${cpu}${extra ? `, non-2xx ${m.non2xx}, errors ${m.errors}, failed bodies ${m.failedBodies}` : ''}`;
}

async function runScenario(
  scenario: Scenario,
  product: ServerProcess,
  baseline: ServerProcess,
  options: ReturnType<typeof parseOptions>,
  tool: { name: string; run: Measure },
): Promise<ScenarioResult> {
  const run = async (server: ServerProcess, target: Target, seconds: number) => {
    const before = server.cpuMs();
    const m = await tool.run(
      server.origin,
      target,
      options.connections,
      seconds,
      scenario.unique ?? false,
    );
    const after = server.cpuMs();
    if (before !== null && after !== null && m.requests > 0) {
      m.cpuUsPerRequest = ((after - before) * 1000) / m.requests;
    }
    return m;
  };
  const targets = [
    { server: product, target: scenario.product, rounds: [] as Measurement[] },
    ...(scenario.baseline
      ? [{ server: baseline, target: scenario.baseline, rounds: [] as Measurement[] }]
      : []),
  ];
  console.log(`\n${scenario.name}`);
  if (options.warmup > 0) {
    for (const t of targets) await run(t.server, t.target, options.warmup);
  }
  for (let round = 1; round <= options.rounds; round++) {
    for (const t of targets) {
      const m = await run(t.server, t.target, options.duration);
      t.rounds.push(m);
      console.log(`  round ${round} ${t.server.name}: ${describe(m)}`);
    }
  }
  const productRounds = targets[0]!.rounds;
  const baselineRounds = targets[1]?.rounds ?? [];
  return {
    name: scenario.name,
    baselineNote: scenario.baselineNote,
    product: combine(productRounds),
    baseline: baselineRounds.length ? combine(baselineRounds) : null,
    productRounds,
    baselineRounds,
    productRssMiB: product.rssMiB(),
  };
}

/** Warnings and errors the product logged under load (request lines are below warn). */
function logProblems(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    let key = line.slice(0, 300);
    try {
      const entry = JSON.parse(line) as {
        level?: number;
        msg?: string;
        err?: { message?: string };
      };
      if ((entry.level ?? 0) < 40) continue;
      key = `level ${entry.level}: ${entry.msg ?? ''}${entry.err?.message ? ` (${entry.err.message})` : ''}`;
    } catch {}
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([text, n]) => `${n}x ${text}`);
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const seed = await seedFromOptions(options.databaseUrl, options.shipments);
  const { key, ingestSerials } = await prepare(options.databaseUrl);
  const all = buildScenarios({
    seededShipments: options.shipments,
    carrierKey: key,
    ingestSerials,
  });
  // A misspelt name must not quietly measure nothing.
  const unknown = options.only.filter((name) => !all.some((s) => s.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `--only: no scenario ${unknown.map((n) => `"${n}"`).join(', ')} (known: ${all.map((s) => `"${s.name}"`).join(', ')})`,
    );
  }
  const scenarios = all.filter((s) => options.only.length === 0 || options.only.includes(s.name));

  const tool = loadTool(options.tool);
  console.log(`load generator: ${tool.name}`);
  const loadBefore = loadavg()[0]!;
  if (loadBefore > cpus().length) {
    console.log(
      `warning: load average ${loadBefore.toFixed(1)} on ${cpus().length} CPUs: other processes will skew the numbers`,
    );
  }
  const profileDir = options.profile
    ? fileURLToPath(new URL('./results/profiles', import.meta.url))
    : undefined;
  const product = await startProduct(options.databaseUrl, {}, profileDir);
  const baseline = await startBaseline(options.databaseUrl);
  const idleRss = product.rssMiB();
  console.log(
    `product pid ${product.pid} at ${product.origin} (RSS ${idleRss} MiB idle), baseline at ${baseline.origin}`,
  );
  console.log(
    `${tool.name}: ${options.connections} connections, ${options.warmup} s warm-up, ${options.rounds} alternating rounds of ${options.duration} s`,
  );
  const results: ScenarioResult[] = [];
  try {
    for (const scenario of scenarios) {
      results.push(await runScenario(scenario, product, baseline, options, tool));
    }
  } finally {
    await product.stop();
    await baseline.stop();
  }

  if (profileDir) console.log(`\nproduct CPU profile: ${summarizeNewestProfile(profileDir, 30)}`);
  const loadAfter = loadavg()[0]!;
  const problems = logProblems(product.output());
  console.log(`\n${formatTable(results)}`);
  console.log(
    `\nseed: ${seed.reused ? `reused ${seed.shipments} shipments` : `${seed.inserted} shipments in ${seed.seconds.toFixed(1)} s`}; product RSS idle ${idleRss} MiB; load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after (${cpus().length} CPUs, shared with ${tool.name} and PostgreSQL)`,
  );
  if (problems.length) {
    console.log('\nproduct logged under load:');
    for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
  }
  const report: BenchReport = {
    startedAt,
    options: { ...options, databaseUrl: redactUrl(options.databaseUrl) },
    tool: tool.name,
    loadAverage: { before: loadBefore, after: loadAfter },
    seed: { ...seed },
    machine: {
      cpus: cpus().length,
      memoryMiB: Math.round(totalmem() / 2 ** 20),
      node: process.version,
    },
    scenarios: results,
    productLogProblems: problems,
  };
  console.log(`\nresults written to ${writeReport(report)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
