import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { subscribe } from './support/sse.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    WISMO_DEMO_DATA: 'false',
    WISMO_TRUST_PROXY: '1',
    WISMO_SSE_MAX_PER_IP: '3',
    WISMO_SSE_MAX_TOTAL: '4',
  });
});
afterAll(async () => {
  await t?.close();
});

const FOLLOW = `subscription($n: String!) { shipmentUpdated(trackingNumber: $n) {
  __typename ... on Shipment { status } } }`;
const NUMBER = 'RB123456785GB';

function open(ip: string) {
  return subscribe(t.app, FOLLOW, { n: NUMBER }, { 'x-forwarded-for': ip });
}

describe('subscriptions are bounded (issue 16, item 6)', () => {
  it('caps open streams per client address and in all, and frees a slot on close', async () => {
    const a = [await open('198.51.100.1'), await open('198.51.100.1'), await open('198.51.100.1')];
    const refused = await open('198.51.100.1');
    const first = await refused.next();
    expect(first.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const b = await open('198.51.100.2');
    const overTotal = await open('198.51.100.3');
    expect((await overTotal.next()).errors?.[0]?.message).toMatch(/at most 4 in all/);

    // One update, four subscribers: the shipment is looked up once, not once per stream.
    const carrier = await authHeader(t, 'carrier');
    const updates = [...a, b].map((s) => s.next());
    await new Promise((resolve) => setTimeout(resolve, 50));
    t.sql.reset();
    await gql(
      t.app,
      `mutation($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) { __typename } }`,
      {
        input: {
          trackingNumber: NUMBER,
          events: [{ occurredAt: new Date().toISOString(), message: 'Delivered' }],
        },
      },
      carrier,
    );
    const payloads = await Promise.all(updates);
    for (const p of payloads) expect(p.data.shipmentUpdated.status).toBe('DELIVERED');
    // The lookup is the one statement reading the shipment with its events (ingestion writes).
    const lookups = t.sql.statements.filter((q) => /^select json_build_object\('shipment'/.test(q));
    expect(lookups).toHaveLength(1);

    await a[0]!.close();
    // The slot frees when the server sees the stream end, which on PostgreSQL waits for the
    // listener to go: poll for it (a refusal takes no slot) instead of guessing a delay.
    let again = await open('198.51.100.3');
    let probe: unknown;
    for (let attempt = 0; attempt < 50; attempt++) {
      probe = await Promise.race([
        again.next(),
        new Promise((resolve) => setTimeout(() => resolve('open'), 300)),
      ]);
      if (probe === 'open') break;
      expect((probe as any).errors?.[0]?.message).toMatch(/at most 4 in all/);
      await again.close();
      await new Promise((resolve) => setTimeout(resolve, 100));
      again = await open('198.51.100.3');
    }
    expect(probe).toBe('open');
    for (const s of [...a.slice(1), b, again, refused, overTotal]) await s.close();
  });
});
