/**
 * CPU time per 50-event ingestion batch inside one process (`npx tsx bench/ingest-cpu.ts
 * [batches]`): the bench's `ingest 50 events` request (a new shipment per batch, carrier key)
 * through yoga.fetch, 8 in flight, against the benchmark database. No sockets or load
 * generator, so the figure holds on a busy machine. `--profile` writes a V8 CPU profile of the
 * measured runs only (not start-up or warm-up) to bench/results/profiles and prints its summary.
 * With PostgreSQL on this machine it also reports the CPU its backends (this database's
 * connections) spent per batch: on two cores PostgreSQL's share decides req/s as much as ours.
 * Each batch creates a shipment numbered after the bench's own ('IB' prefix).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { createApiKey } from '../src/resolvers/api-keys.js';
import { bootstrapInProcess } from './in-process.js';
import { summarizeNewestProfile } from './profile.js';
import { buildScenarios, INGEST_PREFIX } from './scenarios.js';

const args = process.argv.slice(2);
const profile = args.includes('--profile');
const total = Number(args.find((a) => !a.startsWith('--')) ?? 400);
const wismo = await bootstrapInProcess({ WISMO_RATE_INGESTION_PER_MIN: '100000000' });
const { key } = await createApiKey(wismo.database, { role: 'carrier', name: 'ingest-cpu' });
if (wismo.database.driver.kind !== 'postgres') throw new Error('needs PostgreSQL');
const { rows } = await wismo.database.driver.pool.query<{ n: number }>(
  `select coalesce(max(substr(tracking_number, 3, 8)::int), -1) + 1 as n
   from shipments where tracking_number like $1`,
  [`${INGEST_PREFIX.product}%`],
);
const scenario = buildScenarios({
  seededShipments: 1,
  carrierKey: key,
  ingestSerials: { product: rows[0]!.n, baseline: 0 },
}).find((s) => s.name === 'ingest 50 events')!;
const request = scenario.product.request;

const pool = wismo.database.driver.pool;
/** CPU ms of this database's backends, from /proc (null when PostgreSQL runs elsewhere). */
async function postgresCpuMs(): Promise<number | null> {
  const { rows: backends } = await pool.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = current_database()',
  );
  let total = 0;
  for (const { pid } of backends) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return null;
    }
  }
  return total;
}

let failed = 0;
let sample = '';
async function worker(queue: string[]) {
  for (let body = queue.pop(); body !== undefined; body = queue.pop()) {
    const response = await wismo.app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: {
        ...(request.headers as Record<string, string>),
        'content-length': String(Buffer.byteLength(body)),
      },
      body,
    });
    const text = await response.text();
    if (response.status !== 200 || !text.includes('RecordTrackingEventsSuccess')) {
      failed += 1;
      sample ||= text.slice(0, 300);
    }
  }
}

const run = async (n: number) => {
  // Bodies are generated before the clock starts: the generator is not wismo's work.
  const queue = Array.from(
    { length: n },
    () => request.setupRequest!({ ...request }, {}).body as string,
  );
  const pgBefore = await postgresCpuMs();
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: 8 }, () => worker(queue)));
  const used = process.cpuUsage(cpu);
  const wallMs = performance.now() - started;
  const pgAfter = await postgresCpuMs();
  const pgUs = pgBefore === null || pgAfter === null ? null : ((pgAfter - pgBefore) * 1000) / n;
  return { cpuUs: (used.user + used.system) / n, wallMs, pgUs };
};
await run(Math.min(100, total)); // warm-up: JIT, normalizer index, pool
const session = profile ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const runs = [await run(total), await run(total), await run(total)];
if (session) {
  const { profile: data } = await session.post('Profiler.stop');
  const dir = fileURLToPath(new URL('./results/profiles', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/ingest-cpu-${Date.now()}.cpuprofile`, JSON.stringify(data));
  session.disconnect();
}
const best = runs.reduce((a, b) => (b.cpuUs < a.cpuUs ? b : a));
console.log(
  `${total} batches of 50 x 3: ${best.cpuUs.toFixed(0)} µs CPU per batch at best (runs: ${runs.map((r) => r.cpuUs.toFixed(0)).join(', ')}; ${(total / (best.wallMs / 1000)).toFixed(0)}/s wall), PostgreSQL ${runs.map((r) => (r.pgUs === null ? '?' : r.pgUs.toFixed(0))).join(', ')} µs per batch, ${failed} failed${sample ? `: ${sample}` : ''}`,
);
if (profile)
  console.log(
    summarizeNewestProfile(fileURLToPath(new URL('./results/profiles', import.meta.url)), 40),
  );
await wismo.close();
