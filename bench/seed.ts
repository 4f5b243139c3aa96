/**
 * Seeds the PostgreSQL benchmark database through the product's own tables:
 * `npm run bench:seed -- --shipments 200000`. Migrations and content come from the product's
 * functions; shipments and events are bulk-inserted with unnest() arrays, their statuses read
 * by the product's normalizer. Reuses a database that already holds enough bench shipments.
 */
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { type Database, openDatabase } from '../src/db/client.js';
import { loadContent } from '../src/db/content.js';
import { runMigrations } from '../src/db/migrate.js';
import { seedContent } from '../src/db/seed.js';
import type { AliasIndex } from '../src/domain/status-normalizer.js';
import { currentStatus, eventKey } from '../src/domain/tracking-events.js';
import { KnowledgeStore } from '../src/infra/knowledge-store.js';
import { rebuildDeliveryStats } from '../src/resolvers/delivery-history.js';
import { SEED_PREFIX, type SyntheticShipment, syntheticShipment } from './carrier-messages.js';
import { ensureDatabase, parseOptions, redactUrl } from './options.js';

const BATCH = 2_000;
const WORKERS = 2;

export interface SeedResult {
  shipments: number;
  inserted: number;
  reused: boolean;
  seconds: number;
}

/** Opens the product database (migrated, content seeded); the caller closes it. */
export async function openBenchDatabase(databaseUrl: string): Promise<Database> {
  await ensureDatabase(databaseUrl);
  const database = await openDatabase({
    databaseUrl,
    dataDir: 'unused',
    statementTimeoutMs: 600_000,
    poolMax: WORKERS + 1,
  });
  await runMigrations(database);
  await seedContent(database.db, await loadContent());
  return database;
}

export async function countSeededShipments(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `select count(*)::int as n from shipments where tracking_number like '${SEED_PREFIX}%'`,
  );
  return rows[0]!.n;
}

async function insertBatch(
  pool: pg.Pool,
  index: AliasIndex,
  batch: SyntheticShipment[],
): Promise<number> {
  const events = batch.map((s) => s.events.map((e) => ({ ...e, match: index.match(e.message) })));
  const statuses = events.map((list) =>
    currentStatus(
      null,
      list.map((e) => ({ ...e.match, ...e })),
    ),
  );
  const client = await pool.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{ id: number; tracking_number: string }>(
      `insert into shipments (tracking_number, carrier, origin_country, destination_country,
         postal_code, status, status_occurred_at, last_event_at, event_count)
       select *, 8 from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
         $6::tracking_status[], $7::timestamptz[], $8::timestamptz[])
       on conflict (tracking_number) do nothing
       returning id, tracking_number`,
      [
        batch.map((s) => s.trackingNumber),
        batch.map(() => 'upu-s10'),
        batch.map((s) => s.originCountry),
        batch.map((s) => s.destinationCountry),
        batch.map((s) => s.postalCode),
        statuses.map((p) => p?.status ?? 'UNKNOWN'),
        statuses.map((p) => p?.occurredAt ?? null),
        batch.map((s) => s.events.at(-1)!.occurredAt),
      ],
    );
    const ids = new Map(rows.map((r) => [r.tracking_number, r.id]));
    const columns: unknown[][] = Array.from({ length: 10 }, () => []);
    batch.forEach((s, i) => {
      const id = ids.get(s.trackingNumber);
      if (id === undefined) return;
      for (const e of events[i]!) {
        const values = [
          id,
          eventKey(e.eventId, e.occurredAt, e.message),
          e.eventId,
          e.occurredAt,
          e.location,
          e.message,
          e.match.status,
          e.match.method,
          e.match.confidence,
          e.match.alias?.id ?? null,
        ];
        for (const [c, v] of values.entries()) columns[c]!.push(v);
      }
    });
    await client.query(
      `insert into tracking_events (shipment_id, event_key, external_id, occurred_at, location,
         raw_message, status, match_method, match_confidence, alias_id)
       select * from unnest($1::int[], $2::text[], $3::text[], $4::timestamptz[], $5::text[],
         $6::text[], $7::tracking_status[], $8::match_method[], $9::real[], $10::int[])`,
      columns,
    );
    await client.query('commit');
    return rows.length;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Ensures at least `shipments` bench shipments with eight events each. */
export async function seedBenchDatabase(
  database: Database,
  shipments: number,
): Promise<SeedResult> {
  const started = performance.now();
  if (database.driver.kind !== 'postgres') throw new Error('The benchmark needs PostgreSQL');
  const { pool } = database.driver;
  const existing = await countSeededShipments(pool);
  if (existing >= shipments) {
    return { shipments: existing, inserted: 0, reused: true, seconds: 0 };
  }
  // The product's own knowledge store builds the index from the seeded aliases.
  const { handoff } = await loadContent();
  const index = (await new KnowledgeStore(database.db, handoff).refresh()).aliasIndex;
  const now = Date.now();
  let next = existing;
  let inserted = 0;
  let reported = 0;
  const worker = async () => {
    while (next < shipments) {
      const from = next;
      const to = Math.min(shipments, from + BATCH);
      next = to;
      const batch: SyntheticShipment[] = [];
      for (let i = from; i < to; i++) batch.push(syntheticShipment(i, now));
      // Not `inserted += await ...`: that reads `inserted` before the await and loses updates.
      const added = await insertBatch(pool, index, batch);
      inserted += added;
      if (inserted - reported >= 20_000) {
        reported = inserted;
        const seconds = (performance.now() - started) / 1000;
        console.log(`  ${inserted} shipments inserted (${seconds.toFixed(1)} s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  // Bulk-loaded history bypasses ingestion: count its deliveries for the estimates in one pass.
  if (inserted > 0) await rebuildDeliveryStats(database.db, 30); // the server's default minimum
  await pool.query('analyze shipments');
  await pool.query('analyze tracking_events');
  const seconds = (performance.now() - started) / 1000;
  return { shipments: existing + inserted, inserted, reused: false, seconds };
}

/** Opens, seeds and reports; shared by `npm run bench:seed` and `npm run bench`. */
export async function seedFromOptions(databaseUrl: string, shipments: number): Promise<SeedResult> {
  console.log(`seeding ${redactUrl(databaseUrl)} with ${shipments} shipments x 8 events`);
  const database = await openBenchDatabase(databaseUrl);
  try {
    const result = await seedBenchDatabase(database, shipments);
    if (result.reused) {
      console.log(`reusing: the database already holds ${result.shipments} bench shipments`);
    } else {
      console.log(
        `seeded ${result.inserted} shipments (${result.inserted * 8} events) in ${result.seconds.toFixed(1)} s; ${result.shipments} bench shipments in total`,
      );
    }
    return result;
  } finally {
    await database.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = parseOptions(process.argv.slice(2));
  seedFromOptions(options.databaseUrl, options.shipments).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
