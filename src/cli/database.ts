import { type Config, ConfigError, loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/client.js';
import { DataDirInUseError } from '../db/data-dir-lock.js';
import { runMigrations } from '../db/migrate.js';

/** Ends a command with one line on stderr. */
export function exitWith(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

/**
 * What every command that needs the database does first: read the configuration, open the
 * database (saying plainly when a running server holds the embedded one) and apply the
 * migrations. The database is closed when `run` ends, however it ends.
 */
export async function withDatabase<T>(
  run: (database: Database, config: Config) => Promise<T>,
): Promise<T> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.message, 1);
    throw error;
  }
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.WISMO_DATA_DIR,
  }).catch((error: unknown) => {
    if (error instanceof DataDirInUseError) exitWith(error.message, 2);
    throw error;
  });
  try {
    await runMigrations(database);
    return await run(database, config);
  } finally {
    await database.close();
  }
}
