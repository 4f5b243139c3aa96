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

const b64 = (s: string) => Buffer.from(s).toString('base64');
const NODE = 'query($id: ID!) { node(id: $id) { id } }';

describe('global ids and cursors are parsed strictly (issue 16, item 8)', () => {
  it('refuses malformed ids with BAD_USER_INPUT instead of reading another row', async () => {
    for (const raw of [
      'FaqQuestion:1.5',
      'FeedbackEntry:99999999999',
      'ApiKey:1e0',
      'ApiKey: 1',
      'ApiKey:01',
      'ApiKey:-1',
    ]) {
      const result = await gql(t.app, NODE, { id: b64(raw) });
      expect(result.data?.node ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/^id: .*not an ID this API returned/);
      expect(result.errors?.[0]?.extensions?.argument).toBe('id');
    }
  });

  it('refuses an id of another type with BAD_USER_INPUT naming the argument and the type', async () => {
    const vote = await gql(
      t.app,
      'mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { __typename } }',
      { i: { questionId: b64('StatusAlias:1'), helpful: true, clientId: 'ids-test' } },
    );
    expect(vote.data?.submitFeedback ?? null).toBeNull();
    expect(vote.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.questionId',
    });
    expect(vote.errors?.[0]?.message).toMatch(/^input\.questionId: .*StatusAlias.*FaqQuestion/);
  });

  it('does not revoke key 1 for "ApiKey:1e0"', async () => {
    const admin = await authHeader(t, 'admin');
    const keeper = await authHeader(t, 'analytics');
    const revoke = await gql(
      t.app,
      'mutation($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }',
      { id: b64('ApiKey:1e0') },
      admin,
    );
    expect(revoke.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(revoke.errors?.[0]?.extensions?.argument).toBe('input.id');
    // Key 1 (the first minted above) still works.
    const still = await gql(t.app, '{ feedbackSummary { total } }', {}, keeper);
    expect(still.errors).toBeUndefined();
  });

  it('refuses forged cursors (year 0000, id over 2^31) with BAD_USER_INPUT', async () => {
    for (const cursor of [
      b64(JSON.stringify(['0000-01-01T00:00:00Z', 1])),
      b64(JSON.stringify([1, 2 ** 31])),
      'not-a-cursor',
    ]) {
      const result = await gql(
        t.app,
        `{ faqQuestions(first: 1, after: "${cursor}") { edges { cursor } } }`,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('gives anonymous node() the same answer for a protected record and a missing one', async () => {
    const editor = await authHeader(t, 'editor');
    const alias = await gql(t.app, '{ trackingStatus(code: DELIVERED) { aliases { id } } }');
    expect(alias.data.trackingStatus.aliases.length).toBeGreaterThan(0);
    const keys = await gql(t.app, '{ apiKeys { id } }', {}, await authHeader(t, 'admin'));
    const existing = keys.data.apiKeys[0].id;
    const missing = b64('ApiKey:424242');
    const a = await gql(t.app, NODE, { id: existing });
    const m = await gql(t.app, NODE, { id: missing });
    expect({ data: a.data, codes: a.errors?.map((e) => e.extensions?.code) }).toEqual({
      data: m.data,
      codes: m.errors?.map((e) => e.extensions?.code),
    });
    expect(editor).toBeDefined();
  });
});
