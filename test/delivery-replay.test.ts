import { describe, expect, it } from 'vitest';
import { DAY_MS, histogramTotal } from '../src/domain/delivery-histogram.js';
import { type DeliveryHistory, replayDeliveries } from '../src/domain/delivery-replay.js';
import type { TrackingStatus } from '../src/domain/tracking-status.js';

/** Deterministic PRNG (mulberry32), so coverage figures are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Log-normal days with the given median and spread. */
function logNormal(rand: () => number, median: number, sigma: number): number {
  const z = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  return median * Math.exp(sigma * z);
}

const START = Date.parse('2026-01-01T00:00:00Z');

function history(
  id: number,
  shippedAt: number,
  days: number,
  lane: Partial<DeliveryHistory> = {},
): DeliveryHistory {
  const firstAt = new Map<TrackingStatus, number>([
    ['INFO_RECEIVED', shippedAt],
    ['DELIVERED', shippedAt + days * DAY_MS],
  ]);
  return { id, carrier: 'post', originCountry: 'CN', destinationCountry: 'DE', firstAt, ...lane };
}

describe('replayDeliveries', () => {
  it('estimates only from deliveries made before the estimate', () => {
    // Ten fast deliveries early on, then one shipment sent before any of them was delivered.
    const early = Array.from({ length: 10 }, (_, i) => history(i, START + i * DAY_MS, 2));
    const blind = history(99, START, 30);
    const r = replayDeliveries([...early, blind], 5);
    // Shipment j is sent on day j; by then the deliveries of shipments 0..j-3 are in (day i+2).
    expect(r.firstEstimates.has(99)).toBe(false);
    expect(r.withoutBasis).toBe(8); // shipments 0..6 and #99
    expect(r.firstEstimates.get(7)).toMatchObject({ basis: 'LANE', sampleSize: 5 });
    expect(r.firstEstimates.get(9)).toMatchObject({ basis: 'LANE', sampleSize: 7 });
    expect(r.deliveries).toBe(11);
  });

  it('covers about 80 % of deliveries on a steady lane, with a small median error', () => {
    const rand = random(7);
    const histories = Array.from({ length: 3000 }, (_, i) =>
      history(i, START + i * 0.1 * DAY_MS, logNormal(rand, 6, 0.35)),
    );
    const r = replayDeliveries(histories, 30);
    expect(r.byBasis.LANE.estimates).toBeGreaterThan(2500);
    expect(r.byBasis.LANE.coverage).toBeGreaterThan(0.75);
    expect(r.byBasis.LANE.coverage).toBeLessThan(0.85);
    expect(r.byBasis.LANE.medianAbsErrorDays).toBeLessThan(1.5);
  });

  it('uses a broader basis for a thin lane and keeps lanes apart', () => {
    const rand = random(11);
    const busy = Array.from({ length: 400 }, (_, i) =>
      history(i, START + i * 0.2 * DAY_MS, logNormal(rand, 5, 0.2)),
    );
    const thin = Array.from({ length: 10 }, (_, i) =>
      history(1000 + i, START + (60 + i) * DAY_MS, logNormal(rand, 5, 0.2), {
        originCountry: 'GB',
      }),
    );
    const r = replayDeliveries([...busy, ...thin], 30);
    for (let i = 0; i < 10; i++) {
      expect(r.firstEstimates.get(1000 + i)?.basis).toBe('CARRIER_DESTINATION');
    }
    const gb = r.histograms.get('LANE|post|GB|DE|INFO_RECEIVED')!;
    expect(histogramTotal(gb.counts)).toBe(10);
  });

  it('counts what ingestion counts: every status reached, under every basis', () => {
    const h = history(1, START, 4);
    (h.firstAt as Map<TrackingStatus, number>).set('ARRIVED_AT_DESTINATION', START + 2 * DAY_MS);
    // A status first reached after delivery (a late scan) does not count.
    (h.firstAt as Map<TrackingStatus, number>).set('OUT_FOR_DELIVERY', START + 5 * DAY_MS);
    const r = replayDeliveries([h], 30);
    expect([...r.histograms.keys()].sort()).toEqual([
      'CARRIER_DESTINATION|post|DE|ARRIVED_AT_DESTINATION',
      'CARRIER_DESTINATION|post|DE|INFO_RECEIVED',
      'DESTINATION|DE|ARRIVED_AT_DESTINATION',
      'DESTINATION|DE|INFO_RECEIVED',
      'LANE|post|CN|DE|ARRIVED_AT_DESTINATION',
      'LANE|post|CN|DE|INFO_RECEIVED',
      'STATUS||ARRIVED_AT_DESTINATION',
      'STATUS||INFO_RECEIVED',
    ]);
  });
});
