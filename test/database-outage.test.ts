import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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

/** Conditions are polled with a generous limit: a loaded machine is slow, not broken. */
const PATIENT = { timeout: 20_000, interval: 50 };

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
    });

    // Each test starts with the database reachable, whatever the one before it left behind.
    beforeEach(async () => {
      proxy.restore();
      await expect.poll(async () => (await fetchApp('/readyz')).status, PATIENT).toBe(200);
    });

    /** Ingests one batch while the database is up: a shipment the test can look up later. */
    async function acknowledgedShipment(): Promise<string> {
      const { trackingNumber, eventIds } = batch(3);
      const res = await ingest(trackingNumber, eventIds);
      expect(res.data.recordTrackingEvents).toMatchObject({ accepted: 3, duplicates: 0 });
      return trackingNumber;
    }

    it('ingests batches while the database is up', async () => {
      for (let i = 0; i < 4; i++) await acknowledgedShipment();
      expect((await fetchApp('/readyz')).status).toBe(200);
      expect(proxy.connections).toBeGreaterThan(0);
    });

    it('reports not ready once the database is gone', async () => {
      proxy.cut();
      // Polled, not timed: how soon depends on the machine; that it turns is the contract.
      await expect.poll(async () => (await fetchApp('/readyz')).status, PATIENT).toBe(503);
      expect(await (await fetchApp('/readyz')).json()).toMatchObject({ database: 'unreachable' });
    });

    it('fails database-bound operations with a clear, retryable error', async () => {
      const known = await acknowledgedShipment();
      proxy.cut();
      const lookup = await gql(t.app, LOOKUP, { n: known });
      expectServiceUnavailable(lookup);
      expect(lookup.data ?? null).toBeNull();

      const vote = await gql(t.app, SUBMIT, {
        input: { questionId, helpful: true, clientId: 'outage' },
      });
      expectServiceUnavailable(vote);

      // Carrier-authenticated ingestion: the key lookup itself needs the database (or its cache).
      const { trackingNumber, eventIds } = batch(2);
      expectServiceUnavailable(await ingest(trackingNumber, eventIds));
    });

    it('keeps answering what needs no database', async () => {
      proxy.cut();
      const res = await gql(t.app, NORMALIZE, { m: 'Delivery attempted, notice card left' });
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      expect(res.data.normalizeStatus.status).toBe('WAITING_FOR_PICKUP');
      expect((await fetchApp('/healthz')).status).toBe(200);
    });

    it('recovers without a restart once the database is back, with nothing acknowledged lost', async () => {
      const known = await acknowledgedShipment();
      proxy.cut();
      // The pool now holds connections that died with the cut.
      expectServiceUnavailable(await gql(t.app, LOOKUP, { n: known }));
      proxy.restore();
      // The very next request must work: the pool replaces its dead connections on checkout.
      const lookup = await gql(t.app, LOOKUP, { n: known });
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
      const sent: ReturnType<typeof batch>[] = [];
      const outcomes = { ok: 0, unavailable: 0, other: [] as string[] };
      let stop = false;
      // Four clients ingest back to back while the database goes away and comes back, so some
      // batches finish before the cut, some straddle it and some come after. The phases wait
      // for what they need to have happened instead of sleeping for a guessed time.
      const client = async () => {
        while (!stop) {
          const b = batch(3);
          sent.push(b);
          const res = await ingest(b.trackingNumber, b.eventIds);
          const payload = res.data?.recordTrackingEvents;
          if (payload?.__typename === 'RecordTrackingEventsSuccess') outcomes.ok += 1;
          else if (res.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE')
            outcomes.unavailable += 1;
          else
            outcomes.other.push(
              JSON.stringify({ status: res.status, errors: res.errors, payload }),
            );
        }
      };
      const clients = Array.from({ length: 4 }, client);
      try {
        await expect.poll(() => outcomes.ok, PATIENT).toBeGreaterThanOrEqual(4);
        proxy.cut();
        await expect.poll(() => outcomes.unavailable, PATIENT).toBeGreaterThanOrEqual(4);
        proxy.restore();
        const okBeforeRestore = outcomes.ok;
        await expect.poll(() => outcomes.ok - okBeforeRestore, PATIENT).toBeGreaterThanOrEqual(4);
      } finally {
        stop = true;
        proxy.restore();
        await Promise.all(clients);
      }
      console.log(
        `[outage] concurrent ingestion: ${outcomes.ok} acknowledged, ${outcomes.unavailable} SERVICE_UNAVAILABLE, ${outcomes.other.length} other`,
      );
      expect(outcomes.other).toEqual([]);
      expect(outcomes.ok + outcomes.unavailable).toBe(sent.length);
      expect(acknowledged.length - before).toBe(outcomes.ok);

      const stored = await storedEventIds();
      const missing = acknowledged.flatMap((b) => b.eventIds).filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      // A batch is all or nothing: none is half stored.
      for (const b of sent) {
        const present = b.eventIds.filter((id) => stored.has(id)).length;
        expect([0, b.eventIds.length], b.trackingNumber).toContain(present);
      }
    });

    it('has no pool client left checked out (a leak would shrink the pool for good)', async () => {
      const { driver } = t.database;
      if (driver.kind !== 'postgres') throw new Error('expected PostgreSQL');
      // Publishes (NOTIFY after an ingestion) run in the background for a moment.
      await acknowledgedShipment();
      await expect
        .poll(
          () => ({
            checkedOut: driver.pool.totalCount - driver.pool.idleCount,
            waiting: driver.pool.waitingCount,
          }),
          PATIENT,
        )
        .toEqual({ checkedOut: 0, waiting: 0 });
    });
  },
);
