import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zonedBuckets } from '../src/domain/time-zones.js';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let analytics: Record<string, string>;
/** locale -> slug -> global id */
const ids: Record<string, Record<string, string>> = {};

const SUBMIT = /* GraphQL */ `
  mutation Vote($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { __typename } }
`;
const vote = (locale: string, slug: string, clientId: string, helpful: boolean, comment?: string) =>
  gql(t.app, SUBMIT, { input: { questionId: ids[locale]![slug], clientId, helpful, comment } });

beforeAll(async () => {
  t = await createTestApp();
  analytics = await authHeader(t, 'analytics');
  for (const locale of ['en', 'de']) {
    const { data } = await gql(
      t.app,
      'query($l: String) { faqQuestions(locale: $l, first: 10) { edges { node { id slug } } } }',
      { l: locale },
    );
    ids[locale] = Object.fromEntries(
      data.faqQuestions.edges.map((e: any) => [e.node.slug, e.node.id]),
    );
  }
  // held-by-customs: 2 of 2 helpful; delivered: 9 of 12; tracking: 1 of 3; plus 3 German votes.
  for (let i = 0; i < 2; i++) await vote('en', 'held-by-customs', `c-${i}`, true);
  for (let i = 0; i < 12; i++) await vote('en', 'delivered-but-not-received', `d-${i}`, i < 9);
  for (let i = 0; i < 3; i++) await vote('en', 'how-to-track-order', `t-${i}`, i < 1, '=1+1');
  for (let i = 0; i < 3; i++) await vote('de', 'held-by-customs', `de-${i}`, i < 2);
});
afterAll(async () => {
  await t?.close();
});

const csv = (query = '') =>
  t.app.fetch(`http://wismo.test/exports/feedback.csv${query}`, { headers: analytics });

