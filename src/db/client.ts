import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Logger as DrizzleLogger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.js';
import { runMigrations } from './migrate.js';
import { copyTemplate, ensureTemplate, isFreshDataDir } from './pglite-template.js';
import * as schema from './schema.js';
import { contentFingerprint, seedContentIfChanged } from './seed-if-changed.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  readonly db: Db;
  /**
   * For reads that tolerate replication lag (shipment lookups): a replica's pool when
   * DATABASE_READ_URL is set, otherwise the same as `db`.
   */
  readonly readDb: Db;
  readonly kind: 'pglite' | 'postgres';
  /** Runs `select 1`; rejects when the database cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The underlying driver, for migrations and LISTEN/NOTIFY. */
  readonly driver: { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; pool: pg.Pool };
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** A read replica of databaseUrl, for lookups. */
  readUrl?: string | undefined;
  /** Directory for the embedded database; `memory://` keeps it in memory (tests). */
  dataDir: string;
  /**
   * A PGlite data directory dumped with `dumpDataDir()`, to start from instead of initdb: the
   * tests migrate and seed one database once and give every test file a copy of it.
   */
  loadDataDir?: Blob | undefined;
  statementTimeoutMs?: number;
  poolMax?: number;
  /** Called with every SQL statement Drizzle sends (statement counting in tests, debug logs). */
  onQuery?: (query: string, params: unknown[]) => void;
}

export const DRIZZLE = { schema, casing: 'snake_case' } as const;
/**
 * PGlite allocates PostgreSQL's whole shared memory at every start and zeroes it in
 * WebAssembly (a baseline-compiled memset: ~5 ms per MB). Its size follows these settings:
 * PostgreSQL's default 128 MB of buffers cost ~0.8 s of CPU per start; the embedded database is
 * small (demo, tests, one developer) and the files it reads stay in the OS page cache, so 8 MB
 * answers as fast. It is also one process with one connection: sizing lock and process tables
 * for 100 connections and 10 WAL senders and replication slots zeroed ~5 MB more for nothing.
 */
const PGLITE_SETTINGS = {
  shared_buffers: '8MB',
  max_connections: '5',
  max_wal_senders: '0',
  max_replication_slots: '0',
};

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const logger: DrizzleLogger | undefined = options.onQuery
    ? { logQuery: options.onQuery }
    : undefined;
  if (options.databaseUrl) {
    // Imported only then: an embedded (PGlite) start never loads the PostgreSQL driver (~0.1 s).
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(options.databaseUrl, options, logger);
  }
  return openPglite(options.dataDir, logger, options.loadDataDir);
}

async function openPglite(
  dataDir: string,
  logger: DrizzleLogger | undefined,
  loadDataDir?: Blob,
): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const release = inMemory ? async () => {} : await acquireDataDirLock(dataDir);
  let client: PGlite;
  try {
    if (!inMemory && !loadDataDir && isFreshDataDir(dataDir)) await startFromTemplate(dataDir);
    // Asked after the template copy: a copied directory is initialised already.
    const initdb = !loadDataDir && (inMemory || isFreshDataDir(dataDir));
    client = await createPglite(dataDir, loadDataDir, initdb);
  } catch (error) {
    await release();
    throw error;
  }
  const db = await pgliteDb(client, logger);
  return {
    db,
    readDb: db,
    kind: 'pglite',
    driver: { kind: 'pglite', client },
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      await client.close();
      await release();
    },
  };
}

/** Drizzle over PGlite, its driver imported only here (it loads PGlite's JavaScript). */
async function pgliteDb(client: PGlite, logger?: DrizzleLogger): Promise<Db> {
  const { drizzle } = await import('drizzle-orm/pglite');
  return drizzle({ client, ...DRIZZLE, ...(logger ? { logger } : {}) }) as unknown as Db;
}

/**
 * `initdb` is true for a database that starts empty: its first migration creates pg_trgm
 * (dropped again since 0014), so PGlite must have the extension's files then. An initialised
 * database never needs them, and unpacking and compiling the extension cost every start.
 */
async function createPglite(dataDir: string, loadDataDir?: Blob, initdb = true): Promise<PGlite> {
  // Loaded only when used (so is drizzle's PGlite driver, which imports it): PGlite's
  // WebAssembly build adds ~40 MB to a PostgreSQL deployment, its JavaScript ~2 MB of heap.
  const [{ PGlite }, trgm] = await Promise.all([
    import('@electric-sql/pglite'),
    initdb ? import('@electric-sql/pglite/contrib/pg_trgm') : null,
  ]);
  return PGlite.create(dataDir, {
    ...(trgm ? { extensions: { pg_trgm: trgm.pg_trgm } } : {}),
    startParams: [
      ...PGlite.defaultStartParams,
      ...Object.entries(PGLITE_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    ...(loadDataDir ? { loadDataDir } : {}),
  });
}

/** initdb, every migration and the content seed into `dir`: what a template holds. */
export async function initialisePgliteTemplate(dir: string): Promise<void> {
  const client = await createPglite(dir);
  try {
    await runMigrations({ driver: { kind: 'pglite', client } });
    const db = await pgliteDb(client);
    await seedContentIfChanged(db, await contentFingerprint());
  } finally {
    await client.close();
  }
}

/**
 * A fresh data directory starts as a copy of the migrated template (built now if `npm install`
 * did not), which is ~5 s faster than initdb. Any failure here (a read-only node_modules, a
 * full disk) leaves the directory to PGlite's own initdb, which is slower but equivalent.
 */
async function startFromTemplate(dataDir: string): Promise<void> {
  try {
    if (await copyTemplate(dataDir)) return;
    await ensureTemplate(initialisePgliteTemplate);
    await copyTemplate(dataDir);
  } catch {
    for (const entry of await readdir(dataDir)) {
      if (entry !== '.wismo.lock') await rm(join(dataDir, entry), { recursive: true, force: true });
    }
  }
}
