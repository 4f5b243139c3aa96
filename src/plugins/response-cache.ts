import { createHash } from 'node:crypto';
import { type Cache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import {
  type ExecutionResult,
  type GraphQLField,
  type GraphQLSchema,
  isInterfaceType,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { KnowledgeStore } from '../infra/knowledge-store.js';
import type { UseCaseContext } from '../resolvers/context.js';
import { argumentAt, executedFields, selectedOperation } from './executed-fields.js';

/**
 * What a field declares in its Pothos `extensions: { cache: … }`:
 * - on a Query field, `{ ttlMs }`: answers made only of such fields are shared between anonymous
 *   callers for that long at most (an operation with any other root field is never cached);
 * - on a Mutation field, `{ evicts: { type, idArgument } }`: once it ran, every cached answer
 *   holding that object (global id taken from the argument path) is dropped.
 */
export interface CacheSpec {
  ttlMs?: number;
  evicts?: { type: string; idArgument: string };
}

export function cacheSpecOf(field: GraphQLField<unknown, unknown>): CacheSpec | null {
  const spec = (field.extensions as { cache?: unknown } | undefined)?.cache;
  if (spec === undefined) return null;
  const { ttlMs, evicts } = (spec ?? {}) as CacheSpec;
  const validTtl = ttlMs === undefined || (Number.isInteger(ttlMs) && ttlMs > 0);
  const validEvicts =
    evicts === undefined ||
    (typeof evicts?.type === 'string' && typeof evicts.idArgument === 'string');
  if (!validTtl || !validEvicts || (ttlMs === undefined && evicts === undefined)) {
    throw new Error(`Field ${field.name} declares an invalid cache ${JSON.stringify(spec)}`);
  }
  return spec as CacheSpec;
}

/** Per-coordinate TTLs for the response-cache plugin, read from the schema's declarations. */
export function cachePolicy(schema: GraphQLSchema) {
  const ttlPerSchemaCoordinate: Record<string, number> = {};
  const cachedFields: string[] = [];
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const ttl = cacheSpecOf(field)?.ttlMs;
    // Undeclared root fields pin the operation's TTL to 0: it is not cached at all.
    ttlPerSchemaCoordinate[`Query.${field.name}`] = ttl ?? 0;
    if (ttl) cachedFields.push(field.name);
  }
  // Typed errors (ShipmentNotFound, …) describe one request's input: never shared.
  const errorInterface = schema.getType('Error');
  if (isInterfaceType(errorInterface)) {
    for (const type of schema.getPossibleTypes(errorInterface))
      ttlPerSchemaCoordinate[type.name] = 0;
  }
  return { ttlPerSchemaCoordinate, cachedFields };
}

/**
 * Whether the cache looks at a query text at all (it names a cacheable root field): anonymous
 * requests for any other text skip the plugin's per-request bookkeeping, and the fast lane.
 */
export function cacheableQueryText(schema: GraphQLSchema): (query: string) => boolean {
  const { cachedFields } = cachePolicy(schema);
  const pattern = new RegExp(`\\b(${cachedFields.join('|')})\\b`);
  return (query) => pattern.test(query);
}

/** The variables the operation declares: undeclared extras must not multiply cache entries. */
export function declaredVariables(
  operation: OperationDefinitionNode | null,
  variables: Record<string, unknown> | null | undefined,
): Record<string, unknown> {
  const used: Record<string, unknown> = {};
  for (const definition of operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables && Object.hasOwn(variables, name)) used[name] = variables[name];
  }
  return used;
}

/** Bytes an answer holds in the heap, estimated from its JSON (measured ratio, see README). */
export function entrySize(result: ExecutionResult): number {
  return Math.max(1, JSON.stringify(result).length * 2);
}

/**
 * The in-process cache: an LRU bounded by bytes (not entries), with the entity index the plugin
 * needs to evict answers holding an object.
 */
