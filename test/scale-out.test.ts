import { randomBytes } from 'node:crypto';
import { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from './support/server-process.js';
import { createScratchDatabase } from './support/test-app.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const baseUrl = process.env.DATABASE_URL;

async function redisReachable(): Promise<boolean> {
  const { hostname, port } = new URL(REDIS_URL);
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(1000);
    socket
      .once('connect', () => resolve(true))
      .once('error', () => resolve(false))
      .once('timeout', () => resolve(false));
    socket.connect(Number(port || 6379), hostname);
  }).finally(() => {}) as Promise<boolean>;
}

const canRun = Boolean(baseUrl) && (await redisReachable());
if (!canRun)
  console.warn('scale-out test skipped: it needs DATABASE_URL (PostgreSQL) and Redis at REDIS_URL');

async function post(
  server: ServerProcess,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function eventually<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  ms = 10_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.skipIf(!canRun)('two instances on one PostgreSQL and one Redis', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let drop: () => Promise<void>;
  const adminKey = `admin-${randomBytes(24).toString('hex')}`;
  const admin = { authorization: `Bearer ${adminKey}` };

  beforeAll(async () => {
    const scratch = await createScratchDatabase(baseUrl!);
    drop = scratch.drop;
    const env = {
      DATABASE_URL: scratch.url,
      REDIS_URL,
      WISMO_REDIS_PREFIX: `wismo-test-${randomBytes(4).toString('hex')}`,
      WISMO_ADMIN_KEY: adminKey,
      WISMO_RATE_LOOKUPS_PER_MIN: '6',
      WISMO_DEMO_DATA: 'false',
    };
    a = await startServerProcess(env);
    b = await startServerProcess(env);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await drop?.();
  });

  it('delivers an event ingested on one instance to a subscriber on the other', async () => {
    const { body } = await post(
      a,
      'mutation { createApiKey(input: { role: CARRIER, name: "scale" }) { key } }',
      {},
      admin,
    );
    const carrier = { authorization: `Bearer ${body.data.createApiKey.key}` };
    const controller = new AbortController();
    const stream = await fetch(b.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        query:
          'subscription { shipmentUpdated(trackingNumber: "EE555012347US") { ... on Shipment { status } } }',
      }),
      signal: controller.signal,
    });
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const input = {
      trackingNumber: 'EE555012347US',
      events: [{ occurredAt: new Date().toISOString(), message: 'Out for delivery' }],
    };
    await post(
      a,
      'mutation($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) { __typename } }',
      { input },
      carrier,
    );
    let text = '';
    const deadline = Date.now() + 10_000;
    while (!text.includes('OUT_FOR_DELIVERY') && Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
    }
    controller.abort();
    expect(text).toContain('"status":"OUT_FOR_DELIVERY"');
  });

  it('counts a rate limit across both instances', async () => {
    const lookup = '{ shipment(trackingNumber: "RB123456785GB") { __typename } }';
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(i % 2 ? a : b, lookup)).status);
    // Six per minute in all: the earlier test's subscription spent one, these four spend four.
    statuses.push((await post(a, lookup)).status, (await post(b, lookup)).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[5]).toBe(429);
  });

  it('invalidates the other instance when an alias changes', async () => {
    const knowledge =
      '{ normalizeStatus(message: "Parcel sleeping at the depot") { status method } }';
    const before = await post(b, knowledge);
    expect(before.body.data.normalizeStatus.method).not.toBe('EXACT');
    await post(b, knowledge);
    const added = await post(
      a,
      'mutation { addStatusAlias(input: { status: IN_TRANSIT, locale: "en", phrase: "Parcel sleeping at the depot" }) { __typename } }',
      {},
      admin,
    );
    expect(added.body.data.addStatusAlias.__typename).toBe('StatusAlias');
    const after = await eventually(
      () => post(b, knowledge),
      (r) => r.body.data?.normalizeStatus?.method === 'EXACT',
    );
    expect(after.body.data.normalizeStatus).toEqual({ status: 'IN_TRANSIT', method: 'EXACT' });
  });
});
