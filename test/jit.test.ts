import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { publicQueryCheck } from '../src/plugins/jit.js';
import { schema } from '../src/schema/index.js';

const isPublic = publicQueryCheck(schema);
const check = (query: string) => isPublic(parse(query));

describe('which operations graphql-jit runs', () => {
  it('compiles public queries: the shipment lookup and knowledge reads', () => {
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
    // Mutations and subscriptions are never compiled.
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
