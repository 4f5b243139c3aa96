import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { subscribe } from './support/sse.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const SUBSCRIPTION = /* GraphQL */ `
  subscription Updates($n: String!) {
    shipmentUpdated(trackingNumber: $n) { __typename ... on Shipment { trackingNumber status lastEventAt } ... on InvalidTrackingNumber { problem message } }
  }
`;
const RECORD = /* GraphQL */ `
  mutation Record($input: RecordTrackingEventsInput!) {
    recordTrackingEvents(input: $input) { __typename ... on RecordTrackingEventsSuccess { accepted } }
  }
`;

function batch(trackingNumber: string, message: string) {
  return { input: { trackingNumber, events: [{ occurredAt: new Date().toISOString(), message }] } };
}

const withTimeout = <T>(promise: Promise<T>, ms = 10_000) =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('no event')), ms)),
  ]);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ WISMO_DEMO_DATA: 'false' });
});
afterAll(async () => {
  await t?.close();
});

describe('shipmentUpdated', () => {
  it('delivers an event ingested by another request, after it is committed', async () => {
    const sub = await subscribe(t.app, SUBSCRIPTION, { n: 'ee 555 012 347 us' });
    try {
      const recorded = await gql(
        t.app,
        RECORD,
        batch('EE555012347US', 'Out for delivery'),
        await authHeader(t, 'carrier'),
      );
      expect(recorded.data.recordTrackingEvents.accepted).toBe(1);
      const event = await withTimeout(sub.next());
      expect(event.data.shipmentUpdated).toMatchObject({
        trackingNumber: 'EE555012347US',
        status: 'OUT_FOR_DELIVERY',
      });
    } finally {
      sub.close();
    }
  });

  it('answers an impossible tracking number with the same typed error as shipment', async () => {
    const sub = await subscribe(t.app, SUBSCRIPTION, { n: 'LX204812346CN' });
    try {
      const event = await withTimeout(sub.next());
      expect(event.errors).toBeUndefined();
      expect(event.data.shipmentUpdated).toMatchObject({
        __typename: 'InvalidTrackingNumber',
        problem: 'BAD_CHECK_DIGIT',
      });
      expect(event.errors).toBeUndefined();
    } finally {
      sub.close();
    }
  });

  it('reaches a subscriber on another instance sharing the PostgreSQL database', async (ctx) => {
    if (!t.databaseUrl) ctx.skip('needs PostgreSQL (DATABASE_URL): PGlite is one process');
    const other = await createTestApp(
      { WISMO_DEMO_DATA: 'false' },
      { databaseUrl: t.databaseUrl! },
    );
    try {
      const sub = await subscribe(other.app, SUBSCRIPTION, { n: 'CP777000111DE' });
      try {
        await gql(
          t.app,
          RECORD,
          batch('CP777000111DE', 'Delivered'),
          await authHeader(t, 'carrier'),
        );
        const event = await withTimeout(sub.next());
        expect(event.data.shipmentUpdated).toMatchObject({
          trackingNumber: 'CP777000111DE',
          status: 'DELIVERED',
        });
      } finally {
        sub.close();
      }
    } finally {
      await other.close();
    }
  });
});
