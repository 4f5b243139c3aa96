import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s10CheckDigit } from '../src/domain/check-digits.js';
import { SERVICE_UNAVAILABLE_MESSAGE } from '../src/plugins/database-errors.js';
import { type GqlResult, gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.js';
import { createScratchDatabase, createTestApp, type TestApp } from './support/test-app.js';

/**
 * PostgreSQL going away under a running app, simulated by a TCP proxy between the app and its
 * scratch database (the machine's cluster keeps running for everyone else): readiness flips,
 * database-bound operations fail fast with a clear, retryable error, in-memory ones keep
 * answering, and after the database returns the app recovers without a restart and has lost
 * nothing it acknowledged.
 */
const BASE_URL = process.env.DATABASE_URL;

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordTrackingEventsInput!) {
    recordTrackingEvents(input: $input) {
      __typename
      ... on RecordTrackingEventsSuccess { accepted duplicates }
      ... on Error { message }
    }
  }
`;
const LOOKUP = /* GraphQL */ `
  query Lookup($n: String!) {
    shipment(trackingNumber: $n) { __typename ... on Shipment { trackingNumber status } }
  }
`;
const NORMALIZE = /* GraphQL */ `
  query N($m: String!) { normalizeStatus(message: $m) { status method } }
`;
const SUBMIT = /* GraphQL */ `
  mutation Vote($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) { __typename ... on Error { message } }
  }
