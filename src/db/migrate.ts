import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './client.js';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));

/** Any constant works; it only has to be the same in every wismo process. */
const MIGRATION_LOCK_KEY = 7_413_920_551;

/** SQLSTATEs of a database drizzle has never migrated: no `drizzle` schema or no table in it. */
const NEVER_MIGRATED = new Set(['3F000', '42P01']);

/**
 * Applies drizzle-kit's migrations; the same files run on PGlite and PostgreSQL. `folder` is
 * for tests (a folder with one more migration).
 */
export async function runMigrations(
  database: Pick<Database, 'driver'>,
  folder = MIGRATIONS_FOLDER,
): Promise<void> {
  const { driver } = database;
  if (await isCurrent(driver, folder)) return;
  if (driver.kind === 'pglite') {
    // Imported here: drizzle's PGlite driver loads PGlite's JavaScript (not its WebAssembly),
    // which a PostgreSQL deployment never runs.
    const [{ drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
      import('drizzle-orm/pglite'),
      import('drizzle-orm/pglite/migrator'),
    ]);
    await migratePglite(drizzlePglite({ client: driver.client }), { migrationsFolder: folder });
    return;
  }
  // Imported here: an embedded (PGlite) instance never loads the PostgreSQL driver.
  const [{ drizzle: drizzlePg }, { migrate: migratePg }] = await Promise.all([
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ]);
  // Several instances starting together must not race through the same migration.
  const client = await driver.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg({ client }), { migrationsFolder: folder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    client.release();
  }
}

/**
 * Whether the database already holds the journal's newest migration. Drizzle's migrator makes
 * the same decision (it applies the migrations newer than the newest one recorded), but only
 * after creating its schema and table if missing, reading and hashing every migration file and
 * opening a transaction: ~40 ms of a PGlite restart, against one statement here.
 */
async function isCurrent(driver: Database['driver'], folder: string): Promise<boolean> {
  const journal = JSON.parse(await readFile(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  const newest = Math.max(...journal.entries.map((entry) => entry.when));
  const query = 'select max(created_at) as applied from drizzle.__drizzle_migrations';
  try {
    const { rows } =
      driver.kind === 'pglite'
        ? await driver.client.query<{ applied: unknown }>(query)
        : await driver.pool.query<{ applied: unknown }>(query);
    return Number(rows[0]?.applied ?? 0) >= newest;
  } catch (error) {
    if (NEVER_MIGRATED.has((error as { code?: string }).code ?? '')) return false;
    throw error;
  }
}
