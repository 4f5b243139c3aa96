import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './support/gql.js';
import { startServerProcess } from './support/server-process.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('introspection switch', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ WISMO_DEMO_DATA: 'false', WISMO_INTROSPECTION: 'false' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses introspection when turned off and still answers queries', async () => {
    const introspection = await gql(t.app, '{ __schema { queryType { name } } }');
    expect(introspection.data?.__schema ?? null).toBeNull();
    expect(introspection.errors?.length).toBeGreaterThan(0);
    const { data } = await gql(t.app, '{ trackingStatus(code: DELIVERED) { title } }');
    expect(data.trackingStatus.title).toBe('Delivered');
  });
});

describe.skipIf(!process.env.DATABASE_URL)('WEB_CONCURRENCY (PostgreSQL only)', () => {
  it('serves one port from two worker processes and stops them all on SIGTERM', async () => {
    const server = await startServerProcess({ WEB_CONCURRENCY: '2' });
    try {
      const answers = await Promise.all(
        Array.from({ length: 6 }, () =>
          fetch(server.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ trackingStatus(code: DELIVERED) { code } }' }),
          }).then((r) => r.json() as Promise<any>),
        ),
      );
      expect(answers.every((a) => a.data.trackingStatus.code === 'DELIVERED')).toBe(true);
      expect(server.logs()).toContain('started worker processes');
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
