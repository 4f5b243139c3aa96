import { createHash } from 'node:crypto';
import { createRedisCache } from '@envelop/response-cache-redis';
import {
  type Cache,
  createInMemoryCache,
  useResponseCache,
} from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { KnowledgeStore } from '../infra/knowledge-store.js';
import type { UseCaseContext } from '../resolvers/context.js';

/** Knowledge answers stay fresh this long at most; edits invalidate them at once anyway. */
export const KNOWLEDGE_TTL_MS = 60_000;

const CACHED_FIELDS = [
  'trackingStatuses',
  'trackingStatus',
  'faqQuestions',
  'faqQuestion',
  'searchFaq',
  'normalizeStatus',
];
const KNOWLEDGE_FIELDS = new RegExp(`\\b(${CACHED_FIELDS.join('|')})\\b`);

/** Types whose answers change with every scan, vote or key: never served from cache. */
const UNCACHED_TYPES = [
  'Shipment',
  'TrackingEvent',
  'CarrierCandidate',
  'ApiKey',
  'CreateApiKeyPayload',
  'FeedbackEntry',
  'FeedbackSummary',
  'FeedbackBucket',
  'UnmatchedMessage',
  'AgentHandoff',
];

/**
 * Caches public knowledge (statuses, aliases, FAQ, normalisation) per operation and variables.
 * Keys carry the knowledge fingerprint, so an alias or content change makes every earlier entry
 * unreachable on every instance; mutations returning a FaqQuestion evict entries holding it.
 * Only fields listed here are cached; anything else in the operation makes it uncacheable.
 */
export function useKnowledgeCache(
  knowledge: KnowledgeStore,
  redis: Redis | null,
  prefix = 'wismo',
): Plugin {
  const cache: Cache = redis
    ? (createRedisCache({
        redis,
        buildRedisEntityId: (typename, id) => `${prefix}:rc:entity:${typename}:${id}`,
        buildRedisOperationResultCacheKey: (responseId) => `${prefix}:rc:operation:${responseId}`,
      }) as unknown as Cache)
    : createInMemoryCache({ max: 5_000 });
  return useResponseCache<UseCaseContext>({
    cache,
    ttl: 0,
    // Type names and field coordinates share one map: a type's TTL applies wherever it appears.
    ttlPerSchemaCoordinate: {
      ...Object.fromEntries(CACHED_FIELDS.map((f) => [`Query.${f}`, KNOWLEDGE_TTL_MS])),
      ...Object.fromEntries(UNCACHED_TYPES.map((t) => [t, 0])),
    },
    // Only anonymous requests use the cache: its lookup runs before the API key is checked,
    // so a keyed caller (who may see protected fields) must never read or write shared entries.
    session: () => null,
    enabled: (request, context) => {
      if (request.headers.has('authorization')) return false;
      // Skips the plugin's per-request bookkeeping for operations it would never cache (lookups).
      const query = (context as { params?: { query?: unknown } } | undefined)?.params?.query;
      return typeof query !== 'string' || KNOWLEDGE_FIELDS.test(query);
    },
    // A synchronous hash: WebCrypto's async digest cost more per request than the cached answer.
    buildResponseCacheKey: async ({ documentString, variableValues, operationName, sessionId }) =>
      createHash('sha256')
        .update(
          JSON.stringify([
            knowledge.current.fingerprint,
            sessionId ?? '',
            operationName ?? '',
            documentString,
            variableValues ?? {},
          ]),
        )
        .digest('base64url'),
    includeExtensionMetadata: false,
  });
}
