import { GraphQLError, type GraphQLField, type GraphQLSchema } from 'graphql';
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
import { argumentAt, executedFields } from './executed-fields.js';

export const RATE_LIMIT_BUCKETS = ['lookups', 'reads', 'feedback', 'ingestion'] as const;
export type RateLimitBucket = (typeof RATE_LIMIT_BUCKETS)[number];

/**
 * What a field declares in its Pothos `extensions: { rateLimit: … }`. Every use of the field in
 * the executed selection (each alias, inside fragments too) spends one point of `bucket`, keyed by
 * the caller's IP (ingestion: by API key). `alsoPer` spends a second point keyed by an argument
 * value, so one shopper cannot flood from many addresses nor many shoppers hide behind one.
 */
export interface RateLimitSpec {
  bucket: RateLimitBucket;
  alsoPer?: 'input.clientId';
}

const ALSO_PER = ['input.clientId'] as const;

/** The field's declared limit; throws for a malformed declaration so a typo cannot switch it off. */
export function rateLimitOf(field: GraphQLField<unknown, unknown>): RateLimitSpec | null {
  const spec = (field.extensions as { rateLimit?: unknown } | undefined)?.rateLimit;
  if (spec === undefined) return null;
  const { bucket, alsoPer } = (spec ?? {}) as { bucket?: unknown; alsoPer?: unknown };
  if (
    !RATE_LIMIT_BUCKETS.includes(bucket as RateLimitBucket) ||
    (alsoPer !== undefined && !ALSO_PER.includes(alsoPer as 'input.clientId'))
  ) {
    throw new Error(`Field ${field.name} declares an invalid rateLimit ${JSON.stringify(spec)}`);
  }
  return spec as RateLimitSpec;
}

/** Whether a field is protected by an auth scope (Pothos scope-auth keeps its options). */
export function authScopesOf(field: GraphQLField<unknown, unknown>): unknown {
  const options = (field.extensions as { pothosOptions?: { authScopes?: unknown } } | undefined)
    ?.pothosOptions;
  return options?.authScopes ?? null;
}

export interface RateLimitCharge {
  bucket: RateLimitBucket;
  field: string;
  /** The `alsoPer` value, when the field declares one and the argument is present. */
  alsoPer: string | null;
}

/** Every rate-limited field the operation would execute, at any depth, fragments included. */
export function rateLimitCharges(
  schema: GraphQLSchema,
  document: { definitions: readonly { kind: string }[] },
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): RateLimitCharge[] {
  const charges: RateLimitCharge[] = [];
  for (const executed of executedFields(schema, document, operationName, variables)) {
    const spec = rateLimitOf(executed.field);
    if (!spec) continue;
    const also = spec.alsoPer ? argumentAt(executed, spec.alsoPer, variables) : null;
    charges.push({
      bucket: spec.bucket,
      field: executed.field.name,
      alsoPer: typeof also === 'string' ? also : null,
    });
  }
  return charges;
}

function limiter(points: number, prefix: string, redis: Redis | null): RateLimiterAbstract | null {
  if (points === 0) return null;
  const options = { points, duration: 60, keyPrefix: prefix };
  // One budget for all instances when they share Redis; otherwise each process counts alone.
  return redis
    ? new RateLimiterRedis({ ...options, storeClient: redis })
    : new RateLimiterMemory(options);
}

/** The arguments the check reads: an execution's, from Yoga or from the fast lane. */
export interface RateLimitArgs {
  schema: GraphQLSchema;
  document: { definitions: readonly { kind: string }[] };
  operationName?: string | null | undefined;
  variableValues?: Record<string, unknown> | null | undefined;
  contextValue: UseCaseContext;
}

export interface RateLimits {
  /** Spends the budgets the executed selection declares; the refusal to answer with, or null. */
  check(args: RateLimitArgs): Promise<GraphQLError | null>;
  /**
   * Records that this node request (its IncomingMessage) already spent its budgets, with the
   * outcome: when the fast lane hands the request to Yoga, the plugin answers with that outcome
   * instead of charging a second time.
   */
  settle(nodeRequest: object, refusal: GraphQLError | null): void;
  plugin: Plugin<UseCaseContext>;
}

/**
 * Spends the budgets the executed selection declares: per client IP, except ingestion which is
 * per API key (carriers often share egress addresses).
 */
export function createRateLimits(
  config: Config,
  clientIp: (context: object) => string,
  redis: Redis | null = null,
): RateLimits {
  const perMinute: Record<RateLimitBucket, number> = {
    lookups: config.WISMO_RATE_LOOKUPS_PER_MIN,
    reads: config.WISMO_RATE_READS_PER_MIN,
    feedback: config.WISMO_RATE_FEEDBACK_PER_MIN,
    ingestion: config.WISMO_RATE_INGESTION_PER_MIN,
  };
  const limiters = Object.fromEntries(
    RATE_LIMIT_BUCKETS.map((bucket) => [
      bucket,
      limiter(perMinute[bucket], `${config.WISMO_REDIS_PREFIX}:rl:${bucket}`, redis),
    ]),
  ) as Record<RateLimitBucket, RateLimiterAbstract | null>;
  const settled = new WeakMap<object, GraphQLError | null>();

  async function check(args: RateLimitArgs): Promise<GraphQLError | null> {
    const charges = rateLimitCharges(
      args.schema,
      args.document,
      args.operationName,
      args.variableValues ?? {},
    );
    const spend = new Map<string, { bucket: RateLimitBucket; key: string; points: number }>();
    const charge = (bucket: RateLimitBucket, key: string) => {
      const id = `${bucket}\u0000${key}`;
      const entry = spend.get(id) ?? { bucket, key, points: 0 };
      entry.points += 1;
      spend.set(id, entry);
    };
    const identity = args.contextValue.identity;
    for (const { bucket, alsoPer } of charges) {
      if (!limiters[bucket]) continue;
      if (bucket === 'ingestion') {
        charge(bucket, `key:${identity.keyId ?? identity.keyName ?? 'anonymous'}`);
        continue;
      }
      charge(bucket, `ip:${clientIp(args.contextValue)}`);
      if (alsoPer) charge(bucket, `client:${alsoPer}`);
    }
    for (const { bucket, key, points } of spend.values()) {
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

  /** The decision for this execution: an earlier one the fast lane made, or a new charge. */
  const decide = (args: RateLimitArgs): Promise<GraphQLError | null> => {
    const nodeRequest = (args.contextValue as { req?: object }).req;
    if (nodeRequest && settled.has(nodeRequest)) {
      const refusal = settled.get(nodeRequest)!;
      settled.delete(nodeRequest);
      return Promise.resolve(refusal);
    }
    return check(args);
  };

  return {
    check,
    settle: (nodeRequest, refusal) => settled.set(nodeRequest, refusal),
    plugin: {
      async onExecute({ args, setResultAndStopExecution }) {
        const refused = await decide(args as never);
        if (refused) setResultAndStopExecution({ errors: [refused] });
      },
      async onSubscribe({ args, setResultAndStopExecution }) {
        const refused = await check(args as never);
        if (refused) setResultAndStopExecution({ errors: [refused] });
      },
    },
  };
}
