import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonResponseType } from '../src/fast-lane.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * The fast lane (src/fast-lane.ts) answers a known public query without Yoga. Every scenario
 * runs twice over real HTTP: with a text Yoga has never seen (a unique trailing comment, so the
 * lane cannot know it) and with the warmed text the lane knows; both must be observed the same.
 */
const LOOKUP = `query Lookup($n: String!) { shipment(trackingNumber: $n) { __typename
  ... on Shipment { trackingNumber status statusDefinition { title } events(first: 5) { edges { node { status } } } }
  ... on Error { message } } }`;
const KNOWN = 'LX204812345CN';

type Lane = 'fresh' | 'warm';
let unique = 0;
const textFor = (lane: Lane, query = LOOKUP) =>
  lane === 'warm' ? query : `${query}\n# fresh ${++unique}`;

let t: TestApp;
let server: Server;
let origin = '';
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  t = await createTestApp(
    {
      WISMO_DEMO_DATA: 'true',
      WISMO_RATE_LOOKUPS_PER_MIN: '3',
      WISMO_TRUST_PROXY: '1',
      WISMO_METRICS_PUBLIC: 'true',
    },
    {
      logger: pino(
        { level: 'info' },
        { write: (line: string) => void logLines.push(JSON.parse(line)) },
      ),
    },
  );
  server = createServer(t.listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // One clean run through Yoga makes the text known.
  const first = await post(LOOKUP, { n: KNOWN }, { 'x-forwarded-for': '192.0.2.250' });
  expect(first.status).toBe(200);
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await t?.close();
});

let ip = 0;
/** Each scenario spends the budget of its own client address (the proxy hop is trusted). */
const newClient = () => ({ 'x-forwarded-for': `198.51.100.${++ip}` });

async function post(
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
}

