import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Tracing } from '../tracing.js';
import type { Database } from './client.js';

/**
 * A span per SQL statement, child of whatever span is active (a request's execute span); a
 * statement outside any request (start-up, background work) gets none. The statement text is
 * recorded, its parameters never: they carry tracking numbers and postal codes.
 */
export function traceDatabase(database: Database, tracing: Tracing): void {
  const { api, tracer } = tracing;
  const start = (text: string) => {
    const parent = api.context.active();
    if (!api.trace.getSpan(parent)) return null;
    const operation = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? 'SQL';
    return tracer.startSpan(
      operation,
      {
        kind: api.SpanKind.CLIENT,
        attributes: {
          'db.system.name': 'postgresql',
          'db.operation.name': operation,
          'db.query.text': text,
        },
      },
      parent,
    );
  };
  const finish = (span: ReturnType<typeof start>, error?: unknown) => {
    if (!span) return;
    if (error) {
      span.recordException(error as Error);
      span.setStatus({ code: api.SpanStatusCode.ERROR });
    }
    span.end();
  };
  const textOf = (arg: unknown) =>
    typeof arg === 'string' ? arg : ((arg as { text?: string } | null)?.text ?? '');

  /** Wraps a promise- or callback-style query method in place. */
  const wrap = (target: object, method: 'query' | 'exec') => {
    const owner = target as Record<string, (...args: unknown[]) => unknown>;
    const original = owner[method]!.bind(target);
    owner[method] = (...args: unknown[]) => {
      const span = start(textOf(args[0]));
      if (!span) return original(...args);
      const callback = args.at(-1);
      if (typeof callback === 'function') {
        args[args.length - 1] = (error: unknown, ...rest: unknown[]) => {
          finish(span, error);
          return (callback as (...a: unknown[]) => unknown)(error, ...rest);
        };
        return original(...args);
      }
      return (original(...args) as Promise<unknown>).then(
        (result) => {
          finish(span);
          return result;
        },
        (error: unknown) => {
          finish(span, error);
          throw error;
        },
      );
    };
  };

  const { driver } = database;
  if (driver.kind === 'postgres') {
    // Every statement, pooled or in a transaction, runs on a checked-out client's query();
    // clients opened before tracing started are wrapped when next checked out.
    const wrapped = new WeakSet<pg.PoolClient>();
    driver.pool.on('acquire', (client) => {
      if (wrapped.has(client)) return;
      wrapped.add(client);
      wrap(client, 'query');
    });
    return;
  }
  const client: PGlite = driver.client;
  wrap(client, 'query');
  wrap(client, 'exec');
  const transaction = client.transaction.bind(client);
  client.transaction = ((fn: (tx: object) => Promise<unknown>) =>
    transaction((tx) => {
      wrap(tx, 'query');
      wrap(tx, 'exec');
      return fn(tx);
    })) as PGlite['transaction'];
}
