import { parseArgs } from 'node:util';
import { ESTIMATE_BASES } from '../domain/delivery-histogram.js';
import { type BasisScore, type ReplayResult, replayDeliveries } from '../domain/delivery-replay.js';
import { loadDeliveryHistories, rebuildDeliveryStats } from '../resolvers/delivery-history.js';
import { withDatabase } from './database.js';

/**
 * `npm run eta:backtest [-- --rebuild]`: replays every delivered shipment in time order, each
 * estimate made only from deliveries before it, and prints how often deliveries fell inside
 * [earliest, latest] (target 80 %) and the median absolute error of `likely`, per basis.
 * `--rebuild` also rewrites the histograms and delivery records from the replay (for data
 * loaded in bulk rather than through ingestion).
 */
const { values } = parseArgs({ options: { rebuild: { type: 'boolean', default: false } } });
await withDatabase(async (database, config) => {
  const minSample = config.WISMO_ETA_MIN_SAMPLE;
  const replay = values.rebuild
    ? (await rebuildDeliveryStats(database.db, minSample)).replay
    : replayDeliveries(await loadDeliveryHistories(database.db), minSample);
  console.log(formatReport(replay, minSample));
  if (values.rebuild) console.log('delivery histograms and records rebuilt from the replay');
});

function formatReport(r: ReplayResult, minSample: number): string {
  const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
  const days = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)} d`);
  const row = (name: string, s: BasisScore) =>
    `${name.padEnd(20)} ${String(s.estimates).padStart(9)} ${pct(s.coverage).padStart(9)} ${days(s.medianAbsErrorDays).padStart(12)}`;
  return [
    `deliveries replayed: ${r.deliveries}; minimum sample ${minSample}; ` +
      `estimates without basis: ${r.withoutBasis}`,
    `${'basis'.padEnd(20)} ${'estimates'.padStart(9)} ${'coverage'.padStart(9)} ${'median |err|'.padStart(12)}`,
    ...ESTIMATE_BASES.map((b) => row(b, r.byBasis[b])),
    row('overall', r.overall),
    'coverage: deliveries inside [earliest, latest] (target 80 %); error: |delivered - likely|',
  ].join('\n');
}
