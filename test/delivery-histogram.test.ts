import { describe, expect, it } from 'vitest';
import {
  BUCKETS,
  basisKeys,
  bucketEnd,
  bucketOf,
  bucketStart,
  DAY_MS,
  emptyHistogram,
  estimateDelivery,
  type Histogram,
  percentile,
} from '../src/domain/delivery-histogram.js';

function histogramOf(durationsMs: number[]): Histogram {
  const h = emptyHistogram();
  for (const d of durationsMs) h[bucketOf(d)]! += 1;
  return h;
}

describe('duration buckets', () => {
  it('puts every duration in the bucket whose edges hold it', () => {
    for (const d of [1, 59 * 60_000, 3_600_000, 5 * 3_600_000, 2.5 * DAY_MS, 40 * DAY_MS]) {
      const b = bucketOf(d);
      expect(d).toBeGreaterThanOrEqual(bucketStart(b));
      expect(d).toBeLessThan(bucketEnd(b));
    }
  });

  it('keeps under an hour in the first bucket and half a year or more in the last', () => {
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(-5)).toBe(0);
    expect(bucketOf(180 * DAY_MS)).toBe(BUCKETS - 1);
    expect(bucketOf(2000 * DAY_MS)).toBe(BUCKETS - 1);
  });

  it('grows bucket edges by the same ratio, about 14 % a bucket', () => {
    const ratio = bucketStart(11) / bucketStart(10);
    expect(bucketStart(41) / bucketStart(40)).toBeCloseTo(ratio, 9);
    expect(ratio).toBeGreaterThan(1.1);
    expect(ratio).toBeLessThan(1.2);
  });

  it('edges are exact: a duration on an edge starts that bucket', () => {
    for (let b = 1; b < BUCKETS - 1; b++) {
      expect(bucketOf(Math.ceil(bucketStart(b)))).toBe(b);
    }
  });
});

describe('percentiles from buckets', () => {
  it('has none without deliveries', () => {
    expect(percentile(emptyHistogram(), 0.5)).toBeNull();
  });

  it('lands within one bucket width of the exact percentile', () => {
    const days = Array.from({ length: 100 }, (_, i) => (2 + (i % 10) * 0.5) * DAY_MS);
    const h = histogramOf(days);
    const sorted = [...days].sort((a, b) => a - b);
    for (const p of [0.1, 0.5, 0.9]) {
      const exact = sorted[Math.ceil(p * sorted.length) - 1]!;
      const got = percentile(h, p)!;
      expect(got / exact).toBeGreaterThan(1 / 1.15);
      expect(got / exact).toBeLessThan(1.15);
    }
  });

  it('is monotone in p', () => {
    const h = histogramOf([1, 2, 3, 5, 8, 13, 21].map((d) => d * DAY_MS));
    let last = 0;
    for (let p = 0; p <= 1; p += 0.05) {
      const v = percentile(h, p)!;
      expect(v).toBeGreaterThanOrEqual(last);
      last = v;
    }
  });
});

describe('estimateDelivery', () => {
  const since = new Date('2026-11-01T00:00:00Z');
  const lane = histogramOf(Array.from({ length: 40 }, () => 4 * DAY_MS));
  const country = histogramOf(Array.from({ length: 200 }, () => 9 * DAY_MS));

  it('uses the most specific basis with enough deliveries', () => {
    const e = estimateDelivery({
      histograms: new Map([
        ['LANE', lane],
        ['DESTINATION', country],
      ]),
      since,
      now: since,
      minSample: 30,
    })!;
    expect(e.basis).toBe('LANE');
    expect(e.sampleSize).toBe(40);
    const days = (d: Date) => (d.getTime() - since.getTime()) / DAY_MS;
    expect(days(e.likely)).toBeGreaterThan(3.5);
    expect(days(e.likely)).toBeLessThan(4.6);
    expect(e.earliest.getTime()).toBeLessThanOrEqual(e.likely.getTime());
    expect(e.likely.getTime()).toBeLessThanOrEqual(e.latest.getTime());
  });

  it('falls back when the lane is thinner than the minimum sample', () => {
    const e = estimateDelivery({
      histograms: new Map([
        ['LANE', lane],
        ['DESTINATION', country],
      ]),
      since,
      now: since,
      minSample: 41,
    })!;
    expect(e.basis).toBe('DESTINATION');
    expect(e.sampleSize).toBe(200);
  });

  it('gives nothing when no basis has enough, and flags a shipment past latest as late', () => {
    const histograms = new Map([['STATUS' as const, lane]]);
    expect(estimateDelivery({ histograms, since, now: since, minSample: 100 })).toBeNull();
    const now = new Date(since.getTime() + 6 * DAY_MS);
    expect(estimateDelivery({ histograms, since, now, minSample: 30 })!.late).toBe(true);
  });
});

describe('basisKeys', () => {
  it('leaves out the levels a shipment lacks the countries for', () => {
    expect(basisKeys({ carrier: 'dhl', originCountry: 'CN', destinationCountry: 'ES' })).toEqual([
      { basis: 'LANE', key: 'dhl|CN|ES' },
      { basis: 'CARRIER_DESTINATION', key: 'dhl|ES' },
      { basis: 'DESTINATION', key: 'ES' },
      { basis: 'STATUS', key: '' },
    ]);
    expect(basisKeys({ carrier: 'dhl', originCountry: null, destinationCountry: null })).toEqual([
      { basis: 'STATUS', key: '' },
    ]);
  });
});
