import {
  basisKeys,
  bucketOf,
  DAY_MS,
  ESTIMATE_BASES,
  type Estimate,
  type EstimateBasis,
  type EstimateFromStatus,
  emptyHistogram,
  estimateDelivery,
  isEstimateFromStatus,
  type Lane,
} from './delivery-histogram.js';
import type { TrackingStatus } from './tracking-status.js';

/** A shipment's history as the estimates see it: when it first reached each status. */
export interface DeliveryHistory extends Lane {
  id: number;
  /** Epoch milliseconds of the first event of each status. */
  firstAt: ReadonlyMap<TrackingStatus, number>;
}

export interface BasisScore {
  estimates: number;
  /** Estimates whose [earliest, latest] held the delivery. */
  inside: number;
  coverage: number | null;
  /** Median of |delivered - likely| in days. */
  medianAbsErrorDays: number | null;
}

export interface ReplayResult {
  /** Deliveries replayed. */
  deliveries: number;
  overall: BasisScore;
  byBasis: Record<EstimateBasis, BasisScore>;
  /** Estimates that could not be made (no basis had the minimum sample). */
  withoutBasis: number;
  /** Final counts by `histogramKey`, as ingestion would have left them. */
  histograms: Map<string, CountedHistogram>;
  /** Per delivered shipment, the estimate from its first status, as it stood then. */
  firstEstimates: Map<number, Estimate>;
}

export interface CountedHistogram {
  basis: EstimateBasis;
  key: string;
  fromStatus: EstimateFromStatus;
  counts: number[];
}

type Moment =
  | { at: number; kind: 'reached'; history: DeliveryHistory; status: EstimateFromStatus }
  | { at: number; kind: 'delivered'; history: DeliveryHistory };

export function histogramKey(basis: EstimateBasis, key: string, status: TrackingStatus): string {
  return `${basis}|${key}|${status}`;
}

/**
 * Replays delivered shipments in time order: at each moment a shipment first reaches a status,
 * it is estimated from the deliveries counted so far (never a later one); at its delivery every
 * estimate it was given is scored, then its transit times are counted, as ingestion counts them.
 */
export function replayDeliveries(
  histories: readonly DeliveryHistory[],
  minSample: number,
): ReplayResult {
  const moments: Moment[] = [];
  for (const history of histories) {
    const deliveredAt = history.firstAt.get('DELIVERED');
    if (deliveredAt === undefined) continue;
    moments.push({ at: deliveredAt, kind: 'delivered', history });
    for (const [status, at] of history.firstAt) {
      if (isEstimateFromStatus(status) && at <= deliveredAt) {
        moments.push({ at, kind: 'reached', history, status });
      }
    }
  }
  // A delivery at the same instant as another shipment's scan did not inform that scan.
  moments.sort((a, b) => a.at - b.at || (a.kind === b.kind ? 0 : a.kind === 'reached' ? -1 : 1));

  const histograms = new Map<string, CountedHistogram>();
  const pending = new Map<number, { estimate: Estimate; status: EstimateFromStatus }[]>();
  const firstEstimates = new Map<number, Estimate>();
  const errors: Record<EstimateBasis, number[]> = {
    LANE: [],
    CARRIER_DESTINATION: [],
    DESTINATION: [],
    STATUS: [],
  };
  const inside: Record<EstimateBasis, number> = {
    LANE: 0,
    CARRIER_DESTINATION: 0,
    DESTINATION: 0,
    STATUS: 0,
  };
  let withoutBasis = 0;
  let deliveries = 0;

  for (const m of moments) {
    const keys = basisKeys(m.history);
    if (m.kind === 'reached') {
      const found = new Map<EstimateBasis, number[]>();
      for (const { basis, key } of keys) {
        const h = histograms.get(histogramKey(basis, key, m.status));
        if (h) found.set(basis, h.counts);
      }
      const estimate = estimateDelivery({
        histograms: found,
        since: new Date(m.at),
        now: new Date(m.at),
        minSample,
      });
      if (!estimate) {
        withoutBasis++;
        continue;
      }
      const list = pending.get(m.history.id) ?? [];
      list.push({ estimate, status: m.status });
      pending.set(m.history.id, list);
      continue;
    }
    deliveries++;
    const firstStatus = firstEstimateStatus(m.history.firstAt, m.at);
    for (const { estimate, status } of pending.get(m.history.id) ?? []) {
      if (status === firstStatus) firstEstimates.set(m.history.id, estimate);
      if (m.at >= estimate.earliest.getTime() && m.at <= estimate.latest.getTime()) {
        inside[estimate.basis]++;
      }
      errors[estimate.basis].push(Math.abs(m.at - estimate.likely.getTime()) / DAY_MS);
    }
    pending.delete(m.history.id);
    for (const [status, at] of m.history.firstAt) {
      if (!isEstimateFromStatus(status) || at > m.at) continue;
      const bucket = bucketOf(m.at - at);
      for (const { basis, key } of keys) {
        const id = histogramKey(basis, key, status);
        const h = histograms.get(id) ?? {
          basis,
          key,
          fromStatus: status,
          counts: emptyHistogram(),
        };
        h.counts[bucket]! += 1;
        histograms.set(id, h);
      }
    }
  }

  const byBasis = Object.fromEntries(
    ESTIMATE_BASES.map((b) => [b, score(inside[b], errors[b])]),
  ) as Record<EstimateBasis, BasisScore>;
  const allErrors = ESTIMATE_BASES.flatMap((b) => errors[b]);
  const allInside = ESTIMATE_BASES.reduce((n, b) => n + inside[b], 0);
  return {
    deliveries,
    overall: score(allInside, allErrors),
    byBasis,
    withoutBasis,
    histograms,
    firstEstimates,
  };
}

/** The status a shipment's first estimate is made from: its earliest one before delivery. */
export function firstEstimateStatus(
  firstAt: ReadonlyMap<TrackingStatus, number>,
  deliveredAt: number,
): EstimateFromStatus | null {
  let best: EstimateFromStatus | null = null;
  for (const [status, at] of firstAt) {
    if (!isEstimateFromStatus(status) || at > deliveredAt) continue;
    if (best === null || at < firstAt.get(best)!) best = status;
  }
  return best;
}

function score(inside: number, errors: number[]): BasisScore {
  return {
    estimates: errors.length,
    inside,
    coverage: errors.length ? inside / errors.length : null,
    medianAbsErrorDays: median(errors),
  };
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
