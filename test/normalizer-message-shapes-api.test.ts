import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './support/gql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The shapes real feeds give a wording, read through the public API: markup, two languages side
// by side, a label before it, an enum's name.

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ WISMO_DEMO_DATA: 'false' });
});
afterAll(async () => {
  await t?.close();
});

const NORMALIZE = /* GraphQL */ `
  query Normalize($message: String!) {
    normalizeStatus(message: $message) { status }
  }
`;

describe('normalizeStatus on wrapped wordings', () => {
  it.each([
    [
      'Zu&shy;stellversuch nicht erfolgreich, Benachrichtigungskarte eingeworfen',
      'WAITING_FOR_PICKUP',
    ],
    ['Levert. Thank you for shopping with us.', 'DELIVERED'],
    ['Non consegnato. Thank you for shopping with us.', 'EXCEPTION'],
    ['HAMBURG: Zugestellt', 'DELIVERED'],
    ['Shipment 1Z999AA10123456784 out for delivery', 'OUT_FOR_DELIVERY'],
    ['returnedToSender', 'RETURNED_TO_SENDER'],
    // A label answered "not yet", or left empty, states no delivery; a denied release or
    // pickup-point delivery is no release and no parcel waiting.
    ['Entregado: todavía no', 'UNKNOWN'],
    ['Date delivered: -', 'UNKNOWN'],
    ['Not yet released from customs', 'HELD_BY_CUSTOMS'],
    ['Nie dostarczono do paczkomatu', 'EXCEPTION'],
    // A negator before a pickup place reaches the verb closing the place's phrase, and the typo
    // pass never negates a word ("tutuyor", matches, is not "tutmuyor").
    ['Nicht in die Packstation zugestellt', 'EXCEPTION'],
    ['Adres bilgisi tutuyor', 'UNKNOWN'],
  ])('%s reads %s', async (message, status) => {
    const { data, errors } = await gql(t.app, NORMALIZE, { message });
    expect(errors).toBeUndefined();
    expect(data.normalizeStatus.status).toBe(status);
  });
});
