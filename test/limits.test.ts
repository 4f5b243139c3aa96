import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    WISMO_DEMO_DATA: 'false',
    WISMO_RATE_LOOKUPS_PER_MIN: '5',
    WISMO_RATE_FEEDBACK_PER_MIN: '3',
    WISMO_RATE_INGESTION_PER_MIN: '2',
    NODE_ENV: 'production',
  });
});
afterAll(async () => {
  await t?.close();
});

const healthy = async () => {
  const { data } = await gql(t.app, '{ normalizeStatus(message: "Delivered") { status } }');
  expect(data.normalizeStatus.status).toBe('DELIVERED');
};

const expectRefused = (
  result: { errors?: { message: string }[]; data?: unknown },
  pattern: RegExp,
) => {
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.[0]?.message).toMatch(pattern);
};

describe('hostile queries', () => {
  it('refuses deep nesting', async () => {
    const nest = (n: number): string =>
      n === 0 ? 'code' : `relatedQuestions { relatedStatuses { ${nest(n - 1)} } }`;
    const deep = `{ trackingStatus(code: DELIVERED) { ${nest(7)} } }`;
    const result = await gql(t.app, deep);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((e) => e.message).join('\n')).toMatch(/depth/i);
    await healthy();
  });

  it('refuses an alias bomb', async () => {
    const bomb = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: normalizeStatus(message: "x") { status }`).join(' ')} }`;
    expectRefused(await gql(t.app, bomb), /alias/i);
    await healthy();
  });

  it('refuses fragment cycles', async () => {
    const cycle = `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`;
    const result = await gql(t.app, cycle);
    expect(result.errors?.length).toBeGreaterThan(0);
    await healthy();
  });

  it('refuses a 1 MB query before parsing it', async () => {
    const huge = `{ normalizeStatus(message: "${'x'.repeat(1_000_000)}") { status } }`;
    const response = await t.app.fetch('http://wismo.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(huge.length + 12) },
      body: JSON.stringify({ query: huge }),
    });
    expect(response.status).toBe(413);
    await healthy();
  });

  it('refuses a malformed Content-Length, which would otherwise decide the body limit', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    for (const declared of ['12abc', '-1', '10, 10']) {
      const response = await t.app.fetch('http://wismo.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': declared },
        body,
      });
      expect(response.status).toBe(400);
    }
    await healthy();
  });

  it('refuses an oversized chunked body that declares no length, and accepts a small one', async () => {
    // A stream body is sent with Transfer-Encoding: chunked: only counting the bytes read stops it.
    const chunked = (text: string) => {
      const bytes = new TextEncoder().encode(text);
      return {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new ReadableStream({
          start(controller) {
            for (let i = 0; i < bytes.length; i += 16_384)
              controller.enqueue(bytes.slice(i, i + 16_384));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit;
    };
    const huge = JSON.stringify({
      query: `{ normalizeStatus(message: "${'x'.repeat(1_000_000)}") { status } }`,
    });
    const refused = await t.app.fetch('http://wismo.test/graphql', chunked(huge));
    expect(refused.status).toBe(413);
    const small = JSON.stringify({ query: '{ normalizeStatus(message: "Delivered") { status } }' });
    const accepted = await t.app.fetch('http://wismo.test/graphql', chunked(small));
    expect(accepted.status).toBe(200);
    expect((await accepted.json()).data.normalizeStatus.status).toBe('DELIVERED');
  });

  it('refuses token floods and directive floods', async () => {
    const tokens = `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`;
    expectRefused(await gql(t.app, tokens), /token/i);
    const directives = `{ __typename ${'@include(if: true) '.repeat(30)} }`;
    expectRefused(await gql(t.app, directives), /directive/i);
    await healthy();
  });

  it('refuses batched requests', async () => {
    const response = await t.app.fetch('http://wismo.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ __typename }' }))),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    await healthy();
  });

  it('refuses a page of a million and an over-expensive query', async () => {
    expectRefused(
      await gql(t.app, '{ faqQuestions(first: 1000000) { edges { cursor } } }'),
      /between 0 and 100/,
    );
    const expensive = `{ faqQuestions(first: 100) { edges { node { relatedStatuses { aliases { phrase } relatedQuestions { relatedStatuses { title } } } } } } }`;
    expectRefused(await gql(t.app, expensive), /complexity/i);
    await healthy();
  });

  it('does not suggest field names in production', async () => {
    const { errors } = await gql(t.app, '{ faqQuestio { totalCount } }');
    expect(errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('refusals a frontend can branch on', () => {
  const refusal = (result: {
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  }) => result.errors?.[0];

  it('gives every query-shape limit the code QUERY_TOO_COMPLEX and a message without "Syntax Error"', async () => {
    const nest = (n: number): string =>
      n === 0 ? 'code' : `relatedQuestions { relatedStatuses { ${nest(n - 1)} } }`;
    const cases: [string, string][] = [
      [`{ trackingStatus(code: DELIVERED) { ${nest(7)} } }`, 'depth'],
      [`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ')} }`, 'aliases'],
      [`{ __typename ${'@skip(if: false) '.repeat(11)}}`, 'directives'],
      [`{ ${'__typename '.repeat(2100)}}`, 'tokens'],
      [`{ ${'__typename '.repeat(1000)}}`, 'fields'],
      [
        '{ faqQuestions(first: 100) { edges { node { relatedStatuses { aliases { phrase } relatedQuestions { relatedStatuses { title } } } } } } }',
        'complexity',
      ],
    ];
    for (const [query, limit] of cases) {
      const error = refusal(await gql(t.app, query));
      expect(error?.extensions, limit).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
      expect(error?.message, limit).not.toMatch(/Syntax Error|Validation aborted/);
    }
  });

  it('says which header a GET without one needs (CSRF prevention)', async () => {
    const response = await t.app.fetch('http://wismo.test/graphql?query=%7B__typename%7D');
    expect(response.status).toBe(403);
    const error = ((await response.json()) as any).errors?.[0];
    expect(error?.extensions?.code).toBe('CSRF_HEADER_REQUIRED');
    expect(error?.message).toMatch(/x-graphql-yoga-csrf/);
  });

  it('gives a missing or mistyped variable the code BAD_USER_INPUT', async () => {
    // (normalizeStatus, not a lookup: this file's lookup budget is 5 a minute.)
    const read = 'query($m: String!) { normalizeStatus(message: $m) { status } }';
    for (const variables of [{}, { m: 12 }]) {
      const error = refusal(await gql(t.app, read, variables));
      expect(error?.message).toMatch(/^Variable "\$m"/);
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('unstorable text', () => {
  it('refuses NUL characters and lone surrogates in any argument with a clear error', async () => {
    const nul = await gql(t.app, 'query($m: String!) { normalizeStatus(message: $m) { status } }', {
      m: 'Deliv\u0000ered',
    });
    expect(nul.status).toBe(400);
    expect(nul.errors?.[0]?.message).toMatch(/variables\.m contains a NUL character/);
    const surrogate = await gql(
      t.app,
      'query($m: String!) { normalizeStatus(message: $m) { status } }',
      { m: 'x\udfff' },
    );
    expect(surrogate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await healthy();
  });
});

describe('rate limits', () => {
  it('limits lookups per client and says when to retry', async () => {
    const lookup = '{ shipment(trackingNumber: "RB123456785GB") { __typename } }';
    for (let i = 0; i < 5; i++) expect((await gql(t.app, lookup)).errors).toBeUndefined();
    const limited = await gql(t.app, lookup);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    await healthy();
  });

  it('limits feedback submissions from one shopper', async () => {
    const ids = await gql(t.app, '{ faqQuestions(first: 1) { edges { node { id } } } }');
    const questionId = ids.data.faqQuestions.edges[0].node.id;
    const mutation = `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { __typename } }`;
    const send = (clientId: string) =>
      gql(t.app, mutation, { input: { questionId, clientId, helpful: true } });
    for (let i = 0; i < 3; i++) expect((await send('same-shopper')).errors).toBeUndefined();
    const limited = await send('same-shopper');
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('limits carrier ingestion per key, not per address', async () => {
    const mutation = `mutation($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) { __typename } }`;
    const input = {
      trackingNumber: 'RB123456785GB',
      events: [{ occurredAt: new Date().toISOString(), message: 'Accepted' }],
    };
    const first = await authHeader(t, 'carrier');
    const second = await authHeader(t, 'carrier');
    for (let i = 0; i < 2; i++)
      expect((await gql(t.app, mutation, { input }, first)).errors).toBeUndefined();
    expect((await gql(t.app, mutation, { input }, first)).errors?.[0]?.extensions?.code).toBe(
      'RATE_LIMITED',
    );
    expect((await gql(t.app, mutation, { input }, second)).errors).toBeUndefined();
  });
});

describe('metrics', () => {
  it('exposes request, normalizer and queue metrics in Prometheus format', async () => {
    // Metrics need an analytics key, and only keyed callers add operation-name labels.
    const analytics = await authHeader(t, 'analytics');
    await gql(
      t.app,
      'query Probe { normalizeStatus(message: "Objeto entregue ao destinatário") { status } }',
      {},
      analytics,
    );
    const text = await (
      await t.app.fetch('http://wismo.test/metrics', { headers: analytics })
    ).text();
    expect(text).toMatch(/wismo_graphql_requests_total\{operation="Probe",outcome="ok"\} 1/);
    expect(text).toMatch(/wismo_normalizer_matches_total\{method="[A-Z]+"\}/);
    expect(text).toMatch(/wismo_unmatched_messages_open \d+/);
    expect(text).toMatch(/wismo_graphql_errors_total\{code="RATE_LIMITED"\}/);
  });

  it('answers 401 without a key and 403 for a key of another role, as the CSV exports do', async () => {
    const get = (headers: Record<string, string> = {}) =>
      t.app.fetch('http://wismo.test/metrics', { headers });
    expect((await get()).status).toBe(401);
    expect((await get({ authorization: 'Bearer nope' })).status).toBe(401);
    expect((await get(await authHeader(t, 'carrier'))).status).toBe(403);
  });
});

describe('persisted operations', () => {
  it('runs only allow-listed operations when a manifest is configured', async () => {
    const manifest = join(tmpdir(), `wismo-manifest-${process.pid}.json`);
    await writeFile(
      manifest,
      JSON.stringify({ abc123: '{ trackingStatus(code: DELIVERED) { title } }' }),
    );
    const strict = await createTestApp({
      WISMO_DEMO_DATA: 'false',
      WISMO_PERSISTED_OPERATIONS: manifest,
    });
    try {
      const listed = await strict.app.fetch('http://wismo.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          extensions: { persistedQuery: { version: 1, sha256Hash: 'abc123' } },
        }),
      });
      expect((await listed.json()).data.trackingStatus.title).toBe('Delivered');
      const arbitrary = await gql(strict.app, '{ trackingStatuses { code } }');
      expect(arbitrary.data ?? null).toBeNull();
      expect(arbitrary.errors?.[0]?.message).toMatch(/persisted operations.*sha256Hash/);
      // Not "CANNOT_SEND_PQ_ID_AND_BODY": the client sent a body and no id at all.
      expect(arbitrary.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
      const unknown = await strict.app.fetch('http://wismo.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          extensions: { persistedQuery: { version: 1, sha256Hash: 'deadbeef' } },
        }),
      });
      const refused = (await unknown.json()).errors?.[0];
      expect(refused?.message).toMatch(/No persisted operation has this hash/);
      expect(refused?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    } finally {
      await strict.close();
    }
  });
});