async function laneCount(outcome: 'served' | 'handed_over'): Promise<number> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`wismo_graphql_fast_lane_total{outcome="${outcome}"}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

/** What a client and an operator see of one response: everything but timings and generated ids. */
function observed(response: Awaited<ReturnType<typeof post>>) {
  const requestId = response.headers.get('x-request-id');
  const lines = logLines
    .filter((l) => l.requestId === requestId)
    .map(
      ({
        time,
        pid,
        hostname,
        durationMs,
        requestId: _id,
        err,
        ...rest
      }): Record<string, unknown> => ({
        ...rest,
        ...(err ? { err: (err as { message?: string }).message } : {}),
        timed: typeof durationMs === 'number' || durationMs === undefined,
      }),
    );
  const headerNames = [...response.headers.keys()].filter((h) => h !== 'date').sort();
  return {
    status: response.status,
    body: response.body,
    headerNames,
    contentType: response.headers.get('content-type'),
    contentLength: response.headers.get('content-length'),
    retryAfter: response.headers.get('retry-after'),
    hasRequestId: typeof requestId === 'string' && requestId.length > 0,
    lines,
  };
}

/** Runs a scenario on both lanes; returns what each observed and how the lane counters moved. */
async function onBothLanes<T>(scenario: (lane: Lane) => Promise<T>) {
  const result = {} as Record<Lane, { value: T; served: number; handedOver: number }>;
  for (const lane of ['fresh', 'warm'] as const) {
    const [served, handedOver] = [await laneCount('served'), await laneCount('handed_over')];
    const value = await scenario(lane);
    result[lane] = {
      value,
      served: (await laneCount('served')) - served,
      handedOver: (await laneCount('handed_over')) - handedOver,
    };
  }
  expect(result.warm.value).toEqual(result.fresh.value);
  expect(result.fresh.served + result.fresh.handedOver).toBe(0);
  return result;
}

describe('the fast lane for known public queries', () => {
  it('serves a repeated lookup itself, with one SQL statement, the request id and one log line', async () => {
    const lanes = await onBothLanes(async (lane) => {
      t.sql.reset();
      const id = `lookup-${lane}`;
      const response = await post(textFor(lane), { n: KNOWN }, { 'x-request-id': id });
      const statements = t.sql.count;
      expect(response.headers.get('x-request-id')).toBe(id);
      expect(response.body.data.shipment.trackingNumber).toBe(KNOWN);
      const lines = logLines.filter((l) => l.requestId === id);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ msg: 'request', status: 200, path: '/graphql' });
      return { statements, ...observed(response) };
    });
    expect(lanes.warm.value.statements).toBe(1);
    expect(lanes.warm.served).toBe(1);
  });

  it('negotiates the same response type as Yoga for every Accept header', async () => {
    for (const accept of [
      '*/*',
      'application/json',
      'application/graphql-response+json',
      'application/graphql-response+json, application/json;q=0.9',
      'application/json; charset=iso-8859-1, application/graphql-response+json',
      'text/event-stream',
      'text/html',
    ]) {
      await onBothLanes(async (lane) => {
        const response = await fetch(`${origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept, ...newClient() },
          body: JSON.stringify({ query: textFor(lane), variables: { n: KNOWN } }),
        });
        await response.arrayBuffer();
        return { status: response.status, type: response.headers.get('content-type') };
      });
    }
  });

  it('spends the same rate-limit budget and refuses the same way once it is gone', async () => {
    const lanes = await onBothLanes(async (lane) => {
      const client = newClient();
      const answers = [];
      for (let i = 0; i < 4; i++)
        answers.push(observed(await post(textFor(lane), { n: KNOWN }, client)));
      return answers;
    });
    const refused = lanes.warm.value[3]!;
    expect(lanes.warm.value.slice(0, 3).every((a) => a.status === 200)).toBe(true);
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toMatch(/^\d+$/);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(lanes.warm).toMatchObject({ served: 3, handedOver: 1 });
  });

  it('masks an unexpected error and logs it with the request id, running the SQL once', async () => {
    await t.database.db.execute(sql`alter table shipments rename to shipments_gone`);
    try {
      const lanes = await onBothLanes(async (lane) => {
        t.sql.reset();
        const response = await post(textFor(lane), { n: KNOWN }, newClient());
        const statements = t.sql.count;
        const seen = observed(response);
        expect(seen.body.errors[0].message).toBe('Unexpected error.');
        expect(seen.lines.map((l) => l.msg)).toEqual(['unexpected error', 'request']);
        return { statements, ...seen };
      });
      expect(lanes.warm.value.statements).toBe(1);
      expect(lanes.warm.handedOver).toBe(1);
    } finally {
      await t.database.db.execute(sql`alter table shipments_gone rename to shipments`);
    }
  });

  it('answers invalid and unstorable variables as Yoga does', async () => {
    for (const variables of [{ n: 5 }, {}, { n: null }, { n: 'LX204812345CN\u0000' }]) {
      await onBothLanes(async (lane) =>
        observed(await post(textFor(lane), variables, newClient())),
      );
    }
  });

  it('leaves keyed callers and protected fields to Yoga and its role checks', async () => {
    const badKey = await onBothLanes(async (lane) =>
      observed(
        await post(
          textFor(lane),
          { n: KNOWN },
          { authorization: 'Bearer wsm_nope', ...newClient() },
        ),
      ),
    );
    expect(badKey.warm.value.status).toBe(401);
    const summary = '{ feedbackSummary { total } }';
    const protectedRuns = await onBothLanes(async () => {
      // The same text twice: a protected query is never learned, so neither run is the lane's.
      const first = observed(await post(summary, {}, newClient()));
      const second = observed(await post(summary, {}, newClient()));
      expect(second.body).toEqual(first.body);
      return first.body.errors?.[0]?.extensions?.code ?? first.body.data;
    });
    expect(protectedRuns.warm).toMatchObject({ served: 0, handedOver: 0 });
    expect(protectedRuns.warm.value).toBe('UNAUTHENTICATED');
  });
});

describe('jsonResponseType', () => {
  it('picks the JSON type Yoga answers with, or none when another processor would answer', () => {
    expect(jsonResponseType(undefined)).toBe('application/json');
    expect(jsonResponseType('*/*')).toBe('application/json');
    expect(jsonResponseType('application/graphql-response+json')).toBe(
      'application/graphql-response+json',
    );
    expect(jsonResponseType('application/graphql-response+json, application/json;q=0.9')).toBe(
      'application/graphql-response+json',
    );
    expect(jsonResponseType('application/json; charset=latin1')).toBeNull();
    expect(jsonResponseType('text/event-stream')).toBeNull();
  });
});