export function createByteBoundedCache(maxBytes: number): Cache & { readonly bytes: number } {
  const entitiesOf = new Map<string, Set<string>>();
  const responsesOf = new Map<string, Set<string>>();
  const forget = (responseId: string) => {
    for (const entity of entitiesOf.get(responseId) ?? []) {
      const responses = responsesOf.get(entity);
      responses?.delete(responseId);
      if (responses?.size === 0) responsesOf.delete(entity);
    }
    entitiesOf.delete(responseId);
  };
  const responses = new LRUCache<string, ExecutionResult>({
    maxSize: maxBytes,
    sizeCalculation: entrySize,
    allowStale: false,
    // Entries bigger than the whole budget are refused rather than emptying the cache.
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
    dispose: (_value, responseId) => forget(responseId),
  });
  const link = (entity: string, responseId: string, entities: Set<string>) => {
    const ids = responsesOf.get(entity) ?? new Set<string>();
    responsesOf.set(entity, ids);
    ids.add(responseId);
    entities.add(entity);
  };
  return {
    get bytes() {
      return responses.calculatedSize;
    },
    set(responseId, result, entities, ttl) {
      responses.set(responseId, result, { ttl });
      if (!responses.has(responseId)) return; // refused: larger than an entry may be
      forget(responseId);
      const linked = new Set<string>();
      entitiesOf.set(responseId, linked);
      for (const { typename, id } of entities) {
        link(typename, responseId, linked);
        if (id !== undefined) link(`${typename}:${id}`, responseId, linked);
      }
    },
    get(responseId) {
      return responses.get(responseId) ?? null;
    },
    invalidate(entities) {
      for (const { typename, id } of entities) {
        const key = id == null ? typename : `${typename}:${id}`;
        for (const responseId of [...(responsesOf.get(key) ?? [])]) responses.delete(responseId);
      }
    },
  };
}

/**
 * Caches public knowledge for anonymous callers, keyed on the knowledge fingerprint (an alias or
 * content change makes every earlier entry unreachable on every instance), the document and the
 * variables it declares. Mutations evict what they declare and what they return.
 */
/**
 * The shared cache in Redis. Its package is imported only when Redis is configured, so a single
 * instance never loads it; the import has finished long before the first request in practice,
 * and a request that comes sooner waits for it.
 */
function redisCache(redis: Redis, prefix: string): Cache {
  const ready = import('@envelop/response-cache-redis').then(({ createRedisCache }) =>
    createRedisCache({
      redis,
      buildRedisEntityId: (typename, id) => `${prefix}:rc:entity:${typename}:${id}`,
      buildRedisOperationResultCacheKey: (responseId) => `${prefix}:rc:operation:${responseId}`,
    }),
  );
  // A failed import surfaces on first use, as that request's error, not as a crash now.
  ready.catch(() => {});
  return {
    set: async (...args) => (await ready).set(...args),
    get: async (id) => (await ready).get(id),
    invalidate: async (entities) => (await ready).invalidate(entities),
  };
}

