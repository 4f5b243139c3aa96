import type { Logger } from 'pino';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { loadContent } from './db/content.js';
import { runMigrations } from './db/migrate.js';
import { seedContent } from './db/seed.js';
import { KnowledgeStore } from './resolvers/knowledge-store.js';
import { type App, createApp } from './server.js';

export interface Wismo {
  app: App;
  database: Database;
  knowledge: KnowledgeStore;
  close(): Promise<void>;
}

export interface BootstrapOptions {
  onQuery?: (query: string, params: unknown[]) => void;
  now?: () => Date;
}

/** config -> database -> migrations -> seed -> in-memory knowledge -> app. */
export async function bootstrap(
  config: Config,
  logger: Logger,
  options: BootstrapOptions = {},
): Promise<Wismo> {
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.WISMO_DATA_DIR,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    poolMax: config.DB_POOL_MAX,
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  });
  try {
    await runMigrations(database);
    const report = await seedContent(database.db, await loadContent());
    logger.info({ database: database.kind, ...report }, 'database ready');
    const knowledge = new KnowledgeStore(database.db);
    await knowledge.refresh();
    const app = createApp({
      config,
      database,
      knowledge,
      logger,
      ...(options.now ? { now: options.now } : {}),
    });
    return { app, database, knowledge, close: () => database.close() };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}
