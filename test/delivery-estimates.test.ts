import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s10CheckDigit } from '../src/domain/check-digits.js';
import { rebuildDeliveryStats } from '../src/resolvers/delivery-history.js';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const DAY = 86_400_000;
let t: TestApp;
let carrier: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp(
    { WISMO_ETA_MIN_SAMPLE: '10', WISMO_DEMO_DATA: 'false' },
    { now: () => NOW },
  );
  carrier = await authHeader(t, 'carrier');
});
afterAll(async () => {
  await t?.close();
});

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordTrackingEventsInput!) {
    recordTrackingEvents(input: $input) {
      __typename
      ... on RecordTrackingEventsSuccess { accepted shipment { status } }
    }
  }
`;

let serial = 10_000_000;
/** A fresh, valid UPU S10 number from the given origin. */
function trackingNumber(origin: string): string {
  const body = String(serial++);
  return `RR${body}${s10CheckDigit(body)}${origin}`;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Records a shipment that reached the destination `arrivedDaysAgo` days before NOW and, when
 * `transitDays` is given, was delivered that many days after arriving.
 */
async function ship(opts: {
  origin: string;
  destination: string;
  carrier?: string;
  arrivedDaysAgo: number;
  transitDays?: number;
  trackingNumber?: string;
}): Promise<string> {
  const n = opts.trackingNumber ?? trackingNumber(opts.origin);
  const arrived = NOW.getTime() - opts.arrivedDaysAgo * DAY;
  const events = [
    { eventId: 'a', occurredAt: iso(arrived - 3 * DAY), message: 'Shipment information received' },
    { eventId: 'b', occurredAt: iso(arrived), message: 'Arrived at destination country' },
  ];
  const { data } = await gql(
    t.app,
    RECORD,
    {
      input: {
        trackingNumber: n,
        destinationCountry: opts.destination,
        ...(opts.carrier ? { carrier: opts.carrier } : {}),
        events,
      },
    },
    carrier,
  );
  expect(data.recordTrackingEvents.__typename).toBe('RecordTrackingEventsSuccess');
  if (opts.transitDays !== undefined) {
    const delivered = [
      {
        eventId: 'c',
        occurredAt: iso(arrived + opts.transitDays * DAY),
        message: 'Delivered to the recipient',
      },
    ];
    const second = await gql(
      t.app,
      RECORD,
      { input: { trackingNumber: n, events: delivered } },
      carrier,
    );
    expect(second.data.recordTrackingEvents.shipment.status).toBe('DELIVERED');
  }
  return n;
}

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await t.database.db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

describe('histogram maintenance', () => {
  it('counts a delivery once per status it passed, under every basis of its lane', async () => {
    const n = await ship({ origin: 'NL', destination: 'SE', arrivedDaysAgo: 10, transitDays: 2 });
    const counted = await rows<{ basis: string; key: string; from_status: string; n: number }>(
      sql`select basis, key, from_status, sum(deliveries)::int as n
          from delivery_histograms, unnest(counts) as deliveries
          where key in ('upu-s10|NL|SE', 'upu-s10|SE', 'SE') or basis = 'STATUS'
          group by basis, key, from_status order by basis, from_status`,
    );
    expect(counted).toEqual([
      { basis: 'LANE', key: 'upu-s10|NL|SE', from_status: 'INFO_RECEIVED', n: 1 },
      { basis: 'LANE', key: 'upu-s10|NL|SE', from_status: 'ARRIVED_AT_DESTINATION', n: 1 },
      { basis: 'CARRIER_DESTINATION', key: 'upu-s10|SE', from_status: 'INFO_RECEIVED', n: 1 },
      {
        basis: 'CARRIER_DESTINATION',
        key: 'upu-s10|SE',
        from_status: 'ARRIVED_AT_DESTINATION',
        n: 1,
      },
      { basis: 'DESTINATION', key: 'SE', from_status: 'INFO_RECEIVED', n: 1 },
      { basis: 'DESTINATION', key: 'SE', from_status: 'ARRIVED_AT_DESTINATION', n: 1 },
      { basis: 'STATUS', key: '', from_status: 'INFO_RECEIVED', n: 1 },
      { basis: 'STATUS', key: '', from_status: 'ARRIVED_AT_DESTINATION', n: 1 },
    ]);

    // A replayed delivery, or a second delivery scan, does not count the shipment again.
    await gql(
      t.app,
      RECORD,
      {
        input: {
          trackingNumber: n,
          events: [
            { eventId: 'c', occurredAt: iso(NOW.getTime() - 8 * DAY), message: 'Delivered' },
            { eventId: 'd', occurredAt: iso(NOW.getTime() - 7 * DAY), message: 'Delivered' },
          ],
        },
      },
      carrier,
    );
    const [again] = await rows<{ n: number }>(
      sql`select sum(deliveries)::int as n
          from delivery_histograms, unnest(counts) as deliveries where key = 'upu-s10|NL|SE'`,
    );
    expect(again!.n).toBe(2);
    const [record] = await rows<{ days: number }>(
      sql`select extract(epoch from delivered_at - first_event_at) / 86400 as days
          from delivery_records r join shipments s on s.id = r.shipment_id
          where s.tracking_number = ${n}`,
    );
    expect(Number(record!.days)).toBeCloseTo(5, 5);
  });

  it('gives no estimate while every basis has fewer deliveries than the minimum sample', async () => {
    const n = await ship({ origin: 'NL', destination: 'SE', arrivedDaysAgo: 1 });
    const { data } = await gql(t.app, LOOKUP, { n });
    expect(data.shipment.status).toBe('ARRIVED_AT_DESTINATION');
    expect(data.shipment.estimatedDelivery).toBeNull();
    expect(data.shipment.explanation.outlook).toBeNull();
  });
});

const LOOKUP = /* GraphQL */ `
  query Lookup($n: String!, $locale: String) {
    shipment(trackingNumber: $n, locale: $locale) {
      __typename
      ... on Shipment {
        status
        estimatedDelivery { earliest likely latest basis sampleSize late }
        explanation { outlook stale actionRequired nextSteps }
        events(first: 5) { edges { node { status } } }
      }
    }
  }
