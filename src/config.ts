import proxyaddr from 'proxy-addr';
import { z } from 'zod';

/** true/false, 1/0, yes/no, on/off (any case); anything else names the variable. */
const booleanFlag = z.stringbool();

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** A read replica of DATABASE_URL; shipment lookups read from it. */
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  WISMO_DATA_DIR: z.string().min(1).default('./data'),
  /** Worker processes serving one port (PostgreSQL only: PGlite is one process). */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  WISMO_ADMIN_KEY: z.string().min(24, 'must be at least 24 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Seeds demo shipments on an empty embedded database so lookups can be tried at once. */
  WISMO_DEMO_DATA: booleanFlag.optional(),
  /** Schema introspection; unset means on except in production (where it maps the API for anyone). */
  WISMO_INTROSPECTION: booleanFlag.optional(),
  /** Serve /metrics without a key (otherwise an analytics or admin key is needed). */
  WISMO_METRICS_PUBLIC: booleanFlag.default(false),
  /** Operation names that always get their own metrics label (others: keyed callers' first 200). */
  WISMO_METRICS_OPERATIONS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean),
    ),
  /** GraphiQL on GET /graphql; unset means on except in production (its bundle costs ~70 MB). */
  WISMO_GRAPHIQL: booleanFlag.optional(),
  /** Milliseconds before a PostgreSQL statement is cancelled. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Milliseconds the server waits for in-flight requests on SIGTERM before closing anyway. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),

  /** Query limits: see src/plugins/limits.ts. */
  WISMO_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
  WISMO_MAX_COMPLEXITY: z.coerce.number().int().min(10).max(1_000_000).default(5_000),
  WISMO_MAX_ALIASES: z.coerce.number().int().min(1).max(1000).default(15),
  WISMO_MAX_DIRECTIVES: z.coerce.number().int().min(1).max(1000).default(10),
  WISMO_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(2_000),
  WISMO_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(102_400),

  /** Requests per minute; 0 turns that limit off. Lookups and feedback per client IP, ingestion per key. */
  WISMO_RATE_LOOKUPS_PER_MIN: z.coerce.number().int().min(0).default(300),
  WISMO_RATE_FEEDBACK_PER_MIN: z.coerce.number().int().min(0).default(30),
  /** Knowledge reads (FAQ, statuses, normalizeStatus, node) per client IP. */
  WISMO_RATE_READS_PER_MIN: z.coerce.number().int().min(0).default(1_200),
  WISMO_RATE_INGESTION_PER_MIN: z.coerce.number().int().min(0).default(1_200),
  /** Deliveries a lane (or a broader basis) needs before its transit times give an estimate. */
  WISMO_ETA_MIN_SAMPLE: z.coerce.number().int().min(1).max(1_000_000).default(30),
  /**
   * Behind load balancers: how many proxies to believe in X-Forwarded-For, counted from the right
   * (`true` = 1), or the trusted proxies' addresses/CIDRs, comma-separated (as Express's trust proxy).
   */
  WISMO_TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, ctx): false | number | string[] => {
      const v = value.trim();
      // The usual flag words: on means one proxy (a load balancer) in front.
      if (/^(false|0|no|off)$/i.test(v)) return false;
      if (/^(true|yes|on)$/i.test(v)) return 1;
      if (/^\d+$/.test(v)) return Number(v);
      const list = v
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean);
      try {
        proxyaddr.compile(list);
        return list;
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          message: `expected false, a hop count or proxy addresses: ${(error as Error).message}`,
        });
        return z.NEVER;
      }
    }),
  /** Open subscriptions (SSE streams) per client IP, and in all, per process. */
  WISMO_SSE_MAX_PER_IP: z.coerce.number().int().min(1).default(20),
  WISMO_SSE_MAX_TOTAL: z.coerce.number().int().min(1).default(2_000),
  /** Comma-separated origins allowed by CORS, or * for any (no credentials are used). */
  WISMO_CORS_ORIGINS: z.string().default('*'),
  /** Path of a JSON manifest {hash: query}: only those operations are then accepted. */
  WISMO_PERSISTED_OPERATIONS: z.string().min(1).optional(),
  /** Caches public knowledge answers (invalidated by every content or alias change). */
  WISMO_RESPONSE_CACHE: booleanFlag.default(true),
  /** Bytes the in-process response cache may hold (least recently used answers go first). */
  WISMO_RESPONSE_CACHE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(32 * 1024 * 1024),
  /** Shares rate limits, the response cache and subscription events between instances. */
  /** Prefix of every Redis key, so several deployments (or test runs) can share one Redis. */
  WISMO_REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_:-]{1,64}$/)
    .default('wismo'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
});

export type Config = Readonly<z.infer<typeof Env>>;

export class ConfigError extends Error {}

/** Parses the environment once; a bad value names the variable in one line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An exported-but-empty variable means "not set", as shells and .env files use it.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`Invalid configuration: ${name}: ${issue?.message ?? 'invalid value'}`);
  }
  return Object.freeze(parsed.data);
}
