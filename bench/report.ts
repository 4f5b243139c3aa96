/** The printed table and the JSON written to bench/results/latest.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Measurement } from './load.js';

export interface ScenarioResult {
  name: string;
  baselineNote: string;
  product: Measurement;
  baseline: Measurement | null;
  productRounds: Measurement[];
  baselineRounds: Measurement[];
  productRssMiB: number | null;
}

export interface BenchReport {
  startedAt: string;
  options: Record<string, unknown>;
  /** The load generator that produced every figure: wrk or autocannon. */
  tool: string;
  loadAverage: { before: number; after: number };
  seed: Record<string, unknown>;
  machine: Record<string, unknown>;
  scenarios: ScenarioResult[];
  productLogProblems: string[];
}

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

const fixed = (n: number, digits = 0) => n.toFixed(digits);
const kbPerRequest = (m: Measurement) =>
  m.requests ? fixed(m.bytesPerSec / m.reqPerSec / 1024, 1) : '-';

export function formatTable(results: readonly ScenarioResult[]): string {
  const header = [
    'scenario',
    'req/s product',
    'req/s baseline',
    'ratio',
    'KB/req prod',
    'KB/req base',
    'KB/s prod',
    'KB/s base',
    'p50 ms prod',
    'p99 ms prod',
    'p50 ms base',
    'p99 ms base',
    'CPU µs/req prod',
    'CPU µs/req base',
    'non-2xx prod',
    'failed bodies',
    'RSS MiB',
  ];
  const rows = results.map((r) => [
    r.name,
    fixed(r.product.reqPerSec),
    r.baseline ? fixed(r.baseline.reqPerSec) : '-',
    r.baseline ? fixed(r.product.reqPerSec / r.baseline.reqPerSec, 2) : '-',
    kbPerRequest(r.product),
    r.baseline ? kbPerRequest(r.baseline) : '-',
    fixed(r.product.bytesPerSec / 1024),
    r.baseline ? fixed(r.baseline.bytesPerSec / 1024) : '-',
    fixed(r.product.p50, 1),
    fixed(r.product.p99, 1),
    r.baseline ? fixed(r.baseline.p50, 1) : '-',
    r.baseline ? fixed(r.baseline.p99, 1) : '-',
    r.product.cpuUsPerRequest === undefined ? '?' : fixed(r.product.cpuUsPerRequest),
    r.baseline?.cpuUsPerRequest === undefined ? '-' : fixed(r.baseline.cpuUsPerRequest),
    `${r.product.non2xx}${r.product.rateLimited ? ` (${r.product.rateLimited}x429)` : ''}`,
    String(r.product.failedBodies + (r.product.errors ? r.product.errors : 0)),
    r.productRssMiB === null ? '?' : String(r.productRssMiB),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, i > 0)).join('  ');
  const notes = results.map((r) => `  ${r.name}: baseline = ${r.baselineNote}`);
  const failures = results
    .filter((r) => r.product.sampleFailure || r.baseline?.sampleFailure)
    .map(
      (r) =>
        `  ${r.name}: ${r.product.sampleFailure ?? ''}${r.baseline?.sampleFailure ? ` | baseline: ${r.baseline.sampleFailure}` : ''}`,
    );
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    'ratio = product req/s / baseline req/s; p50 = mean of rounds, p99 = worst round.',
    'KB = 1024 bytes of responses as received, headers included (answers differ in size: compare KB/s too).',
    'CPU µs/req = CPU time of the server process (not PostgreSQL) per request: steadier than req/s on a busy machine.',
    'failed bodies = 2xx with GraphQL errors or a typed failure, plus socket errors/timeouts.',
    ...notes,
    ...(failures.length ? ['', 'first failing responses:', ...failures] : []),
  ].join('\n');
}

export function writeReport(report: BenchReport): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = `${RESULTS_DIR}latest.json`;
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