describe('the CSV export and GraphQL agree', () => {
  it('prints GraphQL global ids with slug, title and locale, and filters by those ids', async () => {
    const rows = parse(await (await csv()).text(), { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.clientId === 'de-0')!;
    expect(row).toMatchObject({
      questionId: ids.de!['held-by-customs'],
      slug: 'held-by-customs',
      locale: 'de',
    });
    expect(row.title).toMatch(/Zoll/);
    const { data } = await gql(
      t.app,
      'query($id: ID!) { node(id: $id) { ... on FeedbackEntry { clientId } } }',
      { id: row.id },
      analytics,
    );
    expect(data.node.clientId).toBe('de-0');
    const filtered = parse(
      await (await csv(`?questionId=${encodeURIComponent(row.questionId!)}`)).text(),
      {
        columns: true,
      },
    ) as Record<string, string>[];
    expect(filtered.map((r) => r.clientId).sort()).toEqual(['de-0', 'de-1', 'de-2']);
  });

  it('accepts the same dates as GraphQL, refuses the same non-dates and the same long ranges', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    expect((await csv(`?from=${from}`)).status).toBe(200);
    const series = await gql(
      t.app,
      `{ feedbackTimeSeries(interval: DAY, from: "${from}", to: "${today}") { start } }`,
      {},
      analytics,
    );
    expect(series.errors).toBeUndefined();
    expect(series.data.feedbackTimeSeries[0].start).toBe(`${from}T00:00:00.000Z`);

    const badCsv = await csv('?from=1');
    expect(badCsv.status).toBe(400);
    const badGql = await gql(t.app, '{ feedbackSummary(from: "1") { total } }', {}, analytics);
    expect(badGql.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(((await badCsv.json()) as any).error).toMatch(/ISO-8601/);
    expect(badGql.errors?.[0]?.message).toMatch(/ISO-8601/);

    const longCsv = await csv('?from=2000-01-01&to=2026-01-01');
    const longGql = await gql(
      t.app,
      '{ feedbackSummary(from: "2000-01-01", to: "2026-01-01") { total } }',
      {},
      analytics,
    );
    expect(longCsv.status).toBe(400);
    expect(((await longCsv.json()) as any).error).toBe(longGql.errors?.[0]?.message);
    expect(longGql.errors?.[0]?.message).toMatch(/366 days/);
  });

  it('starts with a UTF-8 byte order mark only when asked (bom=true)', async () => {
    const plain = new Uint8Array(await (await csv()).arrayBuffer());
    const withBom = new Uint8Array(await (await csv('?bom=true')).arrayBuffer());
    expect([...withBom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(plain[0]).toBe('i'.charCodeAt(0));
    expect((await csv('?bom=yes')).status).toBe(400);
  });

  it('quotes formulas written by shoppers (csv-stringify escape_formulas)', async () => {
    const rows = parse(await (await csv()).text(), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.clientId === 't-0')!.comment).toBe("'=1+1");
  });
});

const SUMMARY = /* GraphQL */ `
  query S($orderBy: FeedbackSummaryOrder, $descending: Boolean, $groupBy: FeedbackSummaryGrouping, $slug: String) {
    feedbackSummary(orderBy: $orderBy, descending: $descending, groupBy: $groupBy, slug: $slug) {
      slug locales total helpful question { locale slug }
    }
  }
`;
const order = async (vars: Record<string, unknown>) => {
  const { data, errors } = await gql(t.app, SUMMARY, vars, analytics);
  expect(errors).toBeUndefined();
  return data.feedbackSummary.map((s: any) => `${s.slug}/${s.locales.join('+')}`);
};

describe('feedbackSummary', () => {
  it('orders by Wilson lower bound by default, or by rate or total, either way', async () => {
    expect(await order({})).toEqual([
      'delivered-but-not-received/en',
      'held-by-customs/en',
      'held-by-customs/de',
      'how-to-track-order/en',
    ]);
    expect((await order({ orderBy: 'HELPFUL_RATE' }))[0]).toBe('held-by-customs/en');
    // Equal totals keep question order (the English questions were created first).
    expect(await order({ orderBy: 'TOTAL' })).toEqual([
      'delivered-but-not-received/en',
      'how-to-track-order/en',
      'held-by-customs/de',
      'held-by-customs/en',
    ]);
    expect((await order({ orderBy: 'TOTAL', descending: false }))[0]).toBe('held-by-customs/en');
  });

  it('rolls one question up across its languages by slug', async () => {
    const { data } = await gql(
      t.app,
      SUMMARY,
      { groupBy: 'SLUG', slug: 'held-by-customs' },
      analytics,
    );
    expect(data.feedbackSummary).toEqual([
      {
        slug: 'held-by-customs',
        locales: ['de', 'en'],
        total: 5,
        helpful: 4,
        question: { locale: 'en', slug: 'held-by-customs' },
      },
    ]);
  });
});

describe('feedbackTimeSeries in a time zone', () => {
  const SERIES = /* GraphQL */ `
    query T($from: DateTime, $to: DateTime, $tz: String) {
      feedbackTimeSeries(interval: DAY, from: $from, to: $to, timeZone: $tz) { start end partial total }
    }
  `;

  it('starts buckets at local midnight and marks the cut first and last days', async () => {
    const to = new Date();
    const from = new Date(to.getTime() - 3 * 86_400_000);
    const { data, errors } = await gql(
      t.app,
      SERIES,
      { from: from.toISOString(), to: to.toISOString(), tz: 'Asia/Kolkata' },
      analytics,
    );
    expect(errors).toBeUndefined();
    const buckets = data.feedbackTimeSeries;
    expect(buckets.every((b: any) => b.start.endsWith('T18:30:00.000Z'))).toBe(true);
    expect(buckets[0].partial).toBe(true);
    expect(buckets.at(-1).partial).toBe(true);
    expect(buckets.slice(1, -1).every((b: any) => !b.partial)).toBe(true);
    // Every vote of the period is in some bucket, whichever zone cuts the days.
    const total = buckets.reduce((n: number, b: any) => n + b.total, 0);
    expect(total).toBe(20);
  });

  it('refuses a time zone that is not an IANA name', async () => {
    const { errors } = await gql(t.app, SERIES, { tz: 'Mars/Base' }, analytics);
    expect(errors?.[0]?.message).toMatch(/IANA/);
  });

  it('follows daylight-saving changes (a 23-hour day in Berlin)', () => {
    const [day] = zonedBuckets(
      new Date('2026-03-29T00:00:00+01:00'),
      new Date('2026-03-29T12:00:00+02:00'),
      'DAY',
      'Europe/Berlin',
    );
    expect(day!.end.getTime() - day!.start.getTime()).toBe(23 * 3_600_000);
    expect(day!.start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });
});
