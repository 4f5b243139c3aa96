import type pg from 'pg';
import type { Logger } from 'pino';
import type { Database } from './client.js';

const CHANNEL = 'wismo_events';
/** PostgreSQL refuses NOTIFY payloads from 8000 bytes; events carry keys, not documents. */
const MAX_PAYLOAD = 7900;
/**
 * Publishes within this window travel as one NOTIFY (a JSON array of envelopes): a busy
 * ingestion publishes once per batch, and a statement per publish cost a pooled connection, a
 * round trip and PostgreSQL's parse of `select pg_notify` each time. Subscribers hear of a
 * change at most this much later.
 */
const COALESCE_MS = 10;

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
  /** Serialised envelopes waiting for the window to close, and their length joined. */
  #pending: string[] = [];
  #pendingBytes = 0;
  #flushTimer: NodeJS.Timeout | null = null;
  #inFlight = new Set<Promise<void>>();

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
    const envelope = JSON.stringify({ topic: event.type, detail } satisfies Envelope);
    // Measured as it will travel: inside brackets, in UTF-8 (PostgreSQL counts bytes).
    const bytes = Buffer.byteLength(envelope) + 1;
    if (bytes + 1 > MAX_PAYLOAD) {
      this.log.error({ topic: event.type, bytes }, 'event too large to publish');
      return false;
    }
    if (this.#pendingBytes + bytes + 1 > MAX_PAYLOAD) this.#flush();
    this.#pending.push(envelope);
    this.#pendingBytes += bytes;
    this.#flushTimer ??= setTimeout(() => this.#flush(), COALESCE_MS);
    return true;
  }

  async close(): Promise<void> {
    this.#flush();
    await Promise.all(this.#inFlight);
    this.#closed = true;
    await this.#stop?.();
  }

  #flush(): void {
    if (this.#flushTimer) clearTimeout(this.#flushTimer);
    this.#flushTimer = null;
    if (this.#pending.length === 0) return;
    const payload = `[${this.#pending.join(',')}]`;
    const count = this.#pending.length;
    this.#pending = [];
    this.#pendingBytes = 0;
    const sent = this.#notify(payload)
      .catch((err) => this.log.error({ err, events: count }, 'publish failed'))
      .finally(() => this.#inFlight.delete(sent));
    this.#inFlight.add(sent);
  }

  async #notify(payload: string): Promise<void> {
    const { driver } = this.database;
    const sql = 'select pg_notify($1, $2)';
    if (driver.kind === 'pglite') await driver.client.query(sql, [CHANNEL, payload]);
    else await driver.pool.query(sql, [CHANNEL, payload]);
  }

  #receive(payload: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch {
      return;
    }
    // An array from this version; a single envelope from an instance still on the one before.
    for (const envelope of (Array.isArray(parsed) ? parsed : [parsed]) as Envelope[]) {
      if (typeof envelope?.topic !== 'string') continue;
      super.dispatchEvent(new CustomEvent(envelope.topic, { detail: envelope.detail }));
    }
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
