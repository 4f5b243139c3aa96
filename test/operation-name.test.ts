import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  // The demo parcels are seeded on PostgreSQL too (PGlite seeds them by default).
  t = await createTestApp({ WISMO_DEMO_DATA: 'true' });
});
afterAll(async () => {
  await t?.close();
});

// A document holding several operations, as GraphiQL's example tab does: the client picks one
// with `operationName`, and each must run the operation it names, whichever ran first.
const DOCUMENT = /* GraphQL */ `
  query Faq { faqQuestions(first: 1) { edges { node { slug } } } }
  query Statuses { trackingStatuses { code } }
  query Normalize { normalizeStatus(message: "A reminder has been sent to the recipient") { status } }
  query Shipment { shipment(trackingNumber: "RR161803397GB") { __typename ... on Shipment { status } } }
`;

async function run(operationName: string) {
  const response = await t.app.fetch('http://wismo.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: DOCUMENT, operationName }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

describe('a document with several operations', () => {
  it('runs the operation named by operationName, not the one that ran first', async () => {
    for (let round = 0; round < 2; round++) {
      const faq = await run('Faq');
      expect(Object.keys(faq.data ?? {})).toEqual(['faqQuestions']);
      const statuses = await run('Statuses');
      expect(Object.keys(statuses.data ?? {})).toEqual(['trackingStatuses']);
      const normalize = await run('Normalize');
      expect(normalize.data).toEqual({ normalizeStatus: { status: 'WAITING_FOR_PICKUP' } });
      const shipment = await run('Shipment');
      expect(shipment.data).toEqual({ shipment: { __typename: 'Shipment', status: 'DELIVERED' } });
    }
  });
});
