import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s10CheckDigit } from '../src/domain/check-digits.js';
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
    { input: { trackingNumber: n, destinationCountry: opts.destination, events } },
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
      sql`select basis, key, from_status, sum(deliveries)::int as n from delivery_histograms
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
      sql`select sum(deliveries)::int as n from delivery_histograms where key = 'upu-s10|NL|SE'`,
    );
    expect(again!.n).toBe(2);
    const [record] = await rows<{ days: number }>(
      sql`select extract(epoch from delivered_at - first_event_at) / 86400 as days
          from delivery_records r join shipments s on s.id = r.shipment_id
          where s.tracking_number = ${n}`,
    );
    expect(Number(record!.days)).toBeCloseTo(5, 5);
  });
});
