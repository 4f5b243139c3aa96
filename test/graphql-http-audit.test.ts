import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from './support/server-process.js';

/**
 * The GraphQL-over-HTTP conformance audits of graphql-http, against the real server process.
 * MUST and SHOULD audits are requirements here; MAY audits are optional: a failing one is
 * printed (one line each, for the README) and does not fail the run.
 */
let server: ServerProcess | undefined;
let serverUrl: Promise<string>;
let resolveUrl: (url: string) => void;
serverUrl = new Promise((resolve) => {
  resolveUrl = resolve;
});

const audits = serverAudits({ url: () => serverUrl });
const optionalFailures: string[] = [];
const tally = { MUST: [0, 0], SHOULD: [0, 0], MAY: [0, 0] } as Record<string, [number, number]>;

beforeAll(async () => {
  server = await startServerProcess();
  resolveUrl(server.url);
}, 90_000);

afterAll(async () => {
  await server?.stop();
  const summary = Object.entries(tally)
    .map(([level, [passed, total]]) => `${level} ${passed}/${total}`)
    .join(', ');
  console.log(`graphql-http audit: ${summary}`);
  for (const line of optionalFailures) console.log(line);
}, 30_000);

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  for (const audit of audits) {
    const level = audit.name.split(' ')[0] as 'MUST' | 'SHOULD' | 'MAY';
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      const counts = tally[level]!;
      counts[1] += 1;
      if (result.status === 'ok') {
        counts[0] += 1;
        return;
      }
      const body = await result.response
        .clone()
        .text()
        .catch(() => '<unreadable body>');
      const detail = `${result.reason} (HTTP ${result.response.status}: ${body.slice(0, 300)})`;
      // An optional audit may be answered differently, never with a crash.
      expect(result.response.status, detail).toBeLessThan(500);
      if (level === 'MAY') {
        optionalFailures.push(`MAY audit failed: ${audit.id} ${audit.name}: ${detail}`);
        return;
      }
      expect.fail(`${audit.id} ${audit.name}: ${detail}`);
    });
  }
});
