import type pg from 'pg';
import type { Logger } from 'pino';
import type { Database } from './client.js';

const CHANNEL = 'wismo_events';
/** PostgreSQL refuses NOTIFY payloads from 8000 bytes; events carry keys, not documents. */
const MAX_PAYLOAD = 7900;

interface Envelope {
  topic: string;
  detail: unknown;
}

/**
 * An EventTarget whose events travel through PostgreSQL NOTIFY, so every wismo process on the
 * same database (or the one process on PGlite) hears every publish: subscriptions and cache
 * invalidations work across instances without another service.
 */
export class NotifyEventTarget extends EventTarget {
  #stop: (() => Promise<void>) | null = null;
  #closed = false;

  constructor(
    private readonly database: Database,
    private readonly log: Logger,
  ) {
    super();
  }

  async start(): Promise<void> {
    const { driver } = this.database;
    if (driver.kind === 'pglite') {
      const unlisten = await driver.client.listen(CHANNEL, (payload) => this.#receive(payload));
      this.#stop = () => unlisten();
      return;
    }
    await this.#listenPostgres(driver.pool.options.connectionString ?? '');
  }

  override dispatchEvent(event: Event): boolean {
    const detail = (event as CustomEvent).detail ?? null;
    const payload = JSON.stringify({ topic: event.type, detail } satisfies Envelope);
    if (payload.length > MAX_PAYLOAD) {
      this.log.error({ topic: event.type, bytes: payload.length }, 'event too large to publish');
      return false;
    }
    this.#notify(payload).catch((err) =>
      this.log.error({ err, topic: event.type }, 'publish failed'),
    );
    return true;
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#stop?.();
  }

  async #notify(payload: string): Promise<void> {
    const { driver } = this.database;
    const sql = 'select pg_notify($1, $2)';
    if (driver.kind === 'pglite') await driver.client.query(sql, [CHANNEL, payload]);
    else await driver.pool.query(sql, [CHANNEL, payload]);
  }

  #receive(payload: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(payload) as Envelope;
    } catch {
      return;
    }
    super.dispatchEvent(new CustomEvent(envelope.topic, { detail: envelope.detail }));
  }

  /** A dedicated connection: LISTEN is per session, and a pooled one would be handed back. */
  async #listenPostgres(connectionString: string): Promise<void> {
    // Imported here: an embedded (PGlite) instance never loads the PostgreSQL driver.
    const { Client } = (await import('pg')).default;
    let client: pg.Client | null = null;
    let retry: NodeJS.Timeout | undefined;
    const connect = async (): Promise<void> => {
      if (this.#closed) return;
      const next = new Client({ connectionString });
      next.on('notification', (msg) => {
        if (msg.channel === CHANNEL && msg.payload) this.#receive(msg.payload);
      });
      next.on('error', () => {
        next.end().catch(() => {});
        schedule();
      });
      try {
        await next.connect();
        await next.query(`listen ${CHANNEL}`);
        client = next;
      } catch (err) {
        this.log.warn({ err }, 'event listener could not connect; retrying');
        next.end().catch(() => {});
        schedule();
      }
    };
    const schedule = () => {
      if (this.#closed || retry) return;
      client = null;
      retry = setTimeout(() => {
        retry = undefined;
        void connect();
      }, 1000);
      retry.unref();
    };
    await connect();
    this.#stop = async () => {
      clearTimeout(retry);
      await client?.end().catch(() => {});
    };
  }
}
