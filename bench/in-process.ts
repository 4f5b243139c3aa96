import { pino } from 'pino';
import { bootstrap } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { DEFAULT_DATABASE_URL } from './options.js';

/**
 * wismo booted inside the bench process, as production runs it, against the benchmark database,
 * with the given rate limits lifted: the in-process benches measure CPU per request without
 * sockets or a load generator. Request lines are written at production's level (info) to a
 * sink that costs nothing to write to.
 */
export function bootstrapInProcess(overrides: Record<string, string>) {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    WISMO_DEMO_DATA: 'false',
    ...overrides,
  });
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' }, pino.destination('/dev/null'));
  return bootstrap(config, logger);
}