`;

async function lookup(n: string, locale = 'en') {
  const { data, errors } = await gql(t.app, LOOKUP, { n, locale });
  expect(errors).toBeUndefined();
  expect(data.shipment.__typename).toBe('Shipment');
  return data.shipment;
}

/** Days from the moment the shipment reached the destination to an estimate's date. */
const daysAfter = (arrivedDaysAgo: number, date: string) =>
  (new Date(date).getTime() - (NOW.getTime() - arrivedDaysAgo * DAY)) / DAY;

describe('Shipment.estimatedDelivery', () => {
  beforeAll(async () => {
    // The CN -> DE lane: 20 deliveries, 1 to 20 days after reaching Germany.
    for (let d = 1; d <= 20; d++) {
      await ship({ origin: 'CN', destination: 'DE', arrivedDaysAgo: 40, transitDays: d });
    }
  });

  it('gives the lane percentiles from the current status, and the lookup stays one statement', async () => {
    const n = await ship({ origin: 'CN', destination: 'DE', arrivedDaysAgo: 1 });
    t.sql.reset();
    const s = await lookup(n);
    expect(t.sql.count).toBe(1);
    const e = s.estimatedDelivery;
    expect(e).toMatchObject({ basis: 'LANE', sampleSize: 20, late: false });
    // Exact: 10th percentile 2 days, median 10, 90th 18; buckets are ~14 % wide.
    expect(daysAfter(1, e.earliest)).toBeGreaterThan(2 / 1.15);
    expect(daysAfter(1, e.earliest)).toBeLessThan(2 * 1.15);
    expect(daysAfter(1, e.likely)).toBeGreaterThan(10 / 1.15);
    expect(daysAfter(1, e.likely)).toBeLessThan(10 * 1.15);
    expect(daysAfter(1, e.latest)).toBeGreaterThan(18 / 1.15);
    expect(daysAfter(1, e.latest)).toBeLessThan(18 * 1.15);
    expect(s.explanation.outlook).toMatch(
      /^Parcels on this route usually arrive \d+–\d+ days after reaching the destination country\.$/,
    );
    expect(s.explanation.stale).toBe(false);
  });

  it('says the outlook in the shopper language', async () => {
    const n = await ship({ origin: 'CN', destination: 'DE', arrivedDaysAgo: 1 });
    expect((await lookup(n, 'de')).explanation.outlook).toMatch(
      /^Sendungen auf dieser Strecke kommen meist \d+–\d+ Tage nach Ankunft im Zielland an\.$/,
    );
    expect((await lookup(n, 'es')).explanation.outlook).toMatch(/^Los paquetes en esta ruta/);
    expect((await lookup(n, 'pt')).explanation.outlook).toMatch(/^As encomendas nesta rota/);
    expect((await lookup(n, 'fr')).explanation.outlook).toMatch(/^Les colis sur cet itinéraire/);
  });

  it('falls back to broader bases when the lane is thin', async () => {
    await ship({ origin: 'GB', destination: 'DE', arrivedDaysAgo: 40, transitDays: 30 });
    const thinLane = await ship({ origin: 'GB', destination: 'DE', arrivedDaysAgo: 1 });
    expect((await lookup(thinLane)).estimatedDelivery).toMatchObject({
      basis: 'CARRIER_DESTINATION',
      sampleSize: 21,
    });
    const otherCarrier = await ship({
      origin: 'CN',
      destination: 'DE',
      carrier: 'dhl',
      arrivedDaysAgo: 1,
    });
    const byCountry = await lookup(otherCarrier);
    expect(byCountry.estimatedDelivery).toMatchObject({ basis: 'DESTINATION', sampleSize: 21 });
    expect(byCountry.explanation.outlook).toMatch(/^Parcels to Germany usually arrive/);
    const nowhere = await ship({ origin: 'CN', destination: 'JP', arrivedDaysAgo: 1 });
    const byStatus = (await lookup(nowhere)).estimatedDelivery;
    expect(byStatus.basis).toBe('STATUS');
    expect(byStatus.sampleSize).toBeGreaterThanOrEqual(22);
  });

  it('reflects a delivery in the next lookup', async () => {
    const n = await ship({ origin: 'GB', destination: 'DE', arrivedDaysAgo: 1 });
    const before = (await lookup(n)).estimatedDelivery.sampleSize;
    await ship({ origin: 'CN', destination: 'DE', arrivedDaysAgo: 30, transitDays: 5 });
    expect((await lookup(n)).estimatedDelivery.sampleSize).toBe(before + 1);
  });

  it('gives none from a status no delivered shipment went through', async () => {
    const n = await ship({ origin: 'CN', destination: 'DE', arrivedDaysAgo: 2 });
    await gql(
      t.app,
      RECORD,
      {
        input: {
          trackingNumber: n,
          events: [
            { eventId: 'h', occurredAt: iso(NOW.getTime() - DAY), message: 'Held by customs' },
          ],
        },
      },
      carrier,
    );
    const s = await lookup(n);
    expect(s.status).toBe('HELD_BY_CUSTOMS');
    expect(s.estimatedDelivery).toBeNull();
    expect(s.explanation.outlook).toBeNull();
  });

  it('gives delivered shipments none', async () => {
    const n = await ship({ origin: 'CN', destination: 'DE', arrivedDaysAgo: 10, transitDays: 3 });
    const s = await lookup(n);
    expect(s.status).toBe('DELIVERED');
    expect(s.estimatedDelivery).toBeNull();
    expect(s.explanation.outlook).toBeNull();
  });

  it('flags a shipment past its latest date as late, with the status advice', async () => {
    const n = await ship({ origin: 'CN', destination: 'DE', arrivedDaysAgo: 25 });
    const s = await lookup(n);
    expect(s.estimatedDelivery.late).toBe(true);
    expect(s.explanation.stale).toBe(true);
    expect(s.explanation.actionRequired).toBe(true);
    expect(s.explanation.nextSteps[0]).toMatch(/^Your parcel is later than expected/);
    expect(s.explanation.nextSteps[1]).toBe(
      'Allow a few days for the destination country to update the tracking.',
    );
  });

  it('replaces the fixed staleness threshold where data exists', async () => {
    // 10 quiet days exceed the status's 7, but this lane often takes longer: not late yet.
    const n = await ship({ origin: 'CN', destination: 'DE', arrivedDaysAgo: 10 });
    const s = await lookup(n);
    expect(s.estimatedDelivery.late).toBe(false);
    expect(s.explanation.stale).toBe(false);
    expect(s.explanation.nextSteps[0]).not.toMatch(/no update/);
  });
});

describe('deliveryPerformance', () => {
  const PERFORMANCE = /* GraphQL */ `
    query Performance($from: DateTime, $groupBy: DeliveryPerformanceGroup!) {
      deliveryPerformance(from: $from, groupBy: $groupBy) {
        carrier originCountry destinationCountry deliveries medianTransitDays p90TransitDays
        estimatedDeliveries insideEstimateShare
      }
    }
  `;
  const from = new Date(NOW.getTime() - 60 * DAY).toISOString();

  it('gives analysts transit percentiles per lane and how often estimates held', async () => {
    const analytics = await authHeader(t, 'analytics');
    const { data, errors } = await gql(t.app, PERFORMANCE, { from, groupBy: 'LANE' }, analytics);
    expect(errors).toBeUndefined();
    const lane = data.deliveryPerformance.find(
      (p: { originCountry: string; destinationCountry: string }) =>
        p.originCountry === 'CN' && p.destinationCountry === 'DE',
    );
    // The lane's 20 deliveries took 4..23 days from the first event, plus one of 8 and one of 6.
    const days = [...Array.from({ length: 20 }, (_, i) => i + 4), 8, 6].sort((a, b) => a - b);
    const cont = (p: number) => {
      const pos = p * (days.length - 1);
      const lo = Math.floor(pos);
      return days[lo]! + (pos - lo) * (days[lo + 1]! - days[lo]!);
    };
    expect(lane).toMatchObject({ carrier: 'upu-s10', deliveries: days.length });
    expect(lane.medianTransitDays).toBeCloseTo(cont(0.5), 6);
    expect(lane.p90TransitDays).toBeCloseTo(cont(0.9), 6);
    expect(lane.estimatedDeliveries).toBeGreaterThan(0);
    expect(lane.insideEstimateShare).toBeGreaterThanOrEqual(0);
    expect(lane.insideEstimateShare).toBeLessThanOrEqual(1);

    const byCountry = await gql(t.app, PERFORMANCE, { from, groupBy: 'DESTINATION' }, analytics);
    const de = byCountry.data.deliveryPerformance.find(
      (p: { destinationCountry: string }) => p.destinationCountry === 'DE',
    );
    expect(de).toMatchObject({ carrier: null, originCountry: null, deliveries: days.length + 1 });
  });

  it('refuses a range that ends before it starts, like every analytics read', async () => {
    const analytics = await authHeader(t, 'analytics');
    const { data, errors } = await gql(
      t.app,
      /* GraphQL */ `{ deliveryPerformance(from: "2026-11-20T00:00:00Z", to: "2026-11-01T00:00:00Z") { deliveries } }`,
      {},
      analytics,
    );
    expect(data?.deliveryPerformance ?? null).toBeNull();
    expect(errors?.[0]?.message).toBe('from must not be after to.');
  });

  it('is for the analytics role only', async () => {
    const { errors } = await gql(t.app, PERFORMANCE, { groupBy: 'CARRIER' });
    expect(errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});

describe('eta backtest', () => {
  it('replays the stored history into exactly the histograms ingestion kept', async () => {
    const histogramRows = sql`select basis, key, from_status, (bucket - 1)::int as bucket, deliveries
      from delivery_histograms, unnest(counts) with ordinality as b(deliveries, bucket)
      where deliveries > 0 order by basis, key, from_status, bucket`;
    const kept = await rows(histogramRows);
    const [records] = await rows<{ n: number }>(
      sql`select count(*)::int as n from delivery_records`,
    );
    const rebuilt = await rebuildDeliveryStats(t.database.db, 10);
    expect(await rows(histogramRows)).toEqual(kept);
    expect(rebuilt.deliveries).toBe(records!.n);
    expect(rebuilt.replay.deliveries).toBe(records!.n);
    // Each estimate used only earlier deliveries: the first ones on the lanes had none.
    expect(rebuilt.replay.withoutBasis).toBeGreaterThan(0);
    expect(rebuilt.replay.overall.estimates).toBeGreaterThan(0);
  });
});

describe('concurrent deliveries', () => {
  it('counts every delivery when several on the same lane arrive at once', async () => {
    // On PostgreSQL these run on separate connections and upsert the same histogram rows.
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        ship({ origin: 'DK', destination: 'FI', arrivedDaysAgo: 20, transitDays: 1 + i }),
      ),
    );
    const counted = await rows<{ basis: string; from_status: string; n: number }>(
      sql`select basis, from_status, sum(deliveries)::int as n
          from delivery_histograms, unnest(counts) as deliveries
          where key in ('upu-s10|DK|FI', 'upu-s10|FI', 'FI')
          group by basis, from_status order by basis, from_status`,
    );
    expect(counted).toEqual(
      ['LANE', 'CARRIER_DESTINATION', 'DESTINATION'].flatMap((basis) => [
        { basis, from_status: 'INFO_RECEIVED', n: 6 },
        { basis, from_status: 'ARRIVED_AT_DESTINATION', n: 6 },
      ]),
    );
  });
});
