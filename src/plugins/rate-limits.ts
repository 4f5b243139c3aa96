import { type FieldNode, GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import type { UseCaseContext } from '../resolvers/context.js';

type Bucket = 'lookups' | 'feedback' | 'ingestion';

/** Which root fields spend which budget. Everything else is cheap or in-memory. */
const FIELD_BUCKETS: Record<string, Bucket> = {
  shipment: 'lookups',
  detectCarrier: 'lookups',
  shipmentUpdated: 'lookups',
  searchFaq: 'lookups',
  submitFeedback: 'feedback',
  requestAgent: 'feedback',
  recordTrackingEvents: 'ingestion',
};

export interface ClientAddress {
  /** The caller's IP as this server sees it (or as the trusted proxy reports it). */
  ip: string;
}

function limiter(points: number, prefix: string, redis: Redis | null): RateLimiterAbstract | null {
  if (points === 0) return null;
  const options = { points, duration: 60, keyPrefix: prefix };
  // One budget for all instances when they share Redis; otherwise each process counts alone.
  return redis
    ? new RateLimiterRedis({ ...options, storeClient: redis })
    : new RateLimiterMemory(options);
}

function rootFields(operation: OperationDefinitionNode): FieldNode[] {
  return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s] : []));
}

/** The `input.clientId` a feedback field was called with, whether inline or in a variable. */
function clientIdOf(field: FieldNode, variables: Record<string, unknown>): string | null {
  const input = field.arguments?.find((a) => a.name.value === 'input')?.value;
  if (input?.kind === Kind.VARIABLE) {
    const value = (variables[input.name.value] as { clientId?: unknown } | undefined)?.clientId;
    return typeof value === 'string' ? value : null;
  }
  if (input?.kind !== Kind.OBJECT) return null;
  const clientId = input.fields.find((f) => f.name.value === 'clientId')?.value;
  if (clientId?.kind === Kind.STRING) return clientId.value;
  if (clientId?.kind === Kind.VARIABLE) {
    const value = variables[clientId.name.value];
    return typeof value === 'string' ? value : null;
  }
  return null;
}

/**
 * Per client IP for lookups and feedback, per API key for carrier ingestion. Each aliased use
 * of a field spends its own point, so aliases cannot multiply a budget.
 */
export function useRateLimits(
  config: Config,
  clientIp: (context: object) => string,
  redis: Redis | null = null,
): Plugin<UseCaseContext> {
  const limiters: Record<Bucket, RateLimiterAbstract | null> = {
    lookups: limiter(
      config.WISMO_RATE_LOOKUPS_PER_MIN,
      `${config.WISMO_REDIS_PREFIX}:rl:lookups`,
      redis,
    ),
    feedback: limiter(
      config.WISMO_RATE_FEEDBACK_PER_MIN,
      `${config.WISMO_REDIS_PREFIX}:rl:feedback`,
      redis,
    ),
    ingestion: limiter(
      config.WISMO_RATE_INGESTION_PER_MIN,
      `${config.WISMO_REDIS_PREFIX}:rl:ingestion`,
      redis,
    ),
  };

  async function check(args: {
    document: unknown;
    operationName?: string | null | undefined;
    variableValues?: Record<string, unknown> | null | undefined;
    contextValue: UseCaseContext;
  }) {
    const document = args.document as { definitions: readonly { kind: string }[] };
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const operation = operations.find(
      (o) => !args.operationName || o.name?.value === args.operationName,
    );
    if (!operation) return null;
    // Budget keys per bucket: the address (or API key) always, and for feedback also the
    // client id, so one shopper cannot flood from many addresses nor many shoppers hide behind one.
    const spend = new Map<string, { bucket: Bucket; points: number }>();
    const charge = (bucket: Bucket, key: string) => {
      const id = `${bucket}\u0000${key}`;
      const entry = spend.get(id) ?? { bucket, points: 0 };
      entry.points += 1;
      spend.set(id, entry);
    };
    const identity = args.contextValue.identity;
    for (const field of rootFields(operation)) {
      const bucket = FIELD_BUCKETS[field.name.value];
      if (!bucket || !limiters[bucket]) continue;
      if (bucket === 'ingestion') {
        charge(bucket, `key:${identity.keyId ?? identity.keyName ?? 'anonymous'}`);
        continue;
      }
      charge(bucket, `ip:${clientIp(args.contextValue)}`);
      const clientId = bucket === 'feedback' ? clientIdOf(field, args.variableValues ?? {}) : null;
      if (clientId) charge(bucket, `client:${clientId}`);
    }
    for (const [id, { bucket, points }] of spend) {
      const key = id.slice(bucket.length + 1);
      try {
        await limiters[bucket]!.consume(key, points);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        return new GraphQLError(
          `Too many ${bucket} requests: try again in ${retryAfter} seconds.`,
          {
            extensions: {
              code: 'RATE_LIMITED',
              retryAfter,
              http: { status: 429, headers: { 'retry-after': String(retryAfter) } },
            },
          },
        );
      }
    }
    return null;
  }

  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const refused = await check(args as never);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      const refused = await check(args as never);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
  };
}
