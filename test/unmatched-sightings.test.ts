import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  foldUnmatchedSightings,
  foldUnmatchedSightingsEvery,
} from '../src/resolvers/unmatched-sightings.js';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const NOW = new Date('2026-11-25T12:00:00Z');
let t: TestApp;
let carrier: Record<string, string>;
let editor: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ WISMO_DEMO_DATA: 'false' }, { now: () => NOW });
  carrier = await authHeader(t, 'carrier');
  editor = await authHeader(t, 'editor');
});
afterAll(async () => {
  await t?.close();
});

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordTrackingEventsInput!) {
    recordTrackingEvents(input: $input) {
      __typename
      ... on RecordTrackingEventsSuccess { accepted unmatched }
    }
  }
`;

const UNMATCHED = /* GraphQL */ `
  query Unmatched {
    unmatchedMessages(first: 50) { edges { node { id sampleMessage normalized occurrences } } }
  }
`;

const RESOLVE = /* GraphQL */ `
  mutation Resolve($input: ResolveUnmatchedMessageInput!) {
    resolveUnmatchedMessage(input: $input) { __typename }
  }
`;

// S10 numbers with a valid UPU check digit, one per batch.
const NUMBERS = ['RR000000014DE', 'RR000000028DE', 'RR000000031DE', 'RR000000045DE'];
const at = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

const record = (trackingNumber: string, message: string, minutesAgo: number) =>
  gql(
    t.app,
    RECORD,
    { input: { trackingNumber, events: [{ occurredAt: at(minutesAgo), message }] } },
    carrier,
  );

async function queue(normalized: string) {
  const { data } = await gql(t.app, UNMATCHED, {}, editor);
  return data.unmatchedMessages.edges
    .map((e: { node: { normalized: string } }) => e.node)
    .filter((n: { normalized: string }) => n.normalized === normalized);
}

async function pendingSightings(): Promise<number> {
  const result = await t.database.db.execute(
    sql`select count(*)::int as n from unmatched_sightings`,
  );
  return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
}

describe('unread wordings from concurrent batches', () => {
  it('are all counted in one queue entry, new shipments and existing ones alike', async () => {
    const wording = 'Xq plonk wibbled 4';
    // New shipments (the one-statement path) and then, at once, more batches on the same
    // shipments (the transactional path), every one carrying the same unread wording.
    const first = await Promise.all(NUMBERS.map((n) => record(n, wording, 40)));
    const second = await Promise.all(NUMBERS.map((n) => record(n, wording, 30)));
    for (const { data } of [...first, ...second]) {
      expect(data.recordTrackingEvents).toEqual({
        __typename: 'RecordTrackingEventsSuccess',
        accepted: 1,
        unmatched: 1,
      });
    }
    expect(await queue('xq plonk wibbled')).toEqual([
      expect.objectContaining({ sampleMessage: wording, occurrences: 8 }),
    ]);
    // Reading the queue moved every sighting into it.
    expect(await pendingSightings()).toBe(0);
  });

  it('never reopen a resolved entry with sightings from before its resolution', async () => {
    const wording = 'Zumble grinched at gate';
    await record(NUMBERS[0]!, wording, 20);
    const [entry] = await queue('zumble grinched at gate');
    // Seen again before the editor resolves it: the resolution folds that sighting first.
    await record(NUMBERS[1]!, wording, 19);
    const resolved = await gql(
      t.app,
      RESOLVE,
      { input: { id: entry.id, status: 'IN_TRANSIT', locale: 'en' } },
      editor,
    );
    expect(resolved.data.resolveUnmatchedMessage.__typename).toBe('ResolveUnmatchedMessageSuccess');
    expect(await queue('zumble grinched at gate')).toEqual([]);
  });

  it('are folded on a timer when nobody reads the queue, and the stop waits for it', async () => {
    await record(NUMBERS[2]!, 'Quorble frazzed 9', 10);
    expect(await pendingSightings()).toBe(1);
    const stop = foldUnmatchedSightingsEvery(t.database.db, 20, (err) => {
      throw err;
    });
    await expect.poll(pendingSightings, { timeout: 5_000, interval: 25 }).toBe(0);
    await stop();
    const counted = await t.database.db.execute(
      sql`select occurrences from unmatched_messages where normalized = 'quorble frazzed'`,
    );
    expect((counted as unknown as { rows: unknown[] }).rows).toEqual([{ occurrences: 1 }]);
  });

  it('fold to nothing when there is nothing pending', async () => {
    await foldUnmatchedSightings(t.database.db);
    await foldUnmatchedSightings(t.database.db);
    expect(await pendingSightings()).toBe(0);
  });
});
