import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import pg from 'pg';
import { type Logger, pino } from 'pino';
import { inject } from 'vitest';
import { bootstrap, type Wismo } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';

export interface SqlCounter {
  count: number;
  statements: string[];
  reset(): void;
}

export interface TestApp extends Wismo {
  sql: SqlCounter;
  /** The PostgreSQL database this app uses; null on PGlite. */
  databaseUrl: string | null;
}

/**
 * A wismo instance on its own database: in-memory PGlite (a copy of the one the global setup
 * migrated and seeded), or, when DATABASE_URL is set, a fresh PostgreSQL database created for
 * this test file and dropped after it.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: {
    now?: () => Date /** Join this database instead of creating one. */;
    databaseUrl?: string;
    /** Where the app logs; silent by default. */
    logger?: Logger;
    /** Turns tracing on and exports its spans here. */
    traceExporter?: SpanExporter;
    /** Seed the demo parcels only when `startBackgroundWork()` is called, as main.ts does. */
    backgroundDemoSeed?: boolean;
  } = {},
): Promise<TestApp> {
  const sql: SqlCounter = {
    count: 0,
    statements: [],
    reset() {
      this.count = 0;
      this.statements = [];
    },
  };
  const { databaseUrl, logger, ...bootOptions } = options;
  const baseUrl = process.env.DATABASE_URL;
  const database = !databaseUrl && baseUrl ? await createScratchDatabase(baseUrl) : null;
  const url = databaseUrl ?? database?.url;
  const config = loadConfig({
    NODE_ENV: 'test',
    WISMO_DATA_DIR: 'memory://',
    // Suites share one in-process "IP"; the limits have their own test with small budgets.
    WISMO_RATE_LOOKUPS_PER_MIN: '100000',
    WISMO_RATE_FEEDBACK_PER_MIN: '100000',
    WISMO_RATE_READS_PER_MIN: '100000',
    WISMO_RATE_INGESTION_PER_MIN: '100000',
    ...(url ? { DATABASE_URL: url } : {}),
    ...env,
  });
  const snapshot = url ? null : await pgliteSnapshot();
  const wismo = await bootstrap(
    config,
    logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    {
      ...(snapshot ? { pgliteDataDir: snapshot } : {}),
      onQuery: (query) => {
        sql.count += 1;
        sql.statements.push(query);
      },
      ...bootOptions,
    },
  );
  return {
    ...wismo,
    databaseUrl: url ?? null,
    sql,
    close: async () => {
      await wismo.close();
      await database?.drop();
    },
  };
}

let snapshotBytes: Promise<Blob | null> | undefined;

/** The global setup's PGlite dump, read once per test file (apps of one file share the bytes). */
function pgliteSnapshot(): Promise<Blob | null> {
  snapshotBytes ??= (async () => {
    const file = inject('pgliteSnapshot');
    return file ? new Blob([await readFile(file)]) : null;
  })();
  return snapshotBytes;
}

export async function createScratchDatabase(baseUrl: string) {
  const name = `wismo_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
