import type { RequestListener } from 'node:http';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { count, isNull } from 'drizzle-orm';
import type { Logger } from 'pino';
import { IdentityResolver } from './auth/identity.js';
import { ANONYMOUS } from './auth/roles.js';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { loadServingContent } from './db/content.js';
import { runMigrations } from './db/migrate.js';
import { unmatchedMessages } from './db/schema.js';
import { contentFingerprint, seedContentIfChanged } from './db/seed-if-changed.js';
import { traceDatabase } from './db/tracing.js';
import { renderBundledGraphiQL } from './graphiql.js';
import { openEventTransport } from './infra/event-transport.js';
import { KnowledgeStore } from './infra/knowledge-store.js';
import { loadPersistedOperations } from './infra/persisted-operations.js';
import { createWismoPubSub, type WismoPubSub } from './infra/pubsub.js';
import { WismoMetrics } from './plugins/metrics.js';
import { BackgroundSeed } from './resolvers/background-seed.js';
import { createUseCaseContext } from './resolvers/context.js';
import { seedDemoShipments } from './resolvers/demo-data.js';
import {
  foldUnmatchedSightings,
  foldUnmatchedSightingsEvery,
} from './resolvers/unmatched-sightings.js';
import { type App, createApp } from './server.js';
import { openTracing } from './tracing.js';

export interface Wismo {
  app: App;
  /** The node:http listener main.ts serves (the fast lane in front of `app`). */
  listener: RequestListener;
  database: Database;
  knowledge: KnowledgeStore;
  pubsub: WismoPubSub;
  metrics: WismoMetrics;
  /** Starts what `backgroundDemoSeed` put off; main.ts calls it once the server listens. */
  startBackgroundWork(): void;
  close(): Promise<void>;
}

export interface BootstrapOptions {
  onQuery?: (query: string, params: unknown[]) => void;
  now?: () => Date;
  /** Embedded database only: a dumped PGlite data directory to start from (see openDatabase). */
  pgliteDataDir?: Blob;
  /** Tests: export spans here (tracing on regardless of OTEL_* variables). */
  traceExporter?: SpanExporter;
  /**
   * Seed the demo parcels in `startBackgroundWork()` instead of before returning (main.ts: a
   * first start answers ~1 s sooner). Lookups that find nothing meanwhile wait for the seed.
   */
  backgroundDemoSeed?: boolean;
}

const BACKGROUND_WORK_DELAY_MS = 500;
/** How often a serving instance moves ingestion's unread-wording sightings into the queue. */
const SIGHTINGS_FOLD_INTERVAL_MS = 5_000;

/** config -> database -> migrations -> seed -> in-memory knowledge -> app. */
export async function bootstrap(
  config: Config,
  logger: Logger,
  options: BootstrapOptions = {},
): Promise<Wismo> {
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    readUrl: config.DATABASE_READ_URL,
    dataDir: config.WISMO_DATA_DIR,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    poolMax: config.DB_POOL_MAX,
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
    loadDataDir: options.pgliteDataDir,
  });
  try {
    await runMigrations(database);
    const [content, fingerprint] = await Promise.all([loadServingContent(), contentFingerprint()]);
    const report = await seedContentIfChanged(database.db, fingerprint);
    logger.info(
      { database: database.kind, ...(report ?? { content: 'unchanged, not seeded' }) },
      'database ready',
    );
    const metrics = new WismoMetrics({
      pool: () => {
        const { driver } = database;
        if (driver.kind !== 'postgres') return null;
        const { totalCount: total, idleCount: idle, waitingCount: waiting } = driver.pool;
        return { total, idle, waiting };
      },
      unmatchedOpen: () => countOpenUnmatched(database),
    });
    const knowledge = new KnowledgeStore(database.db, content.handoff, {
      onMatch: (method) => metrics.countMatch(method),
      searchVocabulary: content.search,
    });
    await knowledge.refresh();
    const shared = await openEventTransport(config, database, logger);
    const pubsub = createWismoPubSub(shared.events);
    const knowledgeChanges = followKnowledgeChanges(pubsub, knowledge, logger);
    const seeding = new BackgroundSeed();
    let demoSeed: (() => Promise<void>) | null = null;
    if (config.WISMO_DEMO_DATA ?? database.kind === 'pglite') {
      const context = createUseCaseContext(
        {
          db: database.db,
          knowledge,
          pubsub,
          identities: new IdentityResolver(database.db),
          etaMinSample: config.WISMO_ETA_MIN_SAMPLE,
          ...(options.now ? { now: options.now } : {}),
        },
        { log: logger, requestId: 'demo-seed', identity: ANONYMOUS },
      );
      demoSeed = async () => {
        const seeded = await seedDemoShipments(context);
        if (seeded) logger.info({ shipments: seeded }, 'demo shipments seeded');
      };
      if (!options.backgroundDemoSeed) await demoSeed();
    }
    // After start-up work, so only requests' statements are traced.
    const tracing = await openTracing(
      process.env,
      options.traceExporter ? { exporter: options.traceExporter } : {},
    );
    if (tracing) traceDatabase(database, tracing);
    const { app, listener } = createApp({
      tracing,
      config,
      database,
      knowledge,
      logger,
      pubsub,
      metrics,
      redis: shared.redis,
      persistedOperations: await loadPersistedOperations(config.WISMO_PERSISTED_OPERATIONS),
      seeding,
      renderGraphiQL:
        (config.WISMO_GRAPHIQL ?? config.NODE_ENV !== 'production') ? renderBundledGraphiQL : null,
      ...(options.now ? { now: options.now } : {}),
    });
    let stopFolding: (() => Promise<void>) | null = null;
    const close = async () => {
      await stopFolding?.();
      await seeding.stop();
      await knowledgeChanges.return?.();
      await shared.close();
      await database.close();
      // Last, and never in the way of closing the database: a collector that is down only
      // costs the spans still buffered.
      await tracing
        ?.shutdown()
        .catch((err) => logger.warn({ err }, 'exporting the last traces failed'));
    };
    const startBackgroundWork = () => {
      stopFolding ??= foldUnmatchedSightingsEvery(database.db, SIGHTINGS_FOLD_INTERVAL_MS, (err) =>
        logger.error({ err }, 'folding unmatched sightings into the queue failed'),
      );
      if (!demoSeed || !options.backgroundDemoSeed) return;
      // A moment after listening: a client polling for the first answer gets it before the
      // seed's index build and ingestion take the event loop for ~1 s.
      seeding.start(demoSeed, BACKGROUND_WORK_DELAY_MS, (err) =>
        logger.error({ err }, 'seeding the demo shipments failed'),
      );
    };
    return { app, listener, database, knowledge, pubsub, metrics, startBackgroundWork, close };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}

/** Another instance changed aliases or content: reload so both answer the same. */
function followKnowledgeChanges(pubsub: WismoPubSub, knowledge: KnowledgeStore, logger: Logger) {
  const changes = pubsub.subscribe('knowledgeChanged');
  void (async () => {
    for await (const change of changes) {
      if (change.origin === knowledge.instanceId) continue;
      await knowledge
        .refresh()
        .catch((err) => logger.error({ err }, 'reloading knowledge after a change failed'));
    }
  })();
  return changes;
}

async function countOpenUnmatched(database: Database): Promise<number> {
  await foldUnmatchedSightings(database.db);
  const [row] = await database.db
    .select({ n: count() })
    .from(unmatchedMessages)
    .where(isNull(unmatchedMessages.resolvedAt));
  return row?.n ?? 0;
}