export function useKnowledgeCache(
  knowledge: KnowledgeStore,
  schema: GraphQLSchema,
  options: { redis: Redis | null; prefix?: string; maxBytes: number },
): Plugin {
  const prefix = options.prefix ?? 'wismo';
  const cache: Cache = options.redis
    ? redisCache(options.redis, prefix)
    : createByteBoundedCache(options.maxBytes);
  const { ttlPerSchemaCoordinate } = cachePolicy(schema);
  const mayBeCached = cacheableQueryText(schema);
  // Only anonymous requests use the cache: its lookup runs before the API key is checked,
  // so a keyed caller (who may see protected fields) must never read or write shared entries.
  // Operations it would never cache (lookups, mutations) skip the plugin's bookkeeping.
  const cacheable = (request: Request, query: unknown) =>
    !request.headers.has('authorization') && (typeof query !== 'string' || mayBeCached(query));
  const responseCache = useResponseCache<UseCaseContext>({
    cache,
    ttl: 0,
    ttlPerSchemaCoordinate,
    session: () => null,
    enabled: (request, context) =>
      cacheable(request, (context as { params?: { query?: unknown } } | undefined)?.params?.query),
    // A synchronous hash: WebCrypto's async digest cost more per request than the cached answer.
    buildResponseCacheKey: async ({ documentString, variableValues, operationName, request }) => {
      // Yoga's plugin builds a key for every request, also those the cache then ignores: a
      // carrier's 50-event batch was serialised and hashed (~3 % of its CPU) for nothing. The
      // key of a request the cache is off for is never read (the plugin checks enabled first),
      // and nothing is ever stored under it (shouldCacheResult), whatever changes in between.
      if (!cacheable(request, documentString)) return NOT_CACHED;
      // Yoga's plugin also builds the key in onParams, before the operation is parsed: the
      // variable declarations come from the document text itself (parsed once per text).
      const operation = selectedOperation(
        { definitions: operationsOf(documentString) },
        operationName,
      );
      const variables = variableValues as Record<string, unknown> | undefined;
      return createHash('sha256')
        .update(
          JSON.stringify([
            knowledge.current.fingerprint,
            operationName ?? '',
            documentString,
            declaredVariables(operation, variables),
          ]),
        )
        .digest('base64url');
    },
    // Any error (a typed one sits in data; these are top-level) makes the answer one-off.
    shouldCacheResult: ({ cacheKey, result }) => cacheKey !== NOT_CACHED && !result.errors?.length,
    includeExtensionMetadata: false,
  });
  const evicting = evictingMutations(schema);
  const evictions: Plugin = {
    onExecute({ args }) {
      const operation = selectedOperation(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      // Most mutations evict nothing (an ingestion batch): skip walking their arguments.
      if (!mayEvict(operation, evicting)) return;
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const targets = executedFields(args.schema, args.document, args.operationName, variables, {
        rootOnly: true,
      }).flatMap((executed) => {
        const evicts = cacheSpecOf(executed.field)?.evicts;
        const id = evicts ? argumentAt(executed, evicts.idArgument, variables) : null;
        return evicts && (typeof id === 'string' || typeof id === 'number')
          ? [{ typename: evicts.type, id }]
          : [];
      });
      if (targets.length === 0) return;
      return {
        // After the change is stored, so a reader cannot re-cache the old answer in between.
        onExecuteDone: async () => {
          await cache.invalidate(targets);
        },
      };
    },
  };
  return {
    onPluginInit({ addPlugin }) {
      // Evictions first: its onExecute records the operation the cache key then reads.
      addPlugin(evictions);
      addPlugin(responseCache as Plugin);
    },
  };
}

/** Names of the Mutation fields that declare an eviction. */
function evictingMutations(schema: GraphQLSchema): ReadonlySet<string> {
  const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
  return new Set(fields.filter((f) => cacheSpecOf(f)?.evicts).map((f) => f.name));
}

/** Whether a mutation may run an evicting field: fragments at its root are not looked into. */
function mayEvict(operation: OperationDefinitionNode, evicting: ReadonlySet<string>): boolean {
  return operation.selectionSet.selections.some(
    (s) => s.kind !== Kind.FIELD || evicting.has(s.name.value),
  );
}

/** The key of a request the cache ignores: never stored, never looked up. */
const NOT_CACHED = 'not-cached';

/** Operation definitions per document text, for the cache key (Yoga's parse cache is not exposed). */
const operationsByText = new LRUCache<string, readonly OperationDefinitionNode[]>({ max: 1_000 });

function operationsOf(documentString: string): readonly OperationDefinitionNode[] {
  let found = operationsByText.get(documentString);
  if (found === undefined) {
    try {
      found = parse(documentString, { noLocation: true }).definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
    } catch {
      // Unparseable text is refused before anything is cached; no declarations, no variables.
      found = [];
    }
    operationsByText.set(documentString, found);
  }
  return found;
}
