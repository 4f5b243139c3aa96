import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shipmentChanges, shipments } from '../src/db/schema.js';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ WISMO_DEMO_DATA: 'false' });
});
afterAll(async () => {
  await t?.close();
});

const RECORD = `mutation($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) {
  __typename
  ... on ShipmentOwnedElsewhere { message trackingNumber }
  ... on RecordTrackingEventsSuccess { accepted duplicates }
} }`;
const NUMBER = 'RB123456785GB';
const event = { eventId: 'e-1', occurredAt: '2026-11-20T10:00:00Z', message: 'Accepted at origin' };

const row = async () =>
  (await t.database.db.select().from(shipments).where(eq(shipments.trackingNumber, NUMBER)))[0]!;

describe('shipments belong to the carrier key that created them (issue 16, item 5)', () => {
  it('refuses another key with a typed error and changes nothing', async () => {
    const owner = await authHeader(t, 'carrier');
    const other = await authHeader(t, 'carrier');
    const created = await gql(
      t.app,
      RECORD,
      {
        input: {
          trackingNumber: NUMBER,
          postalCode: '11111',
          destinationCountry: 'ES',
          events: [event],
        },
      },
      owner,
    );
    expect(created.data.recordTrackingEvents.__typename).not.toBe('ShipmentOwnedElsewhere');
    const before = await row();

    // The reproduction: a replayed old event that rewrites the places of someone else's parcel.
    const hijack = await gql(
      t.app,
      RECORD,
      {
        input: {
          trackingNumber: NUMBER,
          carrier: 'other-post',
          postalCode: '99999',
          destinationCountry: 'FR',
          events: [event, { occurredAt: '2026-11-21T10:00:00Z', message: 'Delivered' }],
        },
      },
      other,
    );
    expect(hijack.data.recordTrackingEvents).toMatchObject({
      __typename: 'ShipmentOwnedElsewhere',
      trackingNumber: NUMBER,
    });
    expect(JSON.stringify(hijack.data)).not.toMatch(/11111|Accepted at origin/);
    const after = await row();
    expect(after).toEqual(before);
    expect(after.status).not.toBe('DELIVERED');
  });

  it('records and publishes the owner changing postal code or destination', async () => {
    const owner = await authHeader(t, 'carrier');
    const number = 'RR123456785CN';
    await gql(
      t.app,
      RECORD,
      { input: { trackingNumber: number, postalCode: '11111', events: [event] } },
      owner,
    );
    const updates = t.pubsub.subscribe('shipmentUpdated', number)[Symbol.asyncIterator]();
    const next = updates.next();
    const changed = await gql(
      t.app,
      RECORD,
      {
        input: {
          trackingNumber: number,
          postalCode: '22222',
          destinationCountry: 'PT',
          events: [event],
        },
      },
      owner,
    );
    expect(changed.data.recordTrackingEvents).toMatchObject({ accepted: 0, duplicates: 1 });
    expect((await next).value).toEqual({ trackingNumber: number });
    await updates.return?.();
    const [shipment] = await t.database.db
      .select()
      .from(shipments)
      .where(eq(shipments.trackingNumber, number));
    const log = await t.database.db
      .select({
        field: shipmentChanges.field,
        oldValue: shipmentChanges.oldValue,
        newValue: shipmentChanges.newValue,
      })
      .from(shipmentChanges)
      .where(eq(shipmentChanges.shipmentId, shipment!.id));
    expect(log).toEqual(
      expect.arrayContaining([
        { field: 'postalCode', oldValue: '11111', newValue: '22222' },
        { field: 'destinationCountry', oldValue: null, newValue: 'PT' },
      ]),
    );
    expect(log).toHaveLength(2);
  });

  it('lets an admin key act for any carrier', async () => {
    const admin = await authHeader(t, 'admin');
    const result = await gql(
      t.app,
      RECORD,
      {
        input: {
          trackingNumber: NUMBER,
          events: [{ occurredAt: '2026-11-22T10:00:00Z', message: 'In transit' }],
        },
      },
      admin,
    );
    expect(result.data.recordTrackingEvents.__typename).not.toBe('ShipmentOwnedElsewhere');
  });
});
