/**
 * CPU time per shipment lookup inside one process (`npx tsx bench/lookup-cpu.ts [requests]`):
 * wismo's own work for the benchmark's lookup through yoga.fetch, 16 in flight, against the
 * benchmark database. No sockets and no load generator, so the figure holds steady on a busy
 * machine where req/s does not; use it to weigh a change, and `npm run bench` for the ratio.
 * `--cpu-prof` on the node command line profiles it.
 */
import { seededTrackingNumber } from './carrier-messages.js';
import { bootstrapInProcess } from './in-process.js';

const LOOKUP = `query Lookup($n: String!) { shipment(trackingNumber: $n) { ... on Shipment {
  trackingNumber status statusDefinition { title meaning } lastEventAt
  explanation { meaning nextSteps stale relatedQuestions { title } }
  events(first: 10) { edges { node { occurredAt status location rawMessage } } } } } }`;

const total = Number(process.argv[2] ?? 4000);
// bench:seed's default; every number looked up exists.
const SEEDED = Number(process.env.BENCH_SHIPMENTS ?? 200_000);
const wismo = await bootstrapInProcess({
  WISMO_RATE_LOOKUPS_PER_MIN: '100000000',
  WISMO_RATE_READS_PER_MIN: '100000000',
});

let next = 0;
let failed = 0;
async function worker(n: number) {
  while (next < n) {
    const i = next++;
    const body = JSON.stringify({
      query: LOOKUP,
      variables: { n: seededTrackingNumber((i * 7919) % SEEDED) },
    });
    const response = await wismo.app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      body,
    });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) failed += 1;
  }
}

const run = async (n: number) => {
  next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: 16 }, () => worker(n)));
  const used = process.cpuUsage(cpu);
  return { cpuUs: (used.user + used.system) / n, wallMs: performance.now() - started };
};
await run(1000); // warm-up: JIT, caches, pool
// Three runs, the least CPU reported: other processes only ever add to it (cache misses).
const runs = [await run(total), await run(total), await run(total)];
const best = runs.reduce((a, b) => (b.cpuUs < a.cpuUs ? b : a));
console.log(
  `${total} lookups x 3: ${best.cpuUs.toFixed(0)} µs CPU per lookup at best (runs: ${runs.map((r) => r.cpuUs.toFixed(0)).join(', ')}; ${(total / (best.wallMs / 1000)).toFixed(0)}/s wall), ${failed} failed`,
);
await wismo.close();
