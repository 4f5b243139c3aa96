import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { NotifyEventTarget } from '../db/notify-event-target.js';

export interface EventTransport {
  /** Carries subscription events and cache invalidations to every instance. */
  events: EventTarget;
  /** Rate-limit counters shared by every instance; null counts in process. */
  redis: Redis | null;
  close(): Promise<void>;
}

/**
 * With REDIS_URL, instances share rate limits and events through Redis; without it, events
 * still reach every instance on the same PostgreSQL through NOTIFY, and limits are per process.
 * The Redis client packages are imported only then, so a single instance never loads them.
 */
export async function openEventTransport(
  config: Config,
  database: Database,
  logger: Logger,
): Promise<EventTransport> {
  if (!config.REDIS_URL) {
    const events = new NotifyEventTarget(database, logger.child({ component: 'events' }));
    await events.start();
    return { events, redis: null, close: () => events.close() };
  }
  const [{ Redis }, { createRedisEventTarget }] = await Promise.all([
    import('ioredis'),
    import('@graphql-yoga/redis-event-target'),
  ]);
  const connect = () =>
    new Redis(config.REDIS_URL!, {
      maxRetriesPerRequest: 2,
      enableOfflineQueue: false,
      lazyConnect: true,
    });
  const [publishClient, subscribeClient, redis] = [connect(), connect(), connect()];
  for (const client of [publishClient, subscribeClient, redis]) {
    client.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
    await client.connect();
  }
  const events = createRedisEventTarget({
    publishClient,
    subscribeClient,
  }) as unknown as EventTarget;
  return {
    events,
    redis,
    close: async () => {
      await Promise.all(
        [publishClient, subscribeClient, redis].map((c) => c.quit().catch(() => {})),
      );
    },
  };
}
