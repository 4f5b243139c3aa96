import { z } from 'zod';

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  WISMO_DATA_DIR: z.string().min(1).default('./data'),
  WISMO_ADMIN_KEY: z.string().min(24, 'must be at least 24 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Seeds demo shipments on an empty embedded database so lookups can be tried at once. */
  WISMO_DEMO_DATA: booleanFlag.optional(),
  /** Introspection stays on by default so GraphiQL can explore the schema. */
  WISMO_INTROSPECTION: booleanFlag.default(true),
  WISMO_GRAPHIQL: booleanFlag.default(true),
  /** Milliseconds before a PostgreSQL statement is cancelled. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Milliseconds the server waits for in-flight requests on SIGTERM before closing anyway. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
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
