import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const NOW = new Date('2026-11-25T12:00:00Z');
let t: TestApp;
let carrier: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ WISMO_DEMO_DATA: 'true' }, { now: () => NOW });
  carrier = await authHeader(t, 'carrier');
});
afterAll(async () => {
  await t?.close();
});

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordTrackingEventsInput!) {
    recordTrackingEvents(input: $input) {
      __typename
      ... on RecordTrackingEventsSuccess { accepted duplicates unmatched shipment { trackingNumber status carrier } }
      ... on InvalidTrackingEvent { message index field }
      ... on InvalidTrackingNumber { message problem }
    }
  }
`;

const LOOKUP = /* GraphQL */ `
  query Lookup($n: String!, $postalCode: String, $first: Int, $after: String) {
    shipment(trackingNumber: $n, postalCode: $postalCode) {
      __typename
      ... on Error { message }
      ... on InvalidTrackingNumber { problem }
      ... on Shipment {
        trackingNumber carrier status detailsVisible lastEventAt
        statusDefinition { code title }
        explanation { status meaning nextSteps stale daysSinceLastUpdate actionRequired outlook relatedQuestions { slug } }
        events(first: $first, after: $after) {
          edges { node { occurredAt status location rawMessage statusDefinition { code } match { method confidence } } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
`;

const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString();

async function eventCount(): Promise<number> {
  const rows = await t.database.db.execute(sql`select count(*)::int as n from tracking_events`);
  return Number((rows as unknown as { rows: { n: number }[] }).rows[0]!.n);
}

describe('recordTrackingEvents', () => {
  it('creates the shipment, normalises each event and detects the carrier', async () => {
    const { data } = await gql(
      t.app,
      RECORD,
      {
        input: {
          trackingNumber: 'rb 123 456 785 gb',
          postalCode: 'sw1a 1aa',
          events: [
            {
              eventId: 'e1',
              occurredAt: at(48),
              location: 'London',
              message: 'Item received for processing',
            },
            {
              eventId: 'e2',
              occurredAt: at(24),
              location: 'Madrid',
              message: 'Arrived at destination country',
            },
            { eventId: 'e3', occurredAt: at(2), location: 'Madrid', message: 'Zzyzx frobnicated' },
          ],
        },
      },
      carrier,
    );
    expect(data.recordTrackingEvents).toEqual({
      __typename: 'RecordTrackingEventsSuccess',
      accepted: 3,
      duplicates: 0,
      unmatched: 1,
      shipment: {
        trackingNumber: 'RB123456785GB',
        status: 'ARRIVED_AT_DESTINATION',
        carrier: 'upu-s10',
      },
    });
  });

  it('counts a replayed batch as duplicates and stores nothing twice', async () => {
    const input = {
      trackingNumber: 'RB111222332GB',
      events: [
        { eventId: 'e1', occurredAt: at(48), message: 'Item received for processing' },
        { eventId: 'e2', occurredAt: at(24), message: 'Arrived at destination country' },
      ],
    };
    const original = await gql(t.app, RECORD, { input }, carrier);
    expect(original.data.recordTrackingEvents).toMatchObject({ accepted: 2, duplicates: 0 });
    const before = await eventCount();
    const { data } = await gql(t.app, RECORD, { input }, carrier);
    expect(data.recordTrackingEvents).toMatchObject({ accepted: 0, duplicates: 2 });
    expect(await eventCount()).toBe(before);
  });

  it('stores one copy when the same batch is replayed concurrently', async () => {
    const before = await eventCount();
    const input = {
      trackingNumber: 'EE555012347US',
      events: [
        { occurredAt: at(1), message: 'Delivery attempted, notice card left' },
        { occurredAt: at(0.5), message: 'Awaiting collection' },
      ],
    };
    const results = await Promise.all(
      Array.from({ length: 6 }, () => gql(t.app, RECORD, { input }, carrier)),
    );
    const accepted = results.reduce((n, r) => n + r.data.recordTrackingEvents.accepted, 0);
    expect(accepted).toBe(2);
    expect(await eventCount()).toBe(before + 2);
  });

  it('never lets a late, older event move the status backwards', async () => {
    const n = 'CP777000111DE';
    await gql(
      t.app,
      RECORD,
      { input: { trackingNumber: n, events: [{ occurredAt: at(5), message: 'Delivered' }] } },
      carrier,
    );
    const late = await gql(
      t.app,
      RECORD,
      {
        input: {
          trackingNumber: n,
          events: [{ occurredAt: at(50), message: 'In transit to next facility' }],
        },
      },
      carrier,
    );
    expect(late.data.recordTrackingEvents.shipment.status).toBe('DELIVERED');
  });

  it('refuses a batch with a bad event, names it, and stores nothing', async () => {
    const before = await eventCount();
    const bad = await gql(
      t.app,
      RECORD,
      {
        input: {
          trackingNumber: 'LP00123456789012',
          events: [
            { occurredAt: at(3), message: 'Accepted' },
            { occurredAt: 'yesterday-ish', message: 'In transit' },
          ],
        },
      },
      carrier,
    );
    // occurredAt is a DateTime: an unreadable time is refused before anything runs.
    expect(bad.data).toBeUndefined();
    expect(bad.errors?.[0]?.message).toMatch(/events\[1\]\.occurredAt.*ISO-8601/s);
    for (const occurredAt of ['1', '2026-11-25 10:00', '2026-13-01T00:00:00Z']) {
      const refused = await gql(
        t.app,
        RECORD,
        { input: { trackingNumber: 'LP00123456789012', events: [{ occurredAt, message: 'x' }] } },
        carrier,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const future = await gql(
      t.app,
      RECORD,
      {
        input: {
          trackingNumber: 'LP00123456789012',
          events: [{ occurredAt: at(-48), message: 'Delivered' }],
        },
      },
      carrier,
    );
    expect(future.data.recordTrackingEvents).toMatchObject({
      __typename: 'InvalidTrackingEvent',
      index: 0,
    });
    const empty = await gql(
      t.app,
      RECORD,
      {
        input: {
          trackingNumber: 'LP00123456789012',
          events: [{ occurredAt: at(1), message: '  ' }],
        },
      },
      carrier,
    );
    expect(empty.data.recordTrackingEvents).toMatchObject({
      __typename: 'InvalidTrackingEvent',
      field: 'message',
    });
    expect(await eventCount()).toBe(before);
  });

  it('refuses more than 500 events per call', async () => {
    const events = Array.from({ length: 501 }, (_, i) => ({
      occurredAt: at(i / 100),
      message: `Scan ${i}`,
    }));
    const { errors } = await gql(
      t.app,
      RECORD,
      { input: { trackingNumber: 'LP00123456789012', events } },
      carrier,
    );
    expect(errors?.[0]?.message).toMatch(/at most 500 events/);
  });

  it('refuses an invalid tracking number with a typed error', async () => {
    const { data } = await gql(
      t.app,
      RECORD,
      { input: { trackingNumber: 'RB123456784GB', events: [{ occurredAt: at(1), message: 'x' }] } },
      carrier,
    );
    expect(data.recordTrackingEvents).toMatchObject({
      __typename: 'InvalidTrackingNumber',
      problem: 'BAD_CHECK_DIGIT',
    });
  });

  it('is refused without a carrier key', async () => {
    const input = {
      trackingNumber: 'RB123456785GB',
      events: [{ occurredAt: at(1), message: 'x' }],
    };
    const anonymous = await gql(t.app, RECORD, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const analytics = await gql(t.app, RECORD, { input }, await authHeader(t, 'analytics'));
    expect(analytics.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(analytics.data?.recordTrackingEvents ?? null).toBeNull();
  });
});

describe('shipment lookup', () => {
  // Its own shipment, so these tests need nothing from the ingestion tests above (any order).
  const LOOKED_UP = 'RB987654326GB';
  beforeAll(async () => {
    const { data } = await gql(
      t.app,
      RECORD,
      {
        input: {
          trackingNumber: LOOKED_UP,
          postalCode: 'sw1a 1aa',
          events: [
            {
              eventId: 'l1',
              occurredAt: at(48),
              location: 'London',
              message: 'Item received for processing',
            },
            {
              eventId: 'l2',
              occurredAt: at(24),
              location: 'Madrid',
              message: 'Arrived at destination country',
            },
            { eventId: 'l3', occurredAt: at(2), location: 'Madrid', message: 'Zzyzx frobnicated' },
          ],
        },
      },
      carrier,
    );
    expect(data.recordTrackingEvents.__typename).toBe('RecordTrackingEventsSuccess');
  });

  it('shows places and wording only with the right postal code', async () => {
    const without = await gql(t.app, LOOKUP, { n: LOOKED_UP });
    const node = without.data.shipment.events.edges[0].node;
    expect(without.data.shipment.detailsVisible).toBe(false);
    expect(node.location).toBeNull();
    expect(node.rawMessage).toBeNull();
    expect(without.data.shipment.status).toBe('ARRIVED_AT_DESTINATION');

    const wrong = await gql(t.app, LOOKUP, { n: LOOKED_UP, postalCode: 'SW1A 1AB' });
    expect(wrong.data.shipment.detailsVisible).toBe(false);

    const right = await gql(t.app, LOOKUP, { n: LOOKED_UP, postalCode: 'sw1a-1aa' });
    expect(right.data.shipment.detailsVisible).toBe(true);
    expect(right.data.shipment.events.edges.map((e: any) => e.node.location)).toEqual([
      'Madrid',
      'Madrid',
      'London',
    ]);
  });

  it('lists events newest first and pages through them', async () => {
    const first = await gql(t.app, LOOKUP, { n: LOOKED_UP, first: 2 });
    const { edges, pageInfo } = first.data.shipment.events;
    expect(edges.map((e: any) => e.node.occurredAt)).toEqual([at(2), at(24)]);
    expect(edges[1].node.match).toEqual({
      method: expect.any(String),
      confidence: expect.any(Number),
    });
    expect(pageInfo.hasNextPage).toBe(true);
    const rest = await gql(t.app, LOOKUP, {
      n: LOOKED_UP,
      first: 2,
      after: pageInfo.endCursor,
    });
    expect(rest.data.shipment.events.edges.map((e: any) => e.node.occurredAt)).toEqual([at(48)]);
  });

  it('pages past the prefetched events with a second statement only when asked', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      occurredAt: at(100 + i),
      message: `Processed at hub ${i}`,
    }));
    await gql(
      t.app,
      RECORD,
      { input: { trackingNumber: 'LP00123456789012', events: many } },
      carrier,
    );
    const first = await gql(t.app, LOOKUP, { n: 'LP00123456789012', first: 25 });
    const { edges, pageInfo } = first.data.shipment.events;
    expect(edges).toHaveLength(25);
    expect(pageInfo.hasNextPage).toBe(true);
    const rest = await gql(t.app, LOOKUP, {
      n: 'LP00123456789012',
      first: 50,
      after: pageInfo.endCursor,
    });
    expect(rest.data.shipment.events.edges).toHaveLength(5);
    expect(rest.data.shipment.events.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses paging events backwards with a clear error', async () => {
    const { errors } = await gql(
      t.app,
      `{ shipment(trackingNumber: "${LOOKED_UP}") { ... on Shipment { events(last: 2) { edges { cursor } } } } }`,
    );
    expect(errors?.[0]?.message).toBe('events pages forward only: use first and after.');
  });

  it('answers typed errors for a malformed and for an unknown number', async () => {
    const invalid = await gql(t.app, LOOKUP, { n: '12' });
    expect(invalid.data.shipment).toMatchObject({
      __typename: 'InvalidTrackingNumber',
      problem: 'TOO_SHORT',
    });
    const unknown = await gql(t.app, LOOKUP, { n: 'RR123456785CN' });
    expect(unknown.data.shipment.__typename).toBe('ShipmentNotFound');
    expect(unknown.data.shipment.message).toMatch(/no tracking information for RR123456785CN/);
  });

  it('looks a shipment up with its events, definitions and explanation in one SQL statement', async () => {
    await gql(t.app, LOOKUP, { n: 'LX204812345CN' });
    t.sql.reset();
    const { data } = await gql(t.app, LOOKUP, { n: 'LX204812345CN', postalCode: '28001' });
    expect(data.shipment.events.edges.length).toBeGreaterThan(3);
    expect(t.sql.count).toBe(1);
  });
});

const ESTIMATE = /* GraphQL */ `
  query Estimate($n: String!) {
    shipment(trackingNumber: $n) {
      ... on Shipment { estimatedDelivery { basis sampleSize late } }
    }
  }
`;

describe('explanations for the demo shipments', () => {
  const explanation = async (n: string) => (await gql(t.app, LOOKUP, { n })).data.shipment;

  it('waiting for pickup: go and collect it', async () => {
    const s = await explanation('LX204812345CN');
    expect(s.status).toBe('WAITING_FOR_PICKUP');
    expect(s.explanation.actionRequired).toBe(true);
    expect(s.explanation.relatedQuestions.map((q: any) => q.slug)).toContain(
      'other-expressions-of-waiting-for-pickup',
    );
  });

  it('held by customs: contact customs, with the customs answer', async () => {
    const s = await explanation('UA314159268CN');
    expect(s.status).toBe('HELD_BY_CUSTOMS');
    expect(s.explanation.relatedQuestions.map((q: any) => q.slug)).toContain('held-by-customs');
  });

  it('stale at destination: later than its lane allows, says so and points to the "nothing updated" answer', async () => {
    const s = await explanation('RF271828189CN');
    expect(s.explanation.relatedQuestions.map((q: any) => q.slug)).toContain(
      'no-update-after-arrival-at-destination',
    );
    expect(s.explanation.stale).toBe(true);
    expect(s.explanation.actionRequired).toBe(true);
    expect(s.explanation.daysSinceLastUpdate).toBe(12);
    // The demo history's CN -> FR deliveries came 2–6 days after arrival; this one is at 12.
    expect(s.explanation.outlook).toMatch(/^Parcels on this route usually arrive \d+–\d+ days/);
    expect(s.explanation.nextSteps[0]).toMatch(/^Your parcel is later than expected/);
  });

  it('in progress: the demo parcels carry delivery estimates from the demo history', async () => {
    const estimates = await Promise.all(
      ['LX204812345CN', 'UA314159268CN', 'RF271828189CN', 'RR161803397GB'].map(async (n) => {
        const { data } = await gql(t.app, ESTIMATE, { n });
        return data.shipment.estimatedDelivery;
      }),
    );
    expect(estimates[0]).toMatchObject({ basis: 'STATUS', late: false });
    expect(estimates[1]).toMatchObject({ basis: 'STATUS', late: false });
    expect(estimates[2]).toMatchObject({ basis: 'LANE', sampleSize: 32, late: true });
    expect(estimates[3]).toBeNull();
  });

  it('delivered: points to the "delivered but not received" answer', async () => {
    const s = await explanation('RR161803397GB');
    expect(s.explanation.relatedQuestions.map((q: any) => q.slug)).toContain(
      'delivered-but-not-received',
    );
  });

  it('returned to sender: terminal, never stale', async () => {
    const s = await explanation('RB141421354CN');
    expect(s.status).toBe('RETURNED_TO_SENDER');
    expect(s.explanation.stale).toBe(false);
  });
});

describe('detectCarrier', () => {
  it('names the origin operator of a valid S10 number', async () => {
    const { data } = await gql(
      t.app,
      '{ detectCarrier(trackingNumber: "RB123456785GB") { carrier name checkDigitValid trackingUrl originCountry } }',
    );
    expect(data.detectCarrier[0]).toMatchObject({
      carrier: 'upu-s10',
      name: 'Royal Mail',
      checkDigitValid: true,
      originCountry: 'GB',
    });
  });

  it('explains why a number is invalid', async () => {
    const { errors } = await gql(
      t.app,
      '{ detectCarrier(trackingNumber: "RB123456784GB") { carrier } }',
    );
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problem: 'BAD_CHECK_DIGIT',
    });
  });
});
