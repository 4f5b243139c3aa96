import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../src/db/client.js';
import { MIGRATIONS_FOLDER, runMigrations } from '../src/db/migrate.js';
import { createScratchDatabase, createTestApp, type TestApp } from './support/test-app.js';

/** The migrations folder plus one newer migration that creates `migration_probe`. */
async function folderWithOneMoreMigration(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'wismo-migrations-'));
  await cp(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalFile, 'utf8'));
  const last = journal.entries.at(-1);
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: '9999_probe' });
  await writeFile(journalFile, JSON.stringify(journal));
  await writeFile(join(folder, '9999_probe.sql'), 'CREATE TABLE "migration_probe" ("id" integer);');
  return folder;
}

/** The migrations folder as it stood before the migration tagged `tag`. */
async function folderBefore(tag: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'wismo-migrations-'));
  await cp(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalFile, 'utf8'));
  const at = journal.entries.findIndex((e: { tag: string }) => e.tag === tag);
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  await writeFile(journalFile, JSON.stringify(journal));
  return folder;
}

async function probeExists(t: TestApp): Promise<boolean> {
  const result = await t.database.db.execute<{ found: string | null }>(
    sql`select to_regclass('public.migration_probe')::text as found`,
  );
  const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  return (rows[0] as { found: string | null }).found !== null;
}

describe('migrations on start', () => {
  let t: TestApp;
  let folder: string;
  beforeAll(async () => {
    t = await createTestApp();
    folder = await folderWithOneMoreMigration();
  });
  afterAll(async () => {
    await t.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('applies a migration the database does not have yet, once', async () => {
    expect(await probeExists(t)).toBe(false);
    await runMigrations(t.database, folder);
    expect(await probeExists(t)).toBe(true);
    // A second start finds it recorded: applying it again would fail (the table exists).
    await runMigrations(t.database, folder);
    expect(await probeExists(t)).toBe(true);
  });

  it('only reads the newest migration when the database holds every one', async () => {
    const { driver } = t.database;
    if (driver.kind === 'pglite') {
      const query = vi.spyOn(driver.client, 'query');
      const exec = vi.spyOn(driver.client, 'exec');
      const transaction = vi.spyOn(driver.client, 'transaction');
      await runMigrations(t.database, folder);
      expect(query).toHaveBeenCalledTimes(1);
      expect(exec).not.toHaveBeenCalled();
      expect(transaction).not.toHaveBeenCalled();
    } else {
      const query = vi.spyOn(driver.pool, 'query');
      const connect = vi.spyOn(driver.pool, 'connect');
      await runMigrations(t.database, folder);
      expect(query).toHaveBeenCalledTimes(1);
      // The query's own checkout only, none for the advisory lock: nothing to migrate.
      expect(connect).toHaveBeenCalledTimes(1);
    }
    vi.restoreAllMocks();
    const [row] = await t.database.db
      .execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
      .then((r) => (Array.isArray(r) ? r : (r as { rows: { n: number }[] }).rows));
    const journal = JSON.parse(await readFile(join(folder, 'meta', '_journal.json'), 'utf8'));
    // Every migration of the folder recorded once, the probe included.
    expect(row?.n).toBe(journal.entries.length);
  });
});

describe('the dense delivery histograms migration', () => {
  it('folds the bucket rows of a database into one row of 64 counts per histogram', async () => {
    const folder = await folderBefore('0013_dense_delivery_histograms');
    const scratch = process.env.DATABASE_URL
      ? await createScratchDatabase(process.env.DATABASE_URL)
      : null;
    const database = await openDatabase({ databaseUrl: scratch?.url, dataDir: 'memory://' });
    try {
      await runMigrations(database, folder);
      await database.db.execute(sql`
        insert into delivery_histograms (basis, key, from_status, bucket, deliveries) values
          ('LANE', 'post|NL|SE', 'IN_TRANSIT', 0, 2),
          ('LANE', 'post|NL|SE', 'IN_TRANSIT', 63, 1),
          ('LANE', 'post|NL|SE', 'IN_TRANSIT', 17, 4),
          ('LANE', 'post|NL|SE', 'OUT_FOR_DELIVERY', 5, 3),
          ('STATUS', '', 'IN_TRANSIT', 17, 9)`);
      await runMigrations(database);
      const result = await database.db.execute(
        sql`select basis, key, from_status, counts from delivery_histograms
            order by basis, key, from_status`,
      );
      const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
        counts: number[];
      }[];
      const dense = (counts: Record<number, number>) =>
        Array.from({ length: 64 }, (_, bucket) => counts[bucket] ?? 0);
      expect(rows).toEqual([
        {
          basis: 'LANE',
          key: 'post|NL|SE',
          from_status: 'IN_TRANSIT',
          counts: dense({ 0: 2, 17: 4, 63: 1 }),
        },
        {
          basis: 'LANE',
          key: 'post|NL|SE',
          from_status: 'OUT_FOR_DELIVERY',
          counts: dense({ 5: 3 }),
        },
        { basis: 'STATUS', key: '', from_status: 'IN_TRANSIT', counts: dense({ 17: 9 }) },
      ]);
    } finally {
      await database.close();
      await scratch?.drop();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
