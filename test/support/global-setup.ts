import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/client.js';
import { loadContent } from '../../src/db/content.js';
import { runMigrations } from '../../src/db/migrate.js';
import { seedContent } from '../../src/db/seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated and seeded PGlite data directory (dumpDataDir), or null on PostgreSQL. */
    pgliteSnapshot: string | null;
  }
}

/**
 * Runs once per `vitest run`: initdb, every migration and the content seed happen here once,
 * and each test file's PGlite starts from a copy of the result (createTestApp) instead of
 * booting its own (initdb alone is seconds in WebAssembly). On PostgreSQL each file still gets
 * its own scratch database.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('pgliteSnapshot', null);
    return;
  }
  const database = await openDatabase({ dataDir: 'memory://' });
  let dump: Blob;
  try {
    await runMigrations(database);
    await seedContent(database.db, await loadContent());
    if (database.driver.kind !== 'pglite') throw new Error('expected PGlite');
    // Uncompressed: every test file unpacks it, and gunzip would cost more than the bytes.
    dump = await database.driver.client.dumpDataDir('none');
  } finally {
    await database.close();
  }
  const dir = await mkdtemp(join(tmpdir(), 'wismo-test-db-'));
  const file = join(dir, 'pglite.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteSnapshot', file);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
