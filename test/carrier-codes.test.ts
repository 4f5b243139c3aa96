import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCarrierCodeTables } from '../src/db/content.js';
import { CarrierCodes } from '../src/domain/carrier-codes.js';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const NOW = new Date('2026-11-25T12:00:00Z');
let t: TestApp;
let carrier: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => NOW });
  carrier = await authHeader(t, 'carrier');
});
afterAll(async () => {
  await t?.close();
});

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordTrackingEventsInput!) {
    recordTrackingEvents(input: $input) {
      __typename
      ... on RecordTrackingEventsSuccess { accepted unmatched shipment { status } }
    }
  }
`;

const EVENTS = /* GraphQL */ `
  query Events($n: String!) {
    shipment(trackingNumber: $n, postalCode: "1012 AB") {
      ... on Shipment {
        events(first: 10) { edges { node { rawMessage status match { method confidence } } } }
      }
    }
  }
`;

const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString();

describe('carrier event codes (TrackingEventInput.code)', () => {
  it('reads a known code before the wording, and the wording when the code is unknown', async () => {
    const { data } = await gql(
      t.app,
      RECORD,
      {
        input: {
          trackingNumber: 'RR473124829GB',
          carrier: 'PostNL',
          postalCode: '1012 AB',
          events: [
            // The code says "driver is en route"; the free text alone would not say it.
            { occurredAt: at(5), message: 'Status update', code: 'j05' },
            { occurredAt: at(3), message: 'Je zending is bij de buren bezorgd', code: 'NOPE' },
          ],
        },
      },
      carrier,
    );
    expect(data.recordTrackingEvents).toEqual({
      __typename: 'RecordTrackingEventsSuccess',
      accepted: 2,
      unmatched: 0,
      shipment: { status: 'DELIVERED' },
    });
    const events = await gql(t.app, EVENTS, { n: 'RR473124829GB' });
    const nodes = events.data.shipment.events.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toEqual([
      {
        rawMessage: 'Je zending is bij de buren bezorgd',
        status: 'DELIVERED',
        match: { method: 'RULE', confidence: expect.any(Number) },
      },
      {
        rawMessage: 'Status update',
        status: 'OUT_FOR_DELIVERY',
        match: { method: 'CARRIER_CODE', confidence: 1 },
      },
    ]);
  });

  it('refuses an oversized code and stores nothing', async () => {
    const before = await gql(t.app, EVENTS, { n: 'RR473124829GB' });
    const res = await gql(
      t.app,
      /* GraphQL */ `mutation Record($input: RecordTrackingEventsInput!) {
        recordTrackingEvents(input: $input) {
          __typename
          ... on InvalidTrackingEvent { index field message }
        }
      }`,
      {
        input: {
          trackingNumber: 'RR473124829GB',
          carrier: 'postnl',
          events: [
            { occurredAt: at(1), message: 'Zending is aangemeld', code: 'I01' },
            { occurredAt: at(2), message: 'Zending is bezorgd', code: 'X'.repeat(41) },
          ],
        },
      },
      carrier,
    );
    expect(res.data?.recordTrackingEvents).toEqual({
      __typename: 'InvalidTrackingEvent',
      index: 1,
      field: 'code',
      message: "Event 1's code is longer than 40 characters. Nothing from this batch was stored.",
    });
    expect((await gql(t.app, EVENTS, { n: 'RR473124829GB' })).data).toEqual(before.data);
  });
});

describe('carrier code tables (content/carrier-codes)', () => {
  it('maps codes case-insensitively per carrier name', () => {
    const codes = new CarrierCodes(loadCarrierCodeTables());
    expect(codes.lookup('postnl', 'I10')).toBe('DELIVERED');
    expect(codes.lookup('La Poste', 'livcfm')).toBe('DELIVERED');
    expect(codes.lookup('usps', '02')).toBe('WAITING_FOR_PICKUP');
    expect(codes.lookup('usps', '54')).toBe('WAITING_FOR_PICKUP');
    expect(codes.lookup('usps', '26')).toBe('RETURNED_TO_SENDER');
    expect(codes.lookup('ups', 'I10')).toBeNull();
    // UPS status codes arrive zero-padded ("003"), as in the Track API's responses.
    expect(codes.lookup('UPS', '011')).toBe('DELIVERED');
    expect(codes.lookup('ups', '003')).toBe('INFO_RECEIVED');
    expect(codes.lookup('ups', '064')).toBe('EXCEPTION');
    expect(codes.lookup('ups', '007')).toBeNull();
    expect(codes.lookup('postnl', null)).toBeNull();
  });

  it('reads Russian Post operation type.attribute pairs and Nova Poshta status codes', () => {
    const codes = new CarrierCodes(loadCarrierCodeTables());
    // "Вручение - Выдано адресату через почтомат": collected from a locker by the addressee.
    expect(codes.lookup('Russian Post', '2.3')).toBe('DELIVERED');
    // The same operation handed back to the sender is a return, not a delivery.
    expect(codes.lookup('russianpost', '2.4')).toBe('RETURNED_TO_SENDER');
    expect(codes.lookup('pochta', '8.2')).toBe('WAITING_FOR_PICKUP');
    expect(codes.lookup('novaposhta', '9')).toBe('DELIVERED');
    expect(codes.lookup('Nova Poshta', '8')).toBe('WAITING_FOR_PICKUP');
    expect(codes.lookup('novaposhta', '2.3')).toBeNull();
  });

  it('reads FAN Courier event ids', () => {
    const codes = new CarrierCodes(loadCarrierCodeTables());
    expect(codes.lookup('FAN Courier', 'S2')).toBe('DELIVERED');
    expect(codes.lookup('fancourier', 's1')).toBe('OUT_FOR_DELIVERY');
    // "Avizat": a notice was left; the recipient must collect.
    expect(codes.lookup('fancourier', 'S3')).toBe('WAITING_FOR_PICKUP');
    // "Locker plin": the locker was full, so the parcel could not be left there.
    expect(codes.lookup('fancourier', 'S54')).toBe('EXCEPTION');
    // "Redirectionat" depends on where it went: not in the table.
    expect(codes.lookup('fancourier', 'S9')).toBeNull();
  });

  it('reads Correios event type + status however the two are joined', () => {
    const codes = new CarrierCodes(loadCarrierCodeTables());
    expect(codes.lookup('Correios', 'BDE01')).toBe('DELIVERED');
    expect(codes.lookup('correios', 'bde-01')).toBe('DELIVERED');
    expect(codes.lookup('correios', 'OEC 01')).toBe('OUT_FOR_DELIVERY');
    expect(codes.lookup('correios', 'LDI_01')).toBe('WAITING_FOR_PICKUP');
    // "BDE 04": the recipient refused; the same type with status 01 was a delivery.
    expect(codes.lookup('correios', 'BDE 04')).toBe('EXCEPTION');
    expect(codes.lookup('correios', 'BDE')).toBeNull();
  });

  it('names the broken table when a code is listed twice', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'codes-'));
    const code = { code: 'A1', status: 'DELIVERED', wording: 'x' };
    writeFileSync(
      path.join(dir, 'acme.json'),
      JSON.stringify({
        carrier: 'acme',
        carriers: [],
        name: 'Acme',
        source: 's',
        codes: [code, code],
      }),
    );
    expect(() => loadCarrierCodeTables(dir)).toThrow(/carrier-codes\/acme\.json.*twice/);
  });

  it('refuses two tables that claim the same carrier name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'codes-'));
    const table = (carrier: string, carriers: string[]) =>
      JSON.stringify({
        carrier,
        carriers,
        name: carrier,
        source: 's',
        codes: [{ code: 'A1', status: 'DELIVERED', wording: 'x' }],
      });
    writeFileSync(path.join(dir, 'acme.json'), table('acme', ['Acme Express']));
    writeFileSync(path.join(dir, 'acme-eu.json'), table('acme-eu', ['acme express']));
    expect(() => loadCarrierCodeTables(dir)).toThrow(
      /carrier-codes\/acme\.json: carrier name "Acme Express" is also in acme-eu\.json/,
    );
  });
});
