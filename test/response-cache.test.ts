import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ WISMO_DEMO_DATA: 'false' });
});
afterAll(async () => {
  await t?.close();
});

const KNOWLEDGE = /* GraphQL */ `
  query Knowledge { trackingStatus(code: HELD_BY_CUSTOMS) { aliases(locale: "en") { phrase } }
    normalizeStatus(message: "Parcel detained by the border agency") { status method } }
`;
const ADD = /* GraphQL */ `
  mutation Add($input: AddStatusAliasInput!) { addStatusAlias(input: $input) { __typename } }
`;

describe('knowledge response cache', () => {
  it('answers a repeated knowledge query without SQL', async () => {
    await gql(t.app, '{ faqQuestions(first: 3) { edges { node { title } } } }');
    t.sql.reset();
    const { data } = await gql(t.app, '{ faqQuestions(first: 3) { edges { node { title } } } }');
    expect(data.faqQuestions.edges).toHaveLength(3);
    expect(t.sql.count).toBe(0);
  });

  it('shows a changed alias to the very next request', async () => {
    const before = await gql(t.app, KNOWLEDGE);
    expect(before.data.normalizeStatus.method).not.toBe('EXACT');
    const phrases = (r: any) => r.data.trackingStatus.aliases.map((a: any) => a.phrase);
    expect(phrases(await gql(t.app, KNOWLEDGE))).toEqual(phrases(before));

    const added = await gql(
      t.app,
      ADD,
      {
        input: {
          status: 'HELD_BY_CUSTOMS',
          locale: 'en',
          phrase: 'Parcel detained by the border agency',
        },
      },
      await authHeader(t, 'editor'),
    );
    expect(added.data.addStatusAlias.__typename).toBe('StatusAlias');

    const after = await gql(t.app, KNOWLEDGE);
    expect(phrases(after)).toContain('Parcel detained by the border agency');
    expect(after.data.normalizeStatus).toEqual({ status: 'HELD_BY_CUSTOMS', method: 'EXACT' });
  });

  it('never shares an entry between a keyed caller and anonymous ones', async () => {
    const mixed = '{ trackingStatuses { code } unmatchedMessages(first: 1) { edges { cursor } } }';
    const editor = await gql(t.app, mixed, {}, await authHeader(t, 'editor'));
    expect(editor.errors).toBeUndefined();
    const anonymous = await gql(t.app, mixed);
    expect(anonymous.data?.unmatchedMessages ?? null).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never caches lookups, whose answers change with every scan', async () => {
    const lookup = '{ shipment(trackingNumber: "RB123456785GB") { __typename } }';
    await gql(t.app, lookup);
    t.sql.reset();
    await gql(t.app, lookup);
    expect(t.sql.count).toBeGreaterThan(0);
  });
});
