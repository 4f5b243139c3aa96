import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wilsonLowerBound, wilsonUpperBound } from '../src/domain/feedback-stats.js';
import { pageOperations } from '../src/plugins/page-manifest.js';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let analytics: Record<string, string>;
let carrier: Record<string, string>;
let questionIds: Record<string, string>;

const REQUEST = /* GraphQL */ `
  mutation Agent($input: RequestAgentInput!) {
    requestAgent(input: $input) { __typename ... on AgentHandoff { queue } }
  }
`;

const VOTE = /* GraphQL */ `
  mutation Vote($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { __typename } }
`;

beforeAll(async () => {
  t = await createTestApp({ WISMO_DEMO_DATA: 'true' });
  analytics = await authHeader(t, 'analytics');
  carrier = await authHeader(t, 'carrier');
  const { data } = await gql(t.app, '{ faqQuestions(first: 10) { edges { node { id slug } } } }');
  questionIds = Object.fromEntries(
    data.faqQuestions.edges.map((e: any) => [e.node.slug, e.node.id]),
  );
  const handoffs = [
    { clientId: 'a', questionId: questionIds['held-by-customs'], trackingNumber: 'UA314159268CN' },
    { clientId: 'b', questionId: questionIds['held-by-customs'], trackingNumber: 'UA314159268CN' },
    { clientId: 'c', questionId: questionIds['how-to-track-order'], message: '=cmd|calc' },
  ];
  for (const input of handoffs) {
    const res = await gql(t.app, REQUEST, { input });
    expect(res.data.requestAgent.__typename).toBe('AgentHandoff');
  }
});
afterAll(async () => {
  await t?.close();
});

