import type { Logger as DrizzleLogger } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { type Database, type DatabaseOptions, type Db, DRIZZLE } from './client.js';

/**
 * A pg Pool whose checked-out clients survive their connection dying:
 * - pg emits 'error' on a client whose socket dies, and pg-pool listens only while the client
 *   is idle, so a death inside a transaction (between statements) was an uncaught exception
 *   that took the process down;
 * - drizzle-orm 0.45's node-postgres `transaction()` runs BEGIN before its try/finally, so a
 *   BEGIN failing on a dead connection never released the client (drizzle-orm#6241, #6023):
 *   every outage leaked pool slots until the pool was empty and `pool.end()` hung.
 * A client whose connection dies while checked out is therefore released with the error at
 * once (pg-pool then destroys it), and later release() calls for it do nothing.
 */
class ReleasingPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(
    callback: (
      err: Error | undefined,
      client: pg.PoolClient | undefined,
      done: (release?: unknown) => void,
    ) => void,
  ): void;
  override connect(callback?: (...args: never[]) => void): Promise<pg.PoolClient> | undefined {
    // pool.query() uses the callback form and handles client errors itself.
    if (callback) {
      super.connect(callback as never);
      return undefined;
    }
    return super.connect().then((client) => {
      const release = client.release.bind(client);
      let released = false;
      const releaseOnce = (err?: Error | boolean) => {
        if (released) return;
        released = true;
        client.removeListener('error', onError);
        release(err);
      };
      const onError = (err: Error) => releaseOnce(err);
      client.on('error', onError);
      client.release = releaseOnce;
      return client;
    });
  }
}

export async function openPostgres(
  url: string,
  options: DatabaseOptions,
  logger: DrizzleLogger | undefined,
): Promise<Database> {
  const openPool = (connectionString: string) => {
    const pool = new ReleasingPool({
      connectionString,
      max: options.poolMax ?? 10,
      statement_timeout: options.statementTimeoutMs ?? 5_000,
      // Fail fast while PostgreSQL is down instead of queueing requests behind a dead socket.
      connectionTimeoutMillis: 3_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client losing its server must not crash the process; the next checkout reconnects.
    // (A checked-out one is handled by ReleasingPool.)
    pool.on('error', () => {});
    const db = drizzlePg({
      client: pool,
      ...DRIZZLE,
      ...(logger ? { logger } : {}),
    }) as unknown as Db;
    return { pool, db };
  };
  const primary = openPool(url);
  const replica = options.readUrl ? openPool(options.readUrl) : null;
  const { pool, db } = primary;
  return {
    db,
    readDb: replica?.db ?? db,
    kind: 'postgres',
    driver: { kind: 'postgres', pool },
    ping: async () => {
      await pool.query('select 1');
    },
    close: async () => {
      await Promise.all([pool.end(), replica?.pool.end()]);
    },
  };
}
