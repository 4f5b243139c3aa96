import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { MatchMethod } from '../domain/status-normalizer.js';

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Operation names come from clients: past this many distinct ones, the rest count as "other". */
const MAX_OPERATION_LABELS = 200;

export interface MetricsSources {
  /** Current PostgreSQL pool sizes, or null on PGlite. */
  pool: () => { total: number; idle: number; waiting: number } | null;
  /** Open unmatched messages, read at scrape time. */
  unmatchedOpen: () => Promise<number>;
}

/** One registry per app, so two apps in one process (tests, workers) never collide. */
export class WismoMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'wismo_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'wismo_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'wismo_graphql_errors_total',
    help: 'GraphQL errors by code (INTERNAL for masked unexpected errors).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly fastLane = new Counter({
    name: 'wismo_graphql_fast_lane_total',
    help: 'Known public queries the fast lane answered (served) or handed to Yoga after charging the rate limits, with a refusal or an error to answer (handed_over).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly normalizer = new Counter({
    name: 'wismo_normalizer_matches_total',
    help: 'Carrier messages normalised, by match method.',
    labelNames: ['method'] as const,
    registers: [this.registry],
  });
  readonly #operations = new Set<string>();

  constructor(sources: MetricsSources) {
    collectDefaultMetrics({ register: this.registry, prefix: 'wismo_' });
    new Gauge({
      name: 'wismo_db_pool_connections',
      help: 'PostgreSQL pool connections by state (absent on embedded PGlite).',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const pool = sources.pool();
        if (!pool) return;
        this.set({ state: 'total' }, pool.total);
        this.set({ state: 'idle' }, pool.idle);
        this.set({ state: 'waiting' }, pool.waiting);
      },
    });
    new Gauge({
      name: 'wismo_unmatched_messages_open',
      help: 'Carrier wordings waiting for an editor to map them.',
      registers: [this.registry],
      async collect() {
        this.set(await sources.unmatchedOpen());
      },
    });
  }

  countMatch(method: MatchMethod): void {
    this.normalizer.inc({ method });
  }

  /** Names an operator listed (WISMO_METRICS_OPERATIONS): always their own label. */
  readonly #listed = new Set<string>();

  listOperations(names: Iterable<string>): void {
    for (const name of names) if (OPERATION_NAME.test(name)) this.#listed.add(name);
  }

  /**
   * The label for a client-chosen operation name. Listed names always get one; otherwise only
   * callers with an API key add new labels (up to MAX_OPERATION_LABELS), so anonymous callers
   * cannot use up the label budget with made-up names.
   */
  operationLabel(name: string | null | undefined, mayAddLabel = true): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.#listed.has(name) || this.#operations.has(name)) return name;
    if (!mayAddLabel || this.#operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.#operations.add(name);
    return name;
  }
}

/** Serves `/metrics` and records every GraphQL request's outcome and latency. */
export function useMetrics(
  metrics: WismoMetrics,
  /**
   * Whether this request may read /metrics (an analytics or admin key, or public metrics):
   * true, or the status of the refusal (401 without a valid key, 403 for another role).
   */
  mayRead: (request: Request) => Promise<true | 401 | 403>,
): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== '/metrics') return;
      const allowed = await mayRead(request);
      if (allowed !== true) {
        endResponse(
          new Response(
            allowed === 403
              ? 'Metrics need the analytics or admin role; this key has another.\n'
              : 'Metrics need an analytics or admin key: send "Authorization: Bearer <key>".\n',
            {
              status: allowed,
              headers: {
                'content-type': 'text/plain',
                ...(allowed === 401 ? { 'www-authenticate': 'Bearer' } : {}),
              },
            },
          ),
        );
        return;
      }
      endResponse(
        new Response(await metrics.registry.metrics(), {
          headers: { 'content-type': metrics.registry.contentType },
        }),
      );
    },
    onExecute({ args }) {
      const started = performance.now();
      // Clients often name the operation only in the document, not in the request.
      const name = getOperationAST(args.document, args.operationName)?.name?.value;
      const keyed = Boolean(
        (args.contextValue as { identity?: { role?: unknown } }).identity?.role,
      );
      const operation = metrics.operationLabel(name, keyed);
      return {
        onExecuteDone({ result }) {
          const results = 'errors' in result || 'data' in result ? [result] : [];
          const errors = results.flatMap((r) => ('errors' in r ? (r.errors ?? []) : []));
          for (const error of errors) {
            metrics.errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL') });
          }
          metrics.requests.inc({ operation, outcome: errors.length ? 'error' : 'ok' });
          metrics.duration.observe({ operation }, (performance.now() - started) / 1000);
        },
      };
    },
  };
}
