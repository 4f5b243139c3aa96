import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ServerProcess,
  ServerProcessError,
  startServerProcess,
} from './support/server-process.js';

/** Starting the real process (tsx, migrations, seed) takes seconds, PGlite cold starts longer. */
const PROCESS_TIMEOUT_MS = 120_000;

async function post(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
  return { ...body, status: response.status, headers: response.headers };
}

const NORMALIZE = /* GraphQL */ `
  query Normalize($message: String!) {
    normalizeStatus(message: $message) { status method confidence }
  }
`;
const FAQ = /* GraphQL */ `
  query Faq { faqQuestions(locale: "en", first: 10) { edges { node { slug title } } } }
`;

describe('wismo as a process, over HTTP', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({});
  }, PROCESS_TIMEOUT_MS);
  afterAll(async () => {
    await server?.stop();
  });

  it('logs the real url it listens on', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(server.url).not.toMatch(/:0\/graphql$/);
  });

  it('normalizes a carrier message', async () => {
    const { data, errors, status } = await post(server.url, NORMALIZE, {
      message: 'A reminder has been sent to the recipient',
    });
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data.normalizeStatus.status).toBe('WAITING_FOR_PICKUP');
  });

  it('lists the five FAQ questions', async () => {
    const { data, errors } = await post(server.url, FAQ);
    expect(errors).toBeUndefined();
    const titles = data.faqQuestions.edges.map((e: any) => e.node.title);
    expect(titles).toHaveLength(5);
    expect(titles[0]).toBe('How to track order?');
  });

  it('answers /readyz over HTTP', async () => {
    // What it answers is knowledge-api.test.ts's; here, that the listening process serves it.
    const ready = await fetch(`${server.origin}/readyz`);
    expect(ready.status).toBe(200);
    await ready.body?.cancel();
  });

  it("echoes the caller's x-request-id and makes one up otherwise", async () => {
    const given = await post(server.url, FAQ, undefined, { 'x-request-id': 'e2e-test-42' });
    expect(given.headers.get('x-request-id')).toBe('e2e-test-42');
    const made = await post(server.url, FAQ);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a GraphQL syntax error with 400 and says where it is', async () => {
    const broken = '{ faqQuestions(first: 5) { edges ';
    // GraphQL over HTTP: a client that accepts application/graphql-response+json (GraphiQL,
    // graphql-request, Apollo Client 4) gets the 4xx status of a request error.
    const { status, errors, data, headers } = await post(server.url, broken, undefined, {
      accept: 'application/graphql-response+json, application/json',
    });
    expect(status).toBe(400);
    expect(headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.message).toBe('Syntax Error: Expected Name, found <EOF>.');
    expect(errors?.[0]).toMatchObject({
      locations: [{ line: 1, column: 34 }],
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    // A legacy application/json-only client gets the same error with 200, as the spec allows.
    const legacy = await post(server.url, broken);
    expect(legacy.status).toBe(200);
    expect(legacy.errors?.[0]?.message).toBe('Syntax Error: Expected Name, found <EOF>.');
  });

  it(
    'stops on SIGTERM with exit code 0',
    async () => {
      expect(await server.stop()).toBe(0);
      expect(server.logs()).toContain('"msg":"stopped"');
    },
    PROCESS_TIMEOUT_MS,
  );
});

describe.skipIf(Boolean(process.env.DATABASE_URL))('the embedded data directory', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'wismo-e2e-restart-'));
  });
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it(
    'refuses a second process while the first runs, and keeps its data across a restart',
    async () => {
      const first = await startServerProcess({ WISMO_DATA_DIR: dataDir });
      try {
        // A fresh data directory starts as a copy of the template, which already holds the
        // seeded content: the first start seeds nothing.
        expect(first.logs()).toMatch(/"content":"unchanged, not seeded"/);
        const { data } = await post(first.url, FAQ);
        expect(data.faqQuestions.edges).toHaveLength(5);

        const second = await startServerProcess({ WISMO_DATA_DIR: dataDir }).then(
          (unexpected) => unexpected.stop().then(() => null),
          (error: unknown) => error,
        );
        expect(second).toBeInstanceOf(ServerProcessError);
        expect((second as ServerProcessError).exitCode).toBe(1);
        expect((second as ServerProcessError).output).toContain('in use by another wismo process');

        // The refused process must not have disturbed the running one.
        const again = await post(first.url, FAQ);
        expect(again.data.faqQuestions.edges).toHaveLength(5);
      } finally {
        expect(await first.stop()).toBe(0);
      }

      const restarted = await startServerProcess({ WISMO_DATA_DIR: dataDir });
      try {
        // The stored content fingerprint matched: the data survived the restart, and the seed
        // was skipped.
        expect(restarted.logs()).toMatch(/"content":"unchanged, not seeded"/);
        const { data, errors } = await post(restarted.url, NORMALIZE, {
          message: 'A reminder has been sent to the recipient',
        });
        expect(errors).toBeUndefined();
        expect(data.normalizeStatus.status).toBe('WAITING_FOR_PICKUP');
        const faq = await post(restarted.url, FAQ);
        expect(faq.data.faqQuestions.edges).toHaveLength(5);
      } finally {
        expect(await restarted.stop()).toBe(0);
      }
    },
    3 * PROCESS_TIMEOUT_MS,
  );
});
