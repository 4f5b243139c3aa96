import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const NOW = new Date('2026-11-25T12:00:00Z');
let t: TestApp;
let carrier: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ WISMO_DEMO_DATA: 'false' }, { now: () => NOW });
  carrier = await authHeader(t, 'carrier');
});
afterAll(async () => {
  await t?.close();
});

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordTrackingEventsInput!) {
    recordTrackingEvents(input: $input) {
      __typename
      ... on RecordTrackingEventsSuccess { accepted duplicates }
    }
  }
`;

// Characters that array literals quote or escape, and the word PostgreSQL reads as NULL there.
const AWKWARD = [
  'Delivered, signed by "J. {Doe}" \\ back door',
  'NULL',
  'Ankunft im Zielland – 到达目的地 (Zürich)',
  'Departed facility {1,2}',
];

describe('recordTrackingEvents stores a batch in one statement', () => {
  it('keeps every text exactly, nulls as nulls, and counts a replay as duplicates', async () => {
    const events = AWKWARD.map((message, i) => ({
      eventId: i === 1 ? null : `awk-${i}`,
      occurredAt: new Date(NOW.getTime() - (10 - i) * 3_600_000).toISOString(),
      location: i === 2 ? null : `Place "${i}", {x}`,
      message,
    }));
    const input = { trackingNumber: 'RR123456785DE', events };
    t.sql.reset();
    const first = await gql(t.app, RECORD, { input }, carrier);
    expect(first.data.recordTrackingEvents).toEqual({
      __typename: 'RecordTrackingEventsSuccess',
      accepted: 4,
      duplicates: 0,
    });
    expect(t.sql.statements.filter((s) => /insert into "?tracking_events/i.test(s))).toHaveLength(
      1,
    );

    const stored = await t.database.db.execute(sql`
      select e.raw_message, e.location, e.external_id, e.occurred_at
      from tracking_events e join shipments s on s.id = e.shipment_id
      where s.tracking_number = 'RR123456785DE' order by e.occurred_at`);
    const rows = (stored as unknown as { rows: Record<string, unknown>[] }).rows;
    expect(rows.map((r) => r.raw_message)).toEqual(AWKWARD);
    expect(rows.map((r) => r.location)).toEqual(events.map((e) => e.location));
    expect(rows.map((r) => r.external_id)).toEqual(events.map((e) => e.eventId));
    expect(rows.map((r) => new Date(String(r.occurred_at)).toISOString())).toEqual(
      events.map((e) => e.occurredAt),
    );

    const replay = await gql(t.app, RECORD, { input }, carrier);
    expect(replay.data.recordTrackingEvents).toMatchObject({ accepted: 0, duplicates: 4 });
  });
});

const RECORD_STATE = /* GraphQL */ `
  mutation Record($input: RecordTrackingEventsInput!) {
    recordTrackingEvents(input: $input) {
      __typename
      ... on RecordTrackingEventsSuccess {
        accepted duplicates unmatched
        shipment { status lastEventAt }
      }
    }
  }
`;

async function shipmentRow(trackingNumber: string) {
  const result = await t.database.db.execute(sql`
    select status, status_occurred_at, last_event_at, event_count from shipments
    where tracking_number = ${trackingNumber}`);
  const [row] = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  return {
    status: row?.status,
    statusOccurredAt: new Date(String(row?.status_occurred_at)).toISOString(),
    lastEventAt: new Date(String(row?.last_event_at)).toISOString(),
    eventCount: Number(row?.event_count),
  };
}

describe('the first batch of a new shipment', () => {
  const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString();
  const batch = [
    {
      eventId: 'n-1',
      occurredAt: at(30),
      location: 'Leipzig',
      message: 'Arrived at destination country',
    },
    { eventId: 'n-2', occurredAt: at(20), location: 'Berlin', message: 'Out for delivery' },
    { eventId: 'n-3', occurredAt: at(10), location: 'Berlin', message: 'Zorblat quux frobnicated' },
    { eventId: 'n-4', occurredAt: at(5), location: 'Berlin', message: 'Zorblat quux frobnicated' },
  ];

  it('is one statement, and leaves the same shipment as the transactional path', async () => {
    t.sql.reset();
    const created = await gql(
      t.app,
      RECORD_STATE,
      {
        input: { trackingNumber: 'RR000000014DE', events: batch },
      },
      carrier,
    );
    expect(created.data.recordTrackingEvents).toMatchObject({
      __typename: 'RecordTrackingEventsSuccess',
      accepted: 4,
      duplicates: 0,
      unmatched: 2,
      shipment: { status: 'OUT_FOR_DELIVERY', lastEventAt: at(5) },
    });
    const written = t.sql.statements.filter((s) => !/^\s*select/i.test(s));
    expect(written).toHaveLength(1);

    // The same events in two batches: the second goes through the existing shipment's path.
    await gql(
      t.app,
      RECORD,
      {
        input: { trackingNumber: 'RR000000028DE', events: batch.slice(0, 1) },
      },
      carrier,
    );
    await gql(
      t.app,
      RECORD,
      {
        input: { trackingNumber: 'RR000000028DE', events: batch.slice(1) },
      },
      carrier,
    );
    expect(await shipmentRow('RR000000014DE')).toEqual(await shipmentRow('RR000000028DE'));

    const queue = await gql(
      t.app,
      /* GraphQL */ `{ unmatchedMessages(first: 50) { edges { node { sampleMessage occurrences } } } }`,
      {},
      await authHeader(t, 'editor'),
    );
    expect(
      queue.data.unmatchedMessages.edges
        .map((e: { node: { sampleMessage: string } }) => e.node)
        .filter((n: { sampleMessage: string }) => n.sampleMessage === 'Zorblat quux frobnicated'),
    ).toEqual([{ sampleMessage: 'Zorblat quux frobnicated', occurrences: 4 }]);
  });
});
