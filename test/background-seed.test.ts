import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './support/gql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const LOOKUP = /* GraphQL */ `
  query($n: String!) { shipment(trackingNumber: $n) { __typename ... on Shipment { status } } }
`;

describe('demo parcels seeded after the server listens (main.ts)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ WISMO_DEMO_DATA: 'true' }, { backgroundDemoSeed: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('are not there before the background work starts', async () => {
    const { data } = await gql(t.app, LOOKUP, { n: 'LX204812345CN' });
    expect(data.shipment.__typename).toBe('ShipmentNotFound');
  });

  it('are never reported missing once it has started: a lookup waits for the seed', async () => {
    t.startBackgroundWork();
    const { data } = await gql(t.app, LOOKUP, { n: 'LX204812345CN' });
    expect(data.shipment).toEqual({ __typename: 'Shipment', status: 'WAITING_FOR_PICKUP' });
  });

  it('cost a lookup of an unknown parcel nothing once seeded: one statement', async () => {
    t.sql.reset();
    const { data } = await gql(t.app, LOOKUP, { n: 'RR999999995CN' });
    expect(data.shipment.__typename).toBe('ShipmentNotFound');
    expect(t.sql.count).toBe(1);
  });
});

describe('closing while the background seed waits to start', () => {
  it('cancels it and closes cleanly', async () => {
    const t = await createTestApp({ WISMO_DEMO_DATA: 'true' }, { backgroundDemoSeed: true });
    t.startBackgroundWork();
    await t.close();
  });
});
