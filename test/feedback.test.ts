import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wilsonLowerBound } from '../src/domain/feedback-stats.js';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let analytics: Record<string, string>;
let questionIds: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ WISMO_DEMO_DATA: 'true' });
  analytics = await authHeader(t, 'analytics');
  const { data } = await gql(t.app, '{ faqQuestions(first: 10) { edges { node { id slug } } } }');
  questionIds = Object.fromEntries(
    data.faqQuestions.edges.map((e: any) => [e.node.slug, e.node.id]),
  );
});
afterAll(async () => {
  await t?.close();
});

const SUBMIT = /* GraphQL */ `
  mutation Vote($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      __typename
      ... on Error { message }
      ... on QuestionNotFound { reference }
      ... on SubmitFeedbackSuccess { helpful changed question { slug helpfulCount notHelpfulCount } }
    }
  }
`;

const vote = (
  slug: string,
  clientId: string,
  helpful: boolean,
  extra: Record<string, unknown> = {},
) => gql(t.app, SUBMIT, { input: { questionId: questionIds[slug], clientId, helpful, ...extra } });

const SUMMARY = /* GraphQL */ `
  query Summary($questionId: ID) {
    feedbackSummary(questionId: $questionId) {
      question { slug } helpful notHelpful total helpfulRate wilsonLowerBound
      byRevision { revision total }
    }
  }
`;

async function countRows(table: string): Promise<number> {
  const result: any = await t.database.db.execute(
    `select count(*)::int as n from ${table}` as never,
  );
  return Number(result.rows[0].n);
}

describe('submitFeedback', () => {
  it('counts one vote per client, and a later vote changes it instead of adding one', async () => {
    const first = await vote('held-by-customs', 'client-a', true);
    expect(first.data.submitFeedback).toMatchObject({
      __typename: 'SubmitFeedbackSuccess',
      changed: false,
    });
    expect(first.data.submitFeedback.question).toMatchObject({
      helpfulCount: 1,
      notHelpfulCount: 0,
    });

    const changed = await vote('held-by-customs', 'client-a', false, {
      comment: '  Customs never answered.  ',
    });
    expect(changed.data.submitFeedback).toMatchObject({
      changed: true,
      question: { helpfulCount: 0, notHelpfulCount: 1 },
    });

    const again = await vote('held-by-customs', 'client-a', false);
    expect(again.data.submitFeedback.question.notHelpfulCount).toBe(1);
    // The same answer again changes nothing: `changed` says so.
    expect(again.data.submitFeedback.changed).toBe(false);

    const { data } = await gql(
      t.app,
      SUMMARY,
      { questionId: questionIds['held-by-customs'] },
      analytics,
    );
    expect(data.feedbackSummary).toEqual([
      expect.objectContaining({
        helpful: 0,
        notHelpful: 1,
        total: 1,
        byRevision: [{ revision: 1, total: 1 }],
      }),
    ]);
  });

  it('refuses a comment over 1,000 characters and stores nothing', async () => {
    const before = await countRows('feedback_submissions');
    const { data } = await vote('how-to-track-order', 'client-long', true, {
      comment: 'x'.repeat(1001),
    });
    expect(data.submitFeedback).toEqual({
      __typename: 'CommentTooLong',
      message: 'The comment is too long: please keep it to 1000 characters or fewer.',
    });
    expect(await countRows('feedback_submissions')).toBe(before);
  });

  it('answers a typed error for an unknown question, and a clear one for a malformed id', async () => {
    const unknown = await gql(t.app, SUBMIT, {
      input: {
        questionId: Buffer.from('FaqQuestion:999999').toString('base64'),
        clientId: 'c',
        helpful: true,
      },
    });
    expect(unknown.data.submitFeedback.__typename).toBe('QuestionNotFound');
    // The id the client sent (a global id), not the row number behind it.
    expect(unknown.data.submitFeedback.reference).toBe(
      Buffer.from('FaqQuestion:999999').toString('base64'),
    );
    expect(unknown.data.submitFeedback.message).toBe(
      `There is no FAQ question with id ${Buffer.from('FaqQuestion:999999').toString('base64')}.`,
    );
    const malformed = await gql(t.app, SUBMIT, {
      input: { questionId: 'nope', clientId: 'c', helpful: true },
    });
    expect(malformed.errors?.[0]?.message).not.toBe('Unexpected error.');
  });
});