`;

function s10(serial: number, country = 'GB'): string {
  const digits = String(serial).padStart(8, '0');
  return `RR${digits}${s10CheckDigit(digits)}${country}`;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: Math.round(performance.now() - started) };
}

describe.skipIf(!BASE_URL)(
  'database outage (PostgreSQL only; skipped on PGlite: set DATABASE_URL to run it)',
  () => {
    let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
    let proxy: TcpProxy;
    let t: TestApp;
    let direct: pg.Client;
    let carrier: Record<string, string>;
    let questionId: string;
    /** Every batch the server acknowledged with accepted > 0: all of it must be stored. */
    const acknowledged: { trackingNumber: string; eventIds: string[] }[] = [];
    const timings: Record<string, number> = {};
    let serial = 10_000_000;

    const fetchApp = async (path: string) => t.app.fetch(`http://wismo.test${path}`);

    async function ingest(trackingNumber: string, eventIds: string[]): Promise<GqlResult> {
      const res = await gql(
        t.app,
        RECORD,
        {
          input: {
            trackingNumber,
            events: eventIds.map((eventId, i) => ({
              eventId,
              occurredAt: new Date(Date.UTC(2026, 10, 20, 8, i)).toISOString(),
              message: i === eventIds.length - 1 ? 'Arrived at destination country' : 'In transit',
            })),
          },
        },
        carrier,
      );
      const payload = res.data?.recordTrackingEvents;
      if (payload?.__typename === 'RecordTrackingEventsSuccess' && payload.accepted > 0) {
        acknowledged.push({ trackingNumber, eventIds });
      }
      return res;
    }

    const batch = (n: number) => {
      const trackingNumber = s10(serial++);
      return {
        trackingNumber,
        eventIds: Array.from({ length: n }, (_, i) => `${trackingNumber}-e${i}`),
      };
    };

    function expectServiceUnavailable(res: GqlResult) {
      expect(res.errors?.map((e) => e.message)).not.toContain('Unexpected error.');
      expect(res.errors?.[0]).toMatchObject({
        message: SERVICE_UNAVAILABLE_MESSAGE,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
      expect(res.status).toBe(503);
    }

    async function storedEventIds(): Promise<Set<string>> {
      const { rows } = await direct.query<{ id: string }>(
        'select external_id as id from tracking_events where external_id is not null',
      );
      return new Set(rows.map((r) => r.id));
    }

    beforeAll(async () => {
      scratch = await createScratchDatabase(BASE_URL!);
      proxy = await startTcpProxy(scratch.url);
      t = await createTestApp(
        {
          WISMO_DEMO_DATA: 'false',
          WISMO_RATE_LOOKUPS_PER_MIN: '0',
          WISMO_RATE_FEEDBACK_PER_MIN: '0',
          WISMO_RATE_INGESTION_PER_MIN: '0',
        },
        { databaseUrl: proxy.url },
      );
      carrier = await authHeader(t, 'carrier');
      direct = new pg.Client({ connectionString: scratch.url });
      await direct.connect();
      const { data } = await gql(t.app, '{ faqQuestions(first: 1) { edges { node { id } } } }');
      questionId = data.faqQuestions.edges[0].node.id;
    });

    afterAll(async () => {
      proxy?.restore();
      await t?.close();
      await proxy?.close();
      await direct?.end();
      await scratch?.drop();
      console.log(`[outage] timings (ms): ${JSON.stringify(timings)}`);
    });

    it('ingests batches while the database is up', async () => {
      for (let i = 0; i < 4; i++) {
        const { trackingNumber, eventIds } = batch(3);
        const res = await ingest(trackingNumber, eventIds);
        expect(res.data.recordTrackingEvents).toMatchObject({ accepted: 3, duplicates: 0 });
      }
      expect((await fetchApp('/readyz')).status).toBe(200);
      expect(proxy.connections).toBeGreaterThan(0);
    });

    it('reports not ready within 3 s once the database is gone', async () => {
      proxy.cut();
      const { value: response, ms } = await timed(() => fetchApp('/readyz'));
      timings.readyz503 = ms;
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ database: 'unreachable' });
      expect(ms).toBeLessThan(3_000);
    });

    it('fails database-bound queries fast with a clear, retryable error', async () => {
      const lookup = await timed(() => gql(t.app, LOOKUP, { n: acknowledged[0]!.trackingNumber }));
      timings.lookupError = lookup.ms;
      expectServiceUnavailable(lookup.value);
      expect(lookup.value.data ?? null).toBeNull();
      expect(lookup.ms).toBeLessThan(5_000);

      const vote = await timed(() =>
        gql(t.app, SUBMIT, { input: { questionId, helpful: true, clientId: 'outage' } }),
      );
      timings.submitFeedbackError = vote.ms;
      expectServiceUnavailable(vote.value);
      expect(vote.ms).toBeLessThan(5_000);

      // Carrier-authenticated ingestion: the key lookup itself needs the database (or its cache).
      const { trackingNumber, eventIds } = batch(2);
      const ingestion = await timed(() => ingest(trackingNumber, eventIds));
      timings.ingestionError = ingestion.ms;
      expectServiceUnavailable(ingestion.value);
      expect(ingestion.ms).toBeLessThan(5_000);
    });

    it('keeps answering what needs no database', async () => {
      const { value: res, ms } = await timed(() =>
        gql(t.app, NORMALIZE, { m: 'Delivery attempted, notice card left' }),
      );
      timings.normalizeDuringOutage = ms;
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      expect(res.data.normalizeStatus.status).toBe('WAITING_FOR_PICKUP');
      expect((await fetchApp('/healthz')).status).toBe(200);
    });

    it('recovers without a restart once the database is back, with nothing acknowledged lost', async () => {
      proxy.restore();
      const restoredAt = performance.now();
      // The very next request must work: the pool replaces its dead connections on checkout.
      const lookup = await gql(t.app, LOOKUP, { n: acknowledged[0]!.trackingNumber });
      timings.firstLookupAfterRestore = Math.round(performance.now() - restoredAt);
      expect(lookup.errors).toBeUndefined();
      expect(lookup.data.shipment).toMatchObject({
        __typename: 'Shipment',
        status: 'ARRIVED_AT_DESTINATION',
      });
      expect((await fetchApp('/readyz')).status).toBe(200);

      const { trackingNumber, eventIds } = batch(2);
      const res = await ingest(trackingNumber, eventIds);
      expect(res.data.recordTrackingEvents).toMatchObject({ accepted: 2 });

      const stored = await storedEventIds();
      const missing = acknowledged.flatMap((b) => b.eventIds).filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
    });

    it('loses no acknowledged ingestion when the database drops mid-flight', async () => {
      const before = acknowledged.length;
      const batches = Array.from({ length: 40 }, () => batch(3));
      const outcomes = { ok: 0, unavailable: 0, other: [] as string[] };
      const requests = batches.map(async (b, i) => {
        // Spread the requests so some finish before the cut, some straddle it, some come after.
        await new Promise((resolve) => setTimeout(resolve, i * 25));
        const res = await ingest(b.trackingNumber, b.eventIds);
        const payload = res.data?.recordTrackingEvents;
        if (payload?.__typename === 'RecordTrackingEventsSuccess') outcomes.ok += 1;
        else if (res.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE')
          outcomes.unavailable += 1;
        else
          outcomes.other.push(JSON.stringify({ status: res.status, errors: res.errors, payload }));
      });
      await new Promise((resolve) => setTimeout(resolve, 150));
      proxy.cut();
      await new Promise((resolve) => setTimeout(resolve, 300));
      proxy.restore();
      await Promise.all(requests);
      console.log(
        `[outage] concurrent ingestion: ${outcomes.ok} acknowledged, ${outcomes.unavailable} SERVICE_UNAVAILABLE, ${outcomes.other.length} other`,
      );
      expect(outcomes.other).toEqual([]);
      expect(outcomes.ok + outcomes.unavailable).toBe(batches.length);
      expect(outcomes.unavailable).toBeGreaterThan(0);
      expect(outcomes.ok).toBeGreaterThan(0);
      expect(acknowledged.length - before).toBe(outcomes.ok);

      const stored = await storedEventIds();
      const missing = acknowledged.flatMap((b) => b.eventIds).filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      // A batch is all or nothing: none is half stored.
      for (const b of batches) {
        const present = b.eventIds.filter((id) => stored.has(id)).length;
        expect([0, b.eventIds.length], b.trackingNumber).toContain(present);
      }
      expect((await fetchApp('/readyz')).status).toBe(200);
    });

    it('has no pool client left checked out (a leak would shrink the pool for good)', async () => {
      const { driver } = t.database;
      if (driver.kind !== 'postgres') throw new Error('expected PostgreSQL');
      // Publishes (NOTIFY after an ingestion) run in the background for a moment.
      await expect
        .poll(() => driver.pool.totalCount - driver.pool.idleCount, { timeout: 3_000 })
        .toBe(0);
      expect(driver.pool.waitingCount).toBe(0);
    });
  },
);
