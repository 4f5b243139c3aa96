import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './support/gql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const FAQ_PAGE = /* GraphQL */ `
  query Faq($locale: String, $first: Int, $after: String, $last: Int, $before: String) {
    faqQuestions(locale: $locale, first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { id slug locale title body position relatedStatuses { code title } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;

describe('faqQuestions', () => {
  it("lists the help-center page's five questions in page order", async () => {
    const { data, errors } = await gql(t.app, FAQ_PAGE, { first: 10 });
    expect(errors).toBeUndefined();
    const nodes = data.faqQuestions.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.title)).toEqual([
      'How to track order?',
      'Why did nothing update after the order status changed to Arrival at Destination?',
      'Why does it show that my package is Held by Customs / Held by Destination?',
      'Are there any other expressions of Waiting for Picking-up?',
      'Why does the tracking status show delivered when I have not received the package?',
    ]);
    expect(nodes[3].body).toContain('A reminder has been sent to the recipient');
    expect(nodes[2].relatedStatuses.map((s: any) => s.code)).toContain('HELD_BY_CUSTOMS');
    expect(data.faqQuestions.pageInfo.hasNextPage).toBe(false);
  });

  it('pages forward with first/after and back with last/before', async () => {
    const first = await gql(t.app, FAQ_PAGE, { first: 2 });
    expect(first.data.faqQuestions.edges).toHaveLength(2);
    expect(first.data.faqQuestions.pageInfo.hasNextPage).toBe(true);
    const second = await gql(t.app, FAQ_PAGE, {
      first: 2,
      after: first.data.faqQuestions.pageInfo.endCursor,
    });
    expect(second.data.faqQuestions.edges.map((e: any) => e.node.position)).toEqual([3, 4]);
    const back = await gql(t.app, FAQ_PAGE, {
      last: 1,
      before: second.data.faqQuestions.pageInfo.startCursor,
    });
    expect(back.data.faqQuestions.edges.map((e: any) => e.node.position)).toEqual([2]);
  });

  it('serves other languages and says when it fell back to English', async () => {
    const es = await gql(t.app, FAQ_PAGE, { locale: 'es-MX', first: 1 });
    expect(es.data.faqQuestions.edges[0].node.locale).toBe('es');
    const sv = await gql(t.app, FAQ_PAGE, { locale: 'sv', first: 5 });
    expect(sv.data.faqQuestions.edges).toHaveLength(5);
    expect(sv.data.faqQuestions.edges[0].node.locale).toBe('en');
  });

  it('refuses a page larger than the maximum instead of clamping it silently', async () => {
    const { data, errors } = await gql(t.app, FAQ_PAGE, { first: 1_000_000 });
    expect(data?.faqQuestions ?? null).toBeNull();
    expect(errors?.[0]?.message).toMatch(/first must be between 0 and 100/);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a malformed cursor or locale with a clear error', async () => {
    const cursor = await gql(t.app, FAQ_PAGE, { first: 1, after: 'not-a-cursor' });
    expect(cursor.errors?.[0]?.message).toMatch(/Invalid cursor/);
    const locale = await gql(t.app, FAQ_PAGE, { locale: "en'; drop table--" });
    expect(locale.errors?.[0]?.message).toMatch(/locale must be a language tag/);
  });
});

describe('faqQuestion and node', () => {
  it('finds a question by slug and again by its global id', async () => {
    const bySlug = await gql(
      t.app,
      '{ faqQuestion(slug: "held-by-customs", locale: "de") { id locale title } }',
    );
    expect(bySlug.data.faqQuestion.locale).toBe('de');
    const { id } = bySlug.data.faqQuestion;
    const byId = await gql(
      t.app,
      'query($id: ID!) { node(id: $id) { ... on FaqQuestion { id slug } } }',
      {
        id,
      },
    );
    expect(byId.data.node).toEqual({ id, slug: 'held-by-customs' });
  });

  it('answers null for an unknown slug', async () => {
    const { data, errors } = await gql(t.app, '{ faqQuestion(slug: "no-such-question") { id } }');
    expect(errors).toBeUndefined();
    expect(data.faqQuestion).toBeNull();
  });
});

describe('searchFaq', () => {
  const SEARCH = `query($q: String!, $locale: String) {
    searchFaq(query: $q, locale: $locale) { score snippet question { slug locale } } }`;

  it('finds the customs question despite a typo and marks the word in the snippet', async () => {
    const { data } = await gql(t.app, SEARCH, { q: 'custms' });
    expect(data.searchFaq[0].question.slug).toBe('held-by-customs');
    expect(data.searchFaq[0].snippet).toMatch(/<mark>customs<\/mark>/i);
  });

  it('ranks by full-text relevance with stemming', async () => {
    const { data } = await gql(t.app, SEARCH, { q: 'delivered not received' });
    expect(data.searchFaq[0].question.slug).toBe('delivered-but-not-received');
    expect(data.searchFaq[0].score).toBeGreaterThan(0.5);
  });

  it('searches in the requested language', async () => {
    const { data } = await gql(t.app, SEARCH, { q: 'Zoll', locale: 'de' });
    expect(data.searchFaq[0].question).toEqual({ slug: 'held-by-customs', locale: 'de' });
  });

  it('returns an empty list when nothing is close, and refuses an empty query', async () => {
    const none = await gql(t.app, SEARCH, { q: 'zzzzqqqq' });
    expect(none.data.searchFaq).toEqual([]);
    const empty = await gql(t.app, SEARCH, { q: '   ' });
    expect(empty.errors?.[0]?.message).toMatch(/query must not be empty/);
  });

  it("words an over-long locale in the API's own words", async () => {
    const { errors } = await gql(t.app, SEARCH, { q: 'customs', locale: 'a'.repeat(40) });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).not.toMatch(/Too big/);
  });

  it('words a page size out of range the same way at both ends', async () => {
    const sized = 'query($f: Int) { searchFaq(query: "customs", first: $f) { score } }';
    for (const f of [0, 21]) {
      const { errors } = await gql(t.app, sized, { f });
      expect(errors?.[0]?.message).toBe('first: first must be between 1 and 20');
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('tracking statuses', () => {
  it('lists all ten canonical statuses with their aliases and related questions', async () => {
    const { data } = await gql(
      t.app,
      '{ trackingStatuses { code title actionRequired terminal aliases { phrase locale source } relatedQuestions { slug } } }',
    );
    expect(data.trackingStatuses.map((s: any) => s.code)).toEqual([
      'INFO_RECEIVED',
      'IN_TRANSIT',
      'ARRIVED_AT_DESTINATION',
      'HELD_BY_CUSTOMS',
      'OUT_FOR_DELIVERY',
      'WAITING_FOR_PICKUP',
      'DELIVERED',
      'RETURNED_TO_SENDER',
      'EXCEPTION',
      'UNKNOWN',
    ]);
    const pickup = data.trackingStatuses.find((s: any) => s.code === 'WAITING_FOR_PICKUP');
    // Which wordings the seed holds is the alias data's test (status-normalizer.test.ts); here,
    // that they are served with their provenance.
    expect(pickup.aliases).toContainEqual({
      phrase: 'Awaiting Collection',
      locale: 'en',
      source: 'HELP_CENTER',
    });
    expect(pickup.relatedQuestions.map((q: any) => q.slug)).toContain(
      'other-expressions-of-waiting-for-pickup',
    );
    const locales = new Set(
      data.trackingStatuses.flatMap((s: any) => s.aliases.map((a: any) => a.locale)),
    );
    expect([...locales].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'zh']);
  });

  it('answers statuses, aliases and related questions from memory, without SQL', async () => {
    t.sql.reset();
    const { errors } = await gql(
      t.app,
      '{ trackingStatuses { code aliases { phrase } relatedQuestions { slug title } } }',
    );
    expect(errors).toBeUndefined();
    expect(t.sql.count).toBe(0);
  });

  it('reads one status in German with its mappings to other vocabularies', async () => {
    const { data } = await gql(
      t.app,
      '{ trackingStatus(code: HELD_BY_CUSTOMS, locale: "de") { code locale title mappings { aftership easypost } } }',
    );
    expect(data.trackingStatus).toMatchObject({ code: 'HELD_BY_CUSTOMS', locale: 'de' });
    expect(data.trackingStatus.mappings.easypost).toBe('in_transit');
  });
});

describe('normalizeStatus', () => {
  const NORMALIZE = `query($m: String!) { normalizeStatus(message: $m) {
    status method confidence matchedAlias { phrase source } definition { code title } } }`;

  it('reads a reminder notice as waiting for pickup', async () => {
    const { data } = await gql(t.app, NORMALIZE, {
      m: 'A reminder has been sent to the recipient',
    });
    expect(data.normalizeStatus).toMatchObject({
      status: 'WAITING_FOR_PICKUP',
      method: 'EXACT',
      confidence: 1,
      matchedAlias: { phrase: 'A reminder has been sent to the recipient', source: 'HELP_CENTER' },
      definition: { code: 'WAITING_FOR_PICKUP', title: 'Waiting for pickup' },
    });
  });

  it('normalises without running SQL', async () => {
    t.sql.reset();
    await gql(t.app, NORMALIZE, { m: 'Objeto entregue ao destinatário' });
    expect(t.sql.count).toBe(0);
  });

  it('answers UNKNOWN with method NONE for an empty message', async () => {
    const { data } = await gql(t.app, NORMALIZE, { m: '   ' });
    expect(data.normalizeStatus).toMatchObject({
      status: 'UNKNOWN',
      method: 'NONE',
      matchedAlias: null,
    });
  });

  it('refuses a message over 1,000 characters', async () => {
    const { data, errors } = await gql(t.app, NORMALIZE, { m: 'x'.repeat(1001) });
    expect(data?.normalizeStatus ?? null).toBeNull();
    expect(errors?.[0]?.message).toMatch(/at most 1000 characters/);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('operations endpoints', () => {
  it('answers /healthz and /readyz, and echoes a request id', async () => {
    const health = await t.app.fetch('http://wismo.test/healthz');
    expect(health.status).toBe(200);
    const ready = await t.app.fetch('http://wismo.test/readyz', {
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(await ready.json()).toEqual({ status: 'ready', database: 'ok' });
    expect(ready.headers.get('x-request-id')).toBe('abc-123');
  });

  it('serves GraphiQL with bundled assets and the example operations', async () => {
    const page = await t.app.fetch('http://wismo.test/graphql', {
      headers: { accept: 'text/html' },
    });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('normalizeStatus');
    expect(html).not.toMatch(/<script[^>]+src="https?:\/\//);
  });
});
