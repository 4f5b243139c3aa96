import type { RequestListener } from 'node:http';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { IdentityResolver, UnauthenticatedError } from './auth/identity.js';
import { ANONYMOUS, hasRole, type Identity } from './auth/roles.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { createFastLane } from './fast-lane.js';
import { GRAPHIQL_DEFAULT_QUERY } from './graphiql.js';
import type { KnowledgeStore } from './infra/knowledge-store.js';
import type { WismoPubSub } from './infra/pubsub.js';
import { useAgentRequestsExport } from './plugins/agent-requests-export.js';
import { useRequestBodyLimit } from './plugins/body-limit.js';
import { clientIp } from './plugins/client-ip.js';
import { useDatabaseErrors } from './plugins/database-errors.js';
import { useGraphQLJsExecution } from './plugins/execution.js';
import { useFeedbackExport } from './plugins/feedback-export.js';
import { useDatabaseReadiness } from './plugins/health.js';
import { publicQueryCheck, useJitWhereScopesAllow } from './plugins/jit.js';
import { useCsrfRefusalExplained, useJsonOnlyPosts } from './plugins/json-only.js';
import { limitPlugins, queryLimits } from './plugins/limits.js';
import { useMetrics, type WismoMetrics } from './plugins/metrics.js';
import { usePages } from './plugins/pages.js';
import { createRateLimits } from './plugins/rate-limits.js';
import { metaFor, useRequestContext } from './plugins/request-context.js';
import { cacheableQueryText, useKnowledgeCache } from './plugins/response-cache.js';
import { useSubscriptionCaps } from './plugins/subscription-caps.js';
import { useTracing } from './plugins/tracing.js';
import type { BackgroundSeed } from './resolvers/background-seed.js';
import { createUseCaseContext } from './resolvers/context.js';
import type { GraphQLContext } from './schema/builder.js';
import { schema } from './schema/index.js';
import type { Tracing } from './tracing.js';

/** A GET must carry one of these, which a cross-site form or bare GET cannot. */
const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'content-type'] as const;

export interface AppDeps {
  config: Config;
  database: Database;
  knowledge: KnowledgeStore;
  logger: Logger;
  pubsub: WismoPubSub;
  metrics: WismoMetrics;
  /** Shared state for many instances; null keeps it in process. */
  redis?: Redis | null;
  /** Persisted-operations manifest {hash: query}, when only allow-listed operations may run. */
  persistedOperations?: Readonly<Record<string, string>> | null;
  /** GraphiQL's page renderer (bundled assets), or null to serve no explorer. */
  renderGraphiQL?: ((options: object) => string | Promise<string>) | null;
  /** Clock for use cases; tests pin it. */
  now?: () => Date;
  /** Seeding that runs after the server listens (bootstrap's backgroundDemoSeed). */
  seeding?: BackgroundSeed | null;
  /** OpenTelemetry, when configured (null: no tracing plugin at all). */
  tracing?: Tracing | null;
}

export type App = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

export interface HttpSurface {
  /** The fetch handler: tests call it in process. */
  app: App;
  /** What node:http serves: the fast lane for known public lookups in front of `app`. */
  listener: RequestListener;
}

function unauthenticated(error: UnauthenticatedError): GraphQLError {
  // Refuse the whole request: a bad key must never degrade to anonymous partial data.
  return new GraphQLError(error.message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'www-authenticate': 'Bearer' } },
    },
  });
}

/**
 * The whole HTTP surface: a fetch handler (tests call it in process) and the node listener that
 * main.ts serves; listening is main.ts's job.
 */
