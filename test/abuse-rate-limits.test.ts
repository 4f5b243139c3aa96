import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authScopesOf, rateLimitOf } from '../src/plugins/rate-limits.js';
import { schema } from '../src/schema/index.js';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    WISMO_DEMO_DATA: 'true',
    WISMO_RATE_LOOKUPS_PER_MIN: '3',
    WISMO_RATE_FEEDBACK_PER_MIN: '2',
    WISMO_RATE_INGESTION_PER_MIN: '2',
    WISMO_RATE_READS_PER_MIN: '100000',
    WISMO_RESPONSE_CACHE: 'false',
    WISMO_TRUST_PROXY: '1',
  });
});
afterAll(async () => {
  await t?.close();
});

/** Requests from one "address": the limiter sees the forwarded client when the proxy is trusted. */
const from = (ip: string) => ({ 'x-forwarded-for': ip });

describe('rate limits count the executed selection (issue 16, item 1)', () => {
  it('counts a lookup hidden in an inline `... on Query` fragment (the reproduction)', async () => {
    const guess = (code: string) =>
      `{ ... on Query { a: shipment(trackingNumber: "LX204812345CN", postalCode: "${code}") { ... on Shipment { detailsVisible } } } }`;
    const answers = [];
    for (const code of ['00001', '00002', '00003', '28001'])
      answers.push(await gql(t.app, guess(code)));
    expect(answers.slice(0, 3).every((a) => a.errors === undefined)).toBe(true);
    // The fourth guess, the right one, is refused: the fragment did not skip the budget.
    expect(answers[3]?.status).toBe(429);
    expect(answers[3]?.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(answers[3]?.data ?? null).toBeNull();
  });

  it('counts named fragments and aliases inside them, refusing the whole operation', async () => {
    const query = `
      query Guess { ...Guesses }
      fragment Guesses on Query {
        a: shipment(trackingNumber: "LX204812345CN", postalCode: "1") { __typename }
        b: shipment(trackingNumber: "LX204812345CN", postalCode: "2") { __typename }
        ...More
      }
      fragment More on Query {
        c: detectCarrier(trackingNumber: "LX204812345CN") { carrier }
        d: shipment(trackingNumber: "LX204812345CN", postalCode: "3") { __typename }
      }`;
    const refused = await gql(t.app, query, {}, from('203.0.113.7'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused.data ?? null).toBeNull();
    // Three of them fit the budget of a fresh address.
    const fits = `{
      a: shipment(trackingNumber: "LX204812345CN", postalCode: "1") { __typename }
      ... on Query { c: detectCarrier(trackingNumber: "LX204812345CN") { carrier } }
      ...More
    }
    fragment More on Query { d: shipment(trackingNumber: "LX204812345CN", postalCode: "3") { __typename } }`;
    expect((await gql(t.app, fits, {}, from('203.0.113.8'))).errors).toBeUndefined();
  });

  it('counts `... on Mutation` feedback per client id and skipped fields not at all', async () => {
    const ids = await gql(t.app, '{ faqQuestions(first: 1) { edges { node { id } } } }');
    const questionId = ids.data.faqQuestions.edges[0].node.id;
    const mutation = `mutation($q: ID!, $c: String!, $skip: Boolean!) {
      ... on Mutation { submitFeedback(input: { questionId: $q, clientId: $c, helpful: true }) { __typename } }
      ... on Mutation @skip(if: $skip) { other: requestAgent(input: { clientId: $c }) { __typename } }
    }`;
    const send = (c: string, skip: boolean, ip: string) =>
      gql(t.app, mutation, { q: questionId, c, skip }, from(ip));
    // Different addresses, one shopper: the per-client budget is spent through the fragment.
    expect((await send('shopper-1', true, '198.51.100.1')).errors).toBeUndefined();
    expect((await send('shopper-1', true, '198.51.100.2')).errors).toBeUndefined();
    const third = await send('shopper-1', true, '198.51.100.3');
    expect(third.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('counts carrier ingestion inside a named fragment per API key', async () => {
    const carrier = await authHeader(t, 'carrier');
    const mutation = `mutation($input: RecordTrackingEventsInput!) { ...Push }
      fragment Push on Mutation { recordTrackingEvents(input: $input) { __typename } }`;
    const input = {
      trackingNumber: 'RB123456785GB',
      events: [{ occurredAt: new Date().toISOString(), message: 'Accepted' }],
    };
    for (let i = 0; i < 2; i++)
      expect((await gql(t.app, mutation, { input }, carrier)).errors).toBeUndefined();
    const refused = await gql(t.app, mutation, { input }, { ...carrier, ...from('10.0.0.9') });
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('every public root field declares its limit', () => {
  it('has a rate limit or an auth scope on each Query, Mutation and Subscription field', () => {
    const undeclared: string[] = [];
    for (const root of [
      schema.getQueryType(),
      schema.getMutationType(),
      schema.getSubscriptionType(),
    ]) {
      if (!isObjectType(root)) continue;
      for (const field of Object.values(root.getFields())) {
        // rateLimitOf throws on a malformed declaration (unknown bucket, misspelt alsoPer).
        if (!rateLimitOf(field) && !authScopesOf(field))
          undeclared.push(`${root.name}.${field.name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('sees the declarations it checks (the check itself can fail)', () => {
    const query = schema.getQueryType()!.getFields();
    expect(rateLimitOf(query.shipment!)).toEqual({ bucket: 'lookups' });
    expect(authScopesOf(query.feedbackSummary!)).toBeTruthy();
    expect(rateLimitOf(query.feedbackSummary!)).toBeNull();
    expect(authScopesOf(query.faqQuestions!)).toBeNull();
  });
});