describe('requestAgent', () => {
  const REQUEST = /* GraphQL */ `
    mutation Agent($input: RequestAgentInput!) {
      requestAgent(input: $input) {
        __typename
        ... on Error { message }
        ... on AgentHandoff { queue trackingNumber shipmentStatus question { slug } }
      }
    }
  `;

  it('calls an over-long message a message, not a comment', async () => {
    const { data } = await gql(t.app, REQUEST, {
      input: {
        clientId: 'shopper-long',
        questionId: questionIds['held-by-customs'],
        message: 'x'.repeat(1001),
      },
    });
    expect(data.requestAgent).toEqual({
      __typename: 'CommentTooLong',
      message: 'The message is too long: please keep it to 1000 characters or fewer.',
    });
  });

  it('asks the shopper to select a question first', async () => {
    const before = await countRows('agent_handoffs');
    const { data } = await gql(t.app, REQUEST, {
      input: { clientId: 'shopper-1', message: 'Where is it?' },
    });
    expect(data.requestAgent).toEqual({
      __typename: 'QuestionRequired',
      message: 'Please select a question first so we can connect you to the right agent.',
    });
    expect(await countRows('agent_handoffs')).toBe(before);
  });

  it('hands off with the question, the shipment status and the queue for that situation', async () => {
    const { data } = await gql(t.app, REQUEST, {
      input: {
        clientId: 'shopper-1',
        questionId: questionIds['how-to-track-order'],
        trackingNumber: 'ua314159268cn',
      },
    });
    expect(data.requestAgent).toEqual({
      __typename: 'AgentHandoff',
      queue: 'customs',
      trackingNumber: 'UA314159268CN',
      shipmentStatus: 'HELD_BY_CUSTOMS',
      question: { slug: 'how-to-track-order' },
    });
    const rows: any = await t.database.db.execute(
      "select explanation from agent_handoffs where tracking_number = 'UA314159268CN'" as never,
    );
    expect(rows.rows[0].explanation.nextSteps.length).toBeGreaterThan(0);
  });

  it('hands off with the question alone when no parcel is given', async () => {
    const { data } = await gql(t.app, REQUEST, {
      input: { clientId: 'shopper-2', questionId: questionIds['delivered-but-not-received'] },
    });
    expect(data.requestAgent).toMatchObject({ queue: 'lost-parcels', shipmentStatus: null });
  });
});

describe('analytics', () => {
  it('matches the Wilson lower bound for 8 of 10 helpful votes', () => {
    expect(wilsonLowerBound(8, 10)).toBeCloseTo(0.4902, 4);
    expect(wilsonLowerBound(0, 0)).toBeNull();
  });

  it('summarises votes per question with rate and bound computed from SQL counts', async () => {
    for (let i = 0; i < 10; i++) await vote('delivered-but-not-received', `wilson-${i}`, i < 8);
    const { data } = await gql(
      t.app,
      SUMMARY,
      { questionId: questionIds['delivered-but-not-received'] },
      analytics,
    );
    expect(data.feedbackSummary[0]).toMatchObject({
      helpful: 8,
      notHelpful: 2,
      total: 10,
      helpfulRate: 0.8,
    });
    expect(data.feedbackSummary[0].wilsonLowerBound).toBeCloseTo(0.4902, 4);
  });

  it('fills empty days in the time series', async () => {
    await vote('how-to-track-order', 'series-client', true);
    const to = new Date();
    const from = new Date(to.getTime() - 6 * 86_400_000);
    const { data } = await gql(
      t.app,
      'query($from: DateTime, $to: DateTime) { feedbackTimeSeries(interval: DAY, from: $from, to: $to) { start total } }',
      { from: from.toISOString(), to: to.toISOString() },
      analytics,
    );
    expect(data.feedbackTimeSeries).toHaveLength(7);
    expect(data.feedbackTimeSeries.slice(0, 6).every((b: any) => b.total === 0)).toBe(true);
    expect(data.feedbackTimeSeries[6].total).toBeGreaterThan(0);
  });

  it('exports the same entries as the feedbackEntries query, as parseable CSV', async () => {
    await vote('how-to-track-order', 'csv-client', false, {
      comment: 'Says "delivered", but, no parcel\nat all',
    });
    await vote('how-to-track-order', 'csv-formula', true, { comment: '=HYPERLINK("x")' });
    const entries = await gql(
      t.app,
      '{ feedbackEntries(first: 100) { edges { node { id helpful comment clientId } } } }',
      {},
      analytics,
    );
    const response = await t.app.fetch('http://wismo.test/exports/feedback.csv', {
      headers: analytics,
    });
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    const nodes = entries.data.feedbackEntries.edges.map((e: any) => e.node);
    expect(rows.map((r) => r.clientId)).toEqual(nodes.map((n: any) => n.clientId));
    const quoted = rows.find((r) => r.clientId === 'csv-client')!;
    expect(quoted.comment).toBe('Says "delivered", but, no parcel\nat all');
    expect(rows.find((r) => r.clientId === 'csv-formula')!.comment).toBe(`'=HYPERLINK("x")`);
  });

  it('requires an analytics key for the export and the queries', async () => {
    expect((await t.app.fetch('http://wismo.test/exports/feedback.csv')).status).toBe(401);
    const editor = await authHeader(t, 'editor');
    expect(
      (await t.app.fetch('http://wismo.test/exports/feedback.csv', { headers: editor })).status,
    ).toBe(403);
    const anonymous = await gql(t.app, SUMMARY, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data?.feedbackSummary ?? null).toBeNull();
  });

  it('rejects a wrong or malformed key with 401 and no data', async () => {
    const wrong = await gql(
      t.app,
      '{ faqQuestions(first: 1) { edges { cursor } } }',
      {},
      { authorization: `Bearer wismo_${'A'.repeat(43)}` },
    );
    expect(wrong.status).toBe(401);
    expect(wrong.data ?? null).toBeNull();
    const malformed = await gql(
      t.app,
      '{ faqQuestions(first: 1) { edges { cursor } } }',
      {},
      { authorization: 'Basic abc' },
    );
    expect(malformed.status).toBe(401);
  });
});
