import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS_FOLDER, runMigrations } from '../src/db/migrate.js';
import { createTestApp, type TestApp } from './support/test-app.js';

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
