import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const logLines: string[] = [];
const logSink = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(String(chunk));
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(
    { WISMO_DEMO_DATA: 'true', NODE_ENV: 'production' },
    { logger: createLogger('info', logSink) },
  );
});
afterAll(async () => {
  await t?.close();
});

const post = (body: string, contentType: string, extra: Record<string, string> = {}) =>
  t.app.fetch('http://wismo.test/graphql', {
    method: 'POST',
    headers: { 'content-type': contentType, ...extra },
    body,
  });

describe('NUL in the query text (issue 16, item 7)', () => {
  it('refuses a "\\u0000" string literal like a NUL in variables, for every field', async () => {
    const ids = await gql(t.app, '{ faqQuestions(first: 1) { edges { node { id } } } }');
    const q = ids.data.faqQuestions.edges[0].node.id;
    for (const query of [
      `mutation { submitFeedback(input: { questionId: "${q}", helpful: false, clientId: "c", comment: "a\\u0000b" }) { __typename } }`,
      `mutation { requestAgent(input: { clientId: "c\\u0000", questionId: "${q}" }) { __typename } }`,
      `{ searchFaq(query: "where\\u0000") { snippet } }`,
    ]) {
      const result = await gql(t.app, query);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/NUL character/);
    }
  });

  it('never logs query parameters, also when a statement fails', async () => {
    await gql(
      t.app,
      '{ shipment(trackingNumber: "LX204812345CN", postalCode: "SW1A 1AA") { __typename } }',
    );
    const lines: string[] = [];
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk, _e, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const failed = new DrizzleQueryError(
      'select * from shipments where postal_code = $1',
      ['SW1A 1AA'],
      Object.assign(new Error('boom'), { code: '22P02', detail: 'Key (postal_code)=(SW1A 1AA)' }),
    );
    logger.error({ err: failed }, 'unexpected error');
    const logged = [...logLines, ...lines].join('\n');
    expect(lines.join('')).toMatch(/select \* from shipments/);
    // A postcode with letters no request id or timestamp holds: "28001" once matched a UUID.
    expect(logged).not.toMatch(/SW1A 1AA/);
  });
});

describe('JSON-only POST (issue 16, item 9)', () => {
  it('refuses a cross-origin form post that would have run submitFeedback', async () => {
    const ids = await gql(t.app, '{ faqQuestions(first: 1) { edges { node { id } } } }');
    const q = ids.data.faqQuestions.edges[0].node.id;
    t.sql.reset();
    const form = new URLSearchParams({
      query: `mutation { submitFeedback(input: { questionId: "${q}", helpful: false, clientId: "csrf" }) { __typename } }`,
    });
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data']) {
      const response = await post(form.toString(), type, { origin: 'https://evil.example' });
      expect(response.status).toBe(415);
    }
    expect(t.sql.count).toBe(0);
  });

  it('accepts what urql, Apollo Client, Relay and graphql-request send by default', async () => {
    const body = JSON.stringify({ query: '{ trackingStatus(code: DELIVERED) { title } }' });
    for (const type of ['application/json', 'application/json; charset=utf-8']) {
      const response = await post(body, type, {
        accept: 'application/graphql-response+json, application/json',
      });
      expect(response.status).toBe(200);
      expect((await response.json()).data.trackingStatus.title).toBe('Delivered');
    }
    const get = await t.app.fetch(
      `http://wismo.test/graphql?query=${encodeURIComponent('{ trackingStatus(code: DELIVERED) { title } }')}`,
      { headers: { 'x-graphql-yoga-csrf': '1' } },
    );
    expect(get.status).toBe(200);
  });
});

describe('event timestamps (issue 16, item 11)', () => {
  it('refuses events before 2000 or more than a day ahead with InvalidTrackingEvent', async () => {
    const carrier = await authHeader(t, 'carrier');
    const mutation = `mutation($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) {
      __typename ... on InvalidTrackingEvent { message } } }`;
    for (const occurredAt of [
      '0000-01-01T00:00:00Z',
      '0001-01-01T00:00:00Z',
      '1969-12-31T23:59:59Z',
      '1999-12-31T23:59:59Z',
      new Date(Date.now() + 2 * 86_400_000).toISOString(),
    ]) {
      t.sql.reset();
      const result = await gql(
        t.app,
        mutation,
        {
          input: { trackingNumber: 'RB123456785GB', events: [{ occurredAt, message: 'Accepted' }] },
        },
        carrier,
      );
      expect(result.data.recordTrackingEvents.__typename).toBe('InvalidTrackingEvent');
      expect(
        t.sql.statements.filter((s) =>
          /(insert into|update) "?(shipments|tracking_events)/i.test(s),
        ),
      ).toEqual([]);
    }
    const ok = await gql(
      t.app,
      mutation,
      {
        input: {
          trackingNumber: 'RB123456785GB',
          events: [{ occurredAt: '2000-01-01T00:00:00Z', message: 'Accepted' }],
        },
      },
      carrier,
    );
    expect(ok.data.recordTrackingEvents.__typename).not.toBe('InvalidTrackingEvent');
  });
});

describe('metrics, introspection, persisted hashes, operation names (issue 16, item 12)', () => {
  it('serves /metrics only to analytics or admin keys', async () => {
    expect((await t.app.fetch('http://wismo.test/metrics')).status).toBe(401);
    const carrier = await authHeader(t, 'carrier');
    expect((await t.app.fetch('http://wismo.test/metrics', { headers: carrier })).status).toBe(403);
    const analytics = await authHeader(t, 'analytics');
    const ok = await t.app.fetch('http://wismo.test/metrics', { headers: analytics });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/wismo_graphql_requests_total/);
  });

  it('lets anonymous callers add no operation-name labels', async () => {
    for (let i = 0; i < 5; i++)
      await gql(t.app, `query Junk${i} { trackingStatus(code: DELIVERED) { code } }`);
    const analytics = await authHeader(t, 'analytics');
    await gql(t.app, 'query Dashboard { trackingStatus(code: DELIVERED) { code } }', {}, analytics);
    const text = await (
      await t.app.fetch('http://wismo.test/metrics', { headers: analytics })
    ).text();
    expect(text).not.toMatch(/operation="Junk/);
    expect(text).toMatch(/operation="other"/);
    expect(text).toMatch(/operation="Dashboard"/);
  });

  it('turns introspection off in production', async () => {
    const result = await gql(t.app, '{ __schema { types { name } } }');
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('logs at most 100 characters of an operation name', async () => {
    const name = `Op${'x'.repeat(100_000)}`;
    logLines.length = 0;
    await t.app.fetch('http://wismo.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query ${name} { trackingStatus(code: DELIVERED) { code } }`,
        operationName: name,
      }),
    });
    const line = logLines.find((l) => l.includes('"request"'));
    expect(line).toBeDefined();
    expect(line!.length).toBeLessThan(1_000);
  });

  it('answers a `__proto__` persisted-operation hash as not found, not with a 500', async () => {
    const manifest = join(tmpdir(), `wismo-abuse-manifest-${process.pid}.json`);
    await writeFile(
      manifest,
      JSON.stringify({ abc: '{ trackingStatus(code: DELIVERED) { title } }' }),
    );
    const strict = await createTestApp({ WISMO_PERSISTED_OPERATIONS: manifest });
    try {
      for (const hash of ['__proto__', 'constructor', 'toString']) {
        const response = await strict.app.fetch('http://wismo.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
          }),
        });
        expect(response.status).toBeLessThan(500);
        const body = await response.json();
        expect(body.data ?? null).toBeNull();
        expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
      }
    } finally {
      await strict.close();
    }
  });
});
