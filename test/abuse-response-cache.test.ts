import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createByteBoundedCache, entrySize } from '../src/plugins/response-cache.js';
import { gql } from './support/gql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  // Room for a handful of FAQ pages, so the byte bound is reached within a test.
  t = await createTestApp({ WISMO_DEMO_DATA: 'true', WISMO_RESPONSE_CACHE_MAX_BYTES: '60000' });
});
afterAll(async () => {
  await t?.close();
});

const PAGE = `query Page($locale: String) { faqQuestions(locale: $locale, first: 5) {
  edges { node { id title body helpfulCount notHelpfulCount } } } }`;

describe('response cache memory (issue 16, item 2)', () => {
  it('does not let undeclared variables multiply entries', async () => {
    await gql(t.app, PAGE, { locale: 'en' });
    t.sql.reset();
    for (let i = 0; i < 20; i++) {
      const { data } = await gql(t.app, PAGE, { locale: 'en', [`junk${i}`]: 'x'.repeat(1000) });
      expect(data.faqQuestions.edges.length).toBeGreaterThan(0);
    }
    expect(t.sql.count).toBe(0);
  });

  it('keeps answers for different declared variables apart', async () => {
    const one = 'query One($code: TrackingStatus!) { trackingStatus(code: $code) { code } }';
    for (let round = 0; round < 2; round++) {
      for (const code of ['DELIVERED', 'IN_TRANSIT', 'RETURNED_TO_SENDER']) {
        const { data } = await gql(t.app, one, { code, unused: round });
        expect(data.trackingStatus.code).toBe(code);
      }
    }
  });

  it('holds at most the configured bytes, dropping the least recently used answers', async () => {
    const query = (i: number) =>
      `query Search${i} { searchFaq(query: "parcel ${i}") { snippet } faqQuestions(first: 5) { edges { node { body } } } }`;
    await gql(t.app, query(0));
    t.sql.reset();
    await gql(t.app, query(0));
    expect(t.sql.count).toBe(0); // cached
    for (let i = 1; i <= 30; i++) await gql(t.app, query(i));
    t.sql.reset();
    await gql(t.app, query(0));
    // 30 other answers did not fit beside it in 60 kB: it was evicted, not kept beside them.
    expect(t.sql.count).toBeGreaterThan(0);
  });

  it('counts bytes, refuses single answers larger than a quarter of the budget', () => {
    const cache = createByteBoundedCache(100_000);
    const answer = (i: number, size: number) => ({ data: { i, text: 'x'.repeat(size) } });
    for (let i = 0; i < 200; i++) cache.set(`k${i}`, answer(i, 2_000), [], 60_000);
    expect(cache.bytes).toBeLessThanOrEqual(100_000);
    expect(cache.get('k199')).not.toBeNull();
    expect(cache.get('k0')).toBeNull();
    cache.set('huge', answer(0, 30_000), [], 60_000);
    expect(cache.get('huge')).toBeNull();
    expect(entrySize(answer(0, 1_000))).toBeGreaterThan(2_000);
  });
});

describe('stale cached answers (issue 16, item 10)', () => {
  it('evicts a question cached counts when someone votes on it', async () => {
    const read = `{ faqQuestions(first: 1) { edges { node { title helpfulCount } } } }`;
    const ids = await gql(t.app, '{ faqQuestions(first: 1) { edges { node { id } } } }');
    const questionId = ids.data.faqQuestions.edges[0].node.id;
    const before = (await gql(t.app, read)).data.faqQuestions.edges[0].node.helpfulCount;
    await gql(t.app, read); // now cached
    const vote = await gql(
      t.app,
      `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { __typename } }`,
      { input: { questionId, helpful: true, clientId: 'cache-voter' } },
    );
    expect(vote.errors).toBeUndefined();
    const after = (await gql(t.app, read)).data.faqQuestions.edges[0].node.helpfulCount;
    expect(after).toBe(before + 1);
  });

  it('never caches a ShipmentNotFound, even beside knowledge fields', async () => {
    const mixed = `{ trackingStatuses { code } shipment(trackingNumber: "RB123456785GB") { __typename } }`;
    const first = await gql(t.app, mixed);
    expect(first.data.shipment.__typename).toBe('ShipmentNotFound');
    t.sql.reset();
    await gql(t.app, mixed);
    expect(t.sql.count).toBeGreaterThan(0);
  });
});
