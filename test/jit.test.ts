import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { jitCompatibleCheck, publicQueryCheck } from '../src/plugins/jit.js';
import { schema } from '../src/schema/index.js';

const isPublic = publicQueryCheck(schema);
const check = (query: string) => isPublic(parse(query));
const compilable = jitCompatibleCheck(schema);
const jit = (query: string) => compilable(parse(query));

describe('which queries the fast lane may answer', () => {
  it('takes public queries: the shipment lookup and knowledge reads', () => {
    expect(
      check(`query Lookup($n: String!) { shipment(trackingNumber: $n) { ... on Shipment {
        trackingNumber status statusDefinition { title } explanation { nextSteps }
        events(first: 10) { edges { node { occurredAt status } } } } } }`),
    ).toBe(true);
    expect(
      check(
        '{ trackingStatuses { code aliases { phrase } } faqQuestions(first: 5) { edges { node { title } } } }',
      ),
    ).toBe(true);
  });

  it('leaves every operation that touches a protected field or type to graphql-js', () => {
    // A protected root field.
    expect(check('{ feedbackSummary { total } }')).toBe(false);
    // node(id:) can resolve to protected types (FeedbackEntry, ApiKey, ...).
    expect(check('query($id: ID!) { node(id: $id) { id } }')).toBe(false);
    // A fragment on a protected type, even inside an otherwise public selection.
    expect(check('query($id: ID!) { node(id: $id) { ...F } } fragment F on ApiKey { name }')).toBe(
      false,
    );
    // Mutations and subscriptions never take the lane.
    expect(
      check(
        'mutation { submitFeedback(input: { questionId: "x", helpful: true, clientId: "c" }) { __typename } }',
      ),
    ).toBe(false);
    expect(
      check(
        'subscription { shipmentUpdated(trackingNumber: "LX204812345CN") { ... on Shipment { status } } }',
      ),
    ).toBe(false);
  });
});

describe('which operations graphql-jit runs', () => {
  it('compiles queries and mutations whose scopes are resolver wrappers', () => {
    expect(jit('{ trackingStatuses { code } }')).toBe(true);
    // Field scopes wrap the resolver, which graphql-jit calls with the request's context.
    expect(jit('{ feedbackSummary { total } }')).toBe(true);
    expect(
      jit(`mutation($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) {
        __typename ... on RecordTrackingEventsSuccess { accepted } } }`),
    ).toBe(true);
  });

  it('leaves types with their own scope (checked in isTypeOf) and subscriptions to graphql-js', () => {
    expect(jit('{ apiKeys { name } }')).toBe(false);
    expect(jit('query($id: ID!) { node(id: $id) { id } }')).toBe(false);
    expect(
      jit(
        'subscription { shipmentUpdated(trackingNumber: "LX204812345CN") { ... on Shipment { status } } }',
      ),
    ).toBe(false);
  });
});