export function createApp(deps: AppDeps): HttpSurface {
  const { config, database, logger } = deps;
  const identities = new IdentityResolver(database.db, { adminKey: config.WISMO_ADMIN_KEY });
  deps.metrics.listOperations(config.WISMO_METRICS_OPERATIONS);
  const limits = queryLimits(config);
  const now = deps.now ?? (() => new Date());
  const contextFor = (
    meta: { log: Logger; requestId: string },
    identity: Identity,
  ): GraphQLContext => ({
    ...createUseCaseContext(
      {
        db: database.db,
        readDb: database.readDb,
        knowledge: deps.knowledge,
        identities,
        pubsub: deps.pubsub,
        etaMinSample: config.WISMO_ETA_MIN_SAMPLE,
        seeding: deps.seeding ?? null,
        now,
      },
      { log: meta.log, requestId: meta.requestId, identity },
    ),
    queryLimits: limits,
  });
  const rateLimits = createRateLimits(config, clientIp(config), deps.redis ?? null);
  const isPublicQuery = publicQueryCheck(schema);
  // Off with tracing (its spans cover Yoga's phases) and with persisted operations only (the
  // lane knows query texts, which that mode refuses).
  const fastLane = createFastLane({
    schema,
    logger,
    metrics: deps.metrics,
    rateLimits,
    yoga: (req, res) => yoga(req, res),
    context: (meta) => contextFor(meta, ANONYMOUS),
    isPublicQuery,
    cacheable: config.WISMO_RESPONSE_CACHE ? cacheableQueryText(schema) : () => false,
    maxBodyBytes: config.WISMO_MAX_BODY_BYTES,
    enabled: !deps.tracing && !deps.persistedOperations,
  });
  const origins = config.WISMO_CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const plugins: Plugin[] = [
    useRequestContext(logger),
    useDatabaseErrors(logger),
    useMetrics(deps.metrics, async (request) => {
      if (config.WISMO_METRICS_PUBLIC) return true;
      const identity = await identities
        .resolve(request.headers.get('authorization'))
        .catch(() => ANONYMOUS);
      if (hasRole(identity, 'analytics')) return true;
      return identity.role ? 403 : 401;
    }),
    useDatabaseReadiness({ ping: database.ping }),
    useFeedbackExport({ db: database.db, identities, now }),
    useAgentRequestsExport({ db: database.db, identities, now }),
    usePages({ persisted: Boolean(deps.persistedOperations) }),
    useJsonOnlyPosts('/graphql'),
    // Browsers send simple requests without a preflight; a required header makes forged ones fail
    // (GET queries from other sites; POSTs are already JSON-only). See README "Abuse resistance".
    useCsrfRefusalExplained(CSRF_HEADERS),
    useCSRFPrevention({ requestHeaders: [...CSRF_HEADERS] }),
    ...limitPlugins(config),
    rateLimits.plugin as Plugin,
    useSubscriptionCaps(
      { perIp: config.WISMO_SSE_MAX_PER_IP, total: config.WISMO_SSE_MAX_TOTAL },
      clientIp(config),
    ),
    useGraphQLJsExecution(),
    useJitWhereScopesAllow(schema),
    // After jit: a result the lane hands over replaces the executor jit chose.
    fastLane.plugin,
  ];
  // After jit, so the execution it wraps in the request's trace context is the one that runs.
  if (deps.tracing) plugins.push(useTracing(deps.tracing));
  if (config.WISMO_RESPONSE_CACHE)
    plugins.push(
      useKnowledgeCache(deps.knowledge, schema, {
        redis: deps.redis ?? null,
        prefix: config.WISMO_REDIS_PREFIX,
        maxBytes: config.WISMO_RESPONSE_CACHE_MAX_BYTES,
      }),
    );
  if (deps.persistedOperations) {
    const manifest = deps.persistedOperations;
    plugins.push(
      usePersistedOperations({
        // Own keys only: `__proto__` or `constructor` must not reach Object.prototype (a 500).
        getPersistedOperation: (hash) => (Object.hasOwn(manifest, hash) ? manifest[hash]! : null),
        allowArbitraryOperations: false,
        // Yoga's own errors are bare names ("PersistedQueryOnly") and call a query sent without
        // any hash CANNOT_SEND_PQ_ID_AND_BODY: say what the client should send instead.
        customErrors: {
          persistedQueryOnly: {
            message:
              'This server runs only its persisted operations: send extensions.persistedQuery.sha256Hash (a hash from its manifest) instead of a query.',
            extensions: { code: 'PERSISTED_QUERY_ONLY' },
          },
          keyNotFound: {
            message:
              'This server runs only its persisted operations: send extensions.persistedQuery.sha256Hash (a hash from its manifest).',
            extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED' },
          },
          notFound: {
            message:
              "No persisted operation has this hash: send one from the server's manifest (npm run pages:manifest writes it).",
            extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' },
          },
        },
      }),
    );
  }
  // Last: it wraps whichever request parser the plugins before it chose.
  plugins.push(useRequestBodyLimit(config.WISMO_MAX_BODY_BYTES));
  const yoga = createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    logging: logger.child({ component: 'yoga' }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    batching: false,
    // useRequestBodyLimit (last of `plugins`) limits the body instead.
    maxRequestBodySize: false,
    cors: origins.includes('*')
      ? { origin: '*', credentials: false }
      : { origin: origins, credentials: false },
    graphiql: deps.renderGraphiQL
      ? { title: 'wismo', defaultQuery: GRAPHIQL_DEFAULT_QUERY }
      : false,
    // Bundled GraphiQL: the explorer must work on a machine without internet access.
    ...(deps.renderGraphiQL ? { renderGraphiQL: deps.renderGraphiQL } : {}),
    maskedErrors: { isDev: false },
    plugins,
    context: async ({ request }) => {
      const meta = metaFor(request, logger);
      const identity = await identities
        .resolve(request.headers.get('authorization'))
        .catch((error: unknown) => {
          throw error instanceof UnauthenticatedError ? unauthenticated(error) : error;
        });
      return contextFor(meta, identity);
    },
  });
  return { app: yoga, listener: fastLane.listener };
}