describe('agentRequests', () => {
  const LIST = /* GraphQL */ `
    query List($first: Int, $after: String, $queue: String, $questionId: ID, $locale: String) {
      agentRequests(first: $first, after: $after, queue: $queue, questionId: $questionId, locale: $locale) {
        edges { node { id queue clientId trackingNumber shipmentStatus message
          explanation { meaning stale } question { slug } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `;

  it('lists handoffs newest first with what the shopper saw, a page at a time', async () => {
    const first = await gql(t.app, LIST, { first: 2 }, analytics);
    expect(first.errors).toBeUndefined();
    const page1 = first.data.agentRequests;
    expect(page1.edges.map((e: any) => e.node.clientId)).toEqual(['c', 'b']);
    expect(page1.edges[1].node).toMatchObject({
      shipmentStatus: 'HELD_BY_CUSTOMS',
      trackingNumber: 'UA314159268CN',
      question: { slug: 'held-by-customs' },
      explanation: { stale: false },
    });
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await gql(t.app, LIST, { first: 2, after: page1.pageInfo.endCursor }, analytics);
    expect(second.data.agentRequests.edges.map((e: any) => e.node.clientId)).toEqual(['a']);
    expect(second.data.agentRequests.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by queue, question and locale', async () => {
    const byQuestion = await gql(
      t.app,
      LIST,
      { questionId: questionIds['how-to-track-order'] },
      analytics,
    );
    expect(byQuestion.data.agentRequests.edges.map((e: any) => e.node.clientId)).toEqual(['c']);
    const queue = byQuestion.data.agentRequests.edges[0].node.queue;
    const byQueue = await gql(t.app, LIST, { queue }, analytics);
    expect(byQueue.data.agentRequests.edges.every((e: any) => e.node.queue === queue)).toBe(true);
    const german = await gql(t.app, LIST, { locale: 'de' }, analytics);
    expect(german.data.agentRequests.edges).toEqual([]);
  });

  it('loads one handoff by its id for the analytics role only', async () => {
    const { data } = await gql(t.app, LIST, { first: 1 }, analytics);
    const id = data.agentRequests.edges[0].node.id;
    const query = `{ node(id: "${id}") { ... on AgentRequest { clientId } } }`;
    expect((await gql(t.app, query, {}, analytics)).data.node).toEqual({ clientId: 'c' });
    const anonymous = await gql(t.app, query);
    expect(anonymous.data?.node ?? null).toBeNull();
  });

  it('refuses callers without the analytics role', async () => {
    const res = await gql(t.app, LIST, {}, carrier);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads a page with one SQL statement', async () => {
    t.sql.reset();
    await gql(
      t.app,
      '{ agentRequests(first: 10) { edges { node { clientId queue } } } }',
      {},
      analytics,
    );
    expect(t.sql.count).toBe(1);
  });
});

describe('handoffSummary', () => {
  const SUMMARY = /* GraphQL */ `{
    handoffSummary(interval: DAY) {
      total
      byQueue { queue count }
      byStatus { status count }
      byQuestion { question { slug } count }
      overTime { start total byStatus { status count } }
    }
  }`;

  it('counts handoffs by queue, by status over time and by question, all adding up', async () => {
    const { data, errors } = await gql(t.app, SUMMARY, {}, analytics);
    expect(errors).toBeUndefined();
    const s = data.handoffSummary;
    expect(s.total).toBe(3);
    expect(s.byQuestion).toEqual([
      { question: { slug: 'held-by-customs' }, count: 2 },
      { question: { slug: 'how-to-track-order' }, count: 1 },
    ]);
    expect(s.byStatus).toEqual(
      expect.arrayContaining([
        { status: 'HELD_BY_CUSTOMS', count: 2 },
        { status: null, count: 1 },
      ]),
    );
    const sum = (xs: { count: number }[]) => xs.reduce((n, x) => n + x.count, 0);
    expect(sum(s.byQueue)).toBe(3);
    expect(s.overTime).toHaveLength(31);
    expect(s.overTime.reduce((n: number, b: any) => n + b.total, 0)).toBe(3);
    const today = s.overTime.at(-1);
    expect(today.total).toBe(3);
    expect(sum(today.byStatus)).toBe(3);
  });

  it('counts days from midnight in the requested time zone', async () => {
    const query = `query($tz: String!) { handoffSummary(interval: DAY, timeZone: $tz) {
      total overTime { start end partial total } } }`;
    const { data, errors } = await gql(t.app, query, { tz: 'Asia/Tokyo' }, analytics);
    expect(errors).toBeUndefined();
    const buckets = data.handoffSummary.overTime;
    // Tokyo midnight is 15:00 UTC the day before.
    expect(buckets[1].start).toMatch(/T15:00:00\.000Z$/);
    expect(buckets[0].partial).toBe(true);
    expect(buckets.reduce((n: number, b: any) => n + b.total, 0)).toBe(3);
    const bad = await gql(t.app, query, { tz: 'Mars/Olympus' }, analytics);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers with one SQL statement (and the question loader)', async () => {
    t.sql.reset();
    await gql(
      t.app,
      '{ handoffSummary { total byQueue { count } overTime { total } } }',
      {},
      analytics,
    );
    expect(t.sql.count).toBe(1);
  });

  it('refuses a reversed range and anonymous callers', async () => {
    const reversed = await gql(
      t.app,
      '{ handoffSummary(from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { total } }',
      {},
      analytics,
    );
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await gql(t.app, '{ handoffSummary { total } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('/exports/agent-requests.csv', () => {
  const get = (query = '', headers: Record<string, string> = analytics) =>
    t.app.fetch(`http://wismo.test/exports/agent-requests.csv${query}`, { headers });

  it('exports the handoffs the query lists, with formulas defused', async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.clientId)).toEqual(['c', 'b', 'a']);
    expect(rows[0]!.message).toBe("'=cmd|calc");
    expect(rows[1]).toMatchObject({ shipmentStatus: 'HELD_BY_CUSTOMS', stale: 'false' });
  });

  it('prints the GraphQL global ids, so a questionId from the file filters the file', async () => {
    const rows = parse(await (await get()).text(), { columns: true }) as Record<string, string>[];
    const list = await gql(
      t.app,
      '{ agentRequests(first: 10) { edges { node { id } } } }',
      {},
      analytics,
    );
    expect(rows.map((r) => r.id)).toEqual(list.data.agentRequests.edges.map((e: any) => e.node.id));
    expect(rows[0]!.questionId).toBe(questionIds['how-to-track-order']);
    const again = await get(`?questionId=${encodeURIComponent(rows[0]!.questionId!)}`);
    expect(again.status).toBe(200);
    expect(parse(await again.text(), { columns: true })).toHaveLength(1);
  });

  it('applies the same filters', async () => {
    const qid = encodeURIComponent(questionIds['held-by-customs']!);
    const rows = parse(await (await get(`?questionId=${qid}`)).text(), { columns: true });
    expect(rows).toHaveLength(2);
  });

  it('refuses missing keys, other roles and bad parameters', async () => {
    expect((await get('', {})).status).toBe(401);
    expect((await get('', carrier)).status).toBe(403);
    expect((await get('?from=yesterday')).status).toBe(400);
    expect((await get('?colour=red')).status).toBe(400);
  });
});

describe('feedbackByTrackingStatus and the Wilson interval', () => {
  it('groups votes by the status the shopper saw, with both interval bounds', async () => {
    const q = questionIds['held-by-customs'];
    const votes = [
      { clientId: 'v1', helpful: true, trackingStatus: 'HELD_BY_CUSTOMS' },
      { clientId: 'v2', helpful: false, trackingStatus: 'HELD_BY_CUSTOMS' },
      { clientId: 'v3', helpful: true, trackingStatus: 'HELD_BY_CUSTOMS' },
      { clientId: 'v4', helpful: true },
    ];
    for (const v of votes) await gql(t.app, VOTE, { input: { questionId: q, ...v } });
    const { data, errors } = await gql(
      t.app,
      `{ feedbackByTrackingStatus { trackingStatus helpful notHelpful total wilsonLowerBound wilsonUpperBound }
         feedbackSummary { wilsonLowerBound wilsonUpperBound total } }`,
      {},
      analytics,
    );
    expect(errors).toBeUndefined();
    expect(data.feedbackByTrackingStatus).toEqual([
      {
        trackingStatus: 'HELD_BY_CUSTOMS',
        helpful: 2,
        notHelpful: 1,
        total: 3,
        wilsonLowerBound: wilsonLowerBound(2, 3),
        wilsonUpperBound: wilsonUpperBound(2, 3),
      },
      {
        trackingStatus: null,
        helpful: 1,
        notHelpful: 0,
        total: 1,
        wilsonLowerBound: wilsonLowerBound(1, 1),
        wilsonUpperBound: wilsonUpperBound(1, 1),
      },
    ]);
    const [summary] = data.feedbackSummary;
    expect(summary.wilsonLowerBound).toBeLessThan(summary.wilsonUpperBound);
  });

  it('computes the upper bound of the 95% Wilson interval', () => {
    // 8 of 10: the interval is [0.490, 0.943].
    expect(wilsonUpperBound(8, 10)).toBeCloseTo(0.9433, 4);
    expect(wilsonUpperBound(0, 0)).toBeNull();
  });
});

describe('carrierMessageMix', () => {
  const MIX = /* GraphQL */ `{
    carrierMessageMix(interval: DAY) { total byMethod { method count } unmatchedOverTime { start total unmatched } }
  }`;
  const RECORD = /* GraphQL */ `
    mutation Record($input: RecordTrackingEventsInput!) {
      recordTrackingEvents(input: $input) { __typename ... on RecordTrackingEventsSuccess { accepted unmatched } }
    }
  `;

  it('counts how the carrier messages received were read, and the unreadable ones per day', async () => {
    const before = (await gql(t.app, MIX, {}, analytics)).data.carrierMessageMix;
    const occurredAt = new Date(Date.now() - 3_600_000).toISOString();
    const res = await gql(
      t.app,
      RECORD,
      {
        input: {
          trackingNumber: 'RB123456785GB',
          events: [
            { eventId: 'm1', occurredAt, message: 'A reminder has been sent to the recipient' },
            { eventId: 'm2', occurredAt, message: 'zzq blorp wibble' },
          ],
        },
      },
      carrier,
    );
    expect(res.data.recordTrackingEvents).toMatchObject({ accepted: 2, unmatched: 1 });
    const after = (await gql(t.app, MIX, {}, analytics)).data.carrierMessageMix;
    const count = (mix: any, method: string) =>
      mix.byMethod.find((m: any) => m.method === method).count;
    expect(after.total - before.total).toBe(2);
    expect(count(after, 'NONE') - count(before, 'NONE')).toBe(1);
    expect(count(after, 'EXACT') - count(before, 'EXACT')).toBe(1);
    expect(after.byMethod.reduce((n: number, m: any) => n + m.count, 0)).toBe(after.total);
    t.sql.reset();
    await gql(t.app, MIX, {}, analytics);
    expect(t.sql.count).toBe(1);
    expect(
      after.unmatchedOverTime.at(-1).unmatched - before.unmatchedOverTime.at(-1).unmatched,
    ).toBe(1);
  });
});

describe('the /analytics dashboard operation', () => {
  it('reads every figure with one statement each, whatever the data', async () => {
    const dashboard = pageOperations().analytics.find((op) => op.name === 'AnalyticsDashboard')!;
    t.sql.reset();
    const { data, errors } = await gql(
      t.app,
      dashboard.query,
      { interval: 'WEEK', timeZone: 'Europe/Berlin' },
      analytics,
    );
    expect(errors).toBeUndefined();
    expect(data.handoffSummary.total).toBe(3);
    // feedbackSummary, feedbackTimeSeries, feedbackByTrackingStatus, handoffSummary and
    // carrierMessageMix; questions come from the in-memory knowledge store.
    expect(t.sql.statements.length, t.sql.statements.join('\n')).toBe(5);
  });
});
