import type { TrackingStatus } from './tracking-status.js';

/**
 * Transit times kept as counts in fixed, log-spaced duration buckets: a delivery adds one to a
 * bucket (an UPDATE any instance can do inside the ingestion transaction), and percentiles come
 * from 64 counters instead of a scan over past deliveries. Log spacing gives every bucket the
 * same relative width (~14 %), which is what "3–7 days" needs, from hours to half a year.
 */
export const BUCKETS = 64;
const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
/** Bucket 0 holds everything under an hour; the last bucket everything from this on. */
const LOWEST_MS = HOUR_MS;
const HIGHEST_MS = 180 * DAY_MS;
/** Buckets 1 … BUCKETS-2 split [LOWEST, HIGHEST) evenly on a log scale. */
const INNER = BUCKETS - 2;
const LOG_STEP = Math.log(HIGHEST_MS / LOWEST_MS) / INNER;

/** The statuses an estimate can start from: every step on the way, none after the end. */
export const ESTIMATE_FROM_STATUSES = [
  'INFO_RECEIVED',
  'IN_TRANSIT',
  'ARRIVED_AT_DESTINATION',
  'HELD_BY_CUSTOMS',
  'OUT_FOR_DELIVERY',
  'WAITING_FOR_PICKUP',
] as const satisfies readonly TrackingStatus[];
export type EstimateFromStatus = (typeof ESTIMATE_FROM_STATUSES)[number];

export function isEstimateFromStatus(status: TrackingStatus): status is EstimateFromStatus {
  return (ESTIMATE_FROM_STATUSES as readonly string[]).includes(status);
}

/** Lower edge of a bucket in milliseconds. */
export function bucketStart(bucket: number): number {
  if (bucket <= 0) return 0;
  return LOWEST_MS * Math.exp(LOG_STEP * (bucket - 1));
}

/** Upper edge of a bucket; the open last bucket is given the width of the one before it. */
export function bucketEnd(bucket: number): number {
  return LOWEST_MS * Math.exp(LOG_STEP * Math.min(bucket, BUCKETS - 1));
}

export function bucketOf(durationMs: number): number {
  if (!(durationMs >= LOWEST_MS)) return 0;
  if (durationMs >= HIGHEST_MS) return BUCKETS - 1;
  const b = 1 + Math.floor(Math.log(durationMs / LOWEST_MS) / LOG_STEP);
  // Floating point at an exact edge may land one bucket off; the edges decide.
  if (b > 1 && durationMs < bucketStart(b)) return b - 1;
  if (b < BUCKETS - 2 && durationMs >= bucketStart(b + 1)) return b + 1;
  return b;
}

export type Histogram = readonly number[];

export function emptyHistogram(): number[] {
  return new Array<number>(BUCKETS).fill(0);
}

export function histogramTotal(h: Histogram): number {
  let n = 0;
  for (const c of h) n += c;
  return n;
}

/**
 * The duration below which a share `p` (0..1) of the counted deliveries fell, interpolated
 * geometrically inside the bucket (linearly in bucket 0, which starts at zero).
 */
export function percentile(h: Histogram, p: number): number | null {
  const total = histogramTotal(h);
  if (total === 0) return null;
  const rank = Math.min(Math.max(p, 0), 1) * total;
  let below = 0;
  for (let b = 0; b < h.length; b++) {
    const count = h[b] ?? 0;
    if (count === 0) continue;
    if (below + count >= rank) {
      const within = (rank - below) / count;
      const lo = bucketStart(b);
      const hi = bucketEnd(b);
      return lo === 0 ? hi * within : lo * (hi / lo) ** within;
    }
    below += count;
  }
  return bucketEnd(h.length - 1);
}

export const ESTIMATE_BASES = ['LANE', 'CARRIER_DESTINATION', 'DESTINATION', 'STATUS'] as const;
export type EstimateBasis = (typeof ESTIMATE_BASES)[number];

export interface Lane {
  carrier: string;
  originCountry: string | null;
  destinationCountry: string | null;
}

/**
 * The histogram keys a shipment counts under, most specific first. A level that needs a
 * country the shipment does not have is left out rather than pooled under "unknown".
 */
export function basisKeys(lane: Lane): { basis: EstimateBasis; key: string }[] {
  const keys: { basis: EstimateBasis; key: string }[] = [];
  const { carrier, originCountry: from, destinationCountry: to } = lane;
  if (from && to) keys.push({ basis: 'LANE', key: `${carrier}|${from}|${to}` });
  if (to) keys.push({ basis: 'CARRIER_DESTINATION', key: `${carrier}|${to}` });
  if (to) keys.push({ basis: 'DESTINATION', key: to });
  keys.push({ basis: 'STATUS', key: '' });
  return keys;
}

export interface Estimate {
  earliest: Date;
  likely: Date;
  latest: Date;
  basis: EstimateBasis;
  sampleSize: number;
  late: boolean;
}

/** Interval percentiles: 80 % of deliveries should fall between earliest and latest. */
export const EARLIEST_P = 0.1;
export const LIKELY_P = 0.5;
export const LATEST_P = 0.9;

/**
 * The estimate from the most specific basis with at least `minSample` deliveries, measured
 * from when the shipment first reached its current status; null when no basis has enough.
 */
export function estimateDelivery(input: {
  histograms: ReadonlyMap<EstimateBasis, Histogram>;
  since: Date;
  now: Date;
  minSample: number;
}): Estimate | null {
  for (const basis of ESTIMATE_BASES) {
    const h = input.histograms.get(basis);
    if (!h) continue;
    const sampleSize = histogramTotal(h);
    if (sampleSize === 0 || sampleSize < input.minSample) continue;
    const at = (p: number) => new Date(input.since.getTime() + Math.round(percentile(h, p)!));
    const latest = at(LATEST_P);
    return {
      earliest: at(EARLIEST_P),
      likely: at(LIKELY_P),
      latest,
      basis,
      sampleSize,
      late: input.now.getTime() > latest.getTime(),
    };
  }
  return null;
}
