import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
// graphql's own field collection (the one execute() uses), so fragments, `... on Mutation`,
// @skip/@include and aliases are counted exactly as they run.
import { collectFields, collectSubfields } from 'graphql/execution/collectFields.js';
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

function alsoPerValue(
  spec: RateLimitSpec,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): string | null {
  if (!spec.alsoPer) return null;
  try {
    const args = getArgumentValues(field as never, node, variables);
    const value = (args.input as { clientId?: unknown } | undefined)?.clientId;
    return typeof value === 'string' ? value : null;
  } catch {
    // Invalid arguments fail the field itself; the IP budget is still charged.
    return null;
  }
}

/**
 * Every rate-limited field the operation would execute, at any depth. Fields are collected the
 * way execution collects them: one charge per response name (aliases are separate charges), and
 * for interfaces and unions each possible type's selection is visited once.
 */
export function rateLimitCharges(
  schema: GraphQLSchema,
  document: { definitions: readonly { kind: string }[] },
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): RateLimitCharge[] {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation =
    operations.length === 1 && !operationName
      ? operations[0]
      : operations.find((o) => o.name?.value === operationName);
  if (!operation) return [];
  const fragments: Record<string, FragmentDefinitionNode> = Object.create(null);
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) {
      const fragment = d as FragmentDefinitionNode;
      fragments[fragment.name.value] = fragment;
    }
  }
  const root = schema.getRootType(operation.operation);
  if (!root) return [];
  const charges: RateLimitCharge[] = [];
  // A field node reached through several possible types of an interface is one execution per
  // object, and the same selection; charge it once.
  const charged = new Set<FieldNode>();
  const visit = (type: GraphQLObjectType, fields: Map<string, readonly FieldNode[]>) => {
    for (const nodes of fields.values()) {
      const first = nodes[0]!;
      const field = type.getFields()[first.name.value];
      if (!field) continue; // __typename and introspection
      const spec = rateLimitOf(field);
      if (spec && !charged.has(first)) {
        charged.add(first);
        charges.push({
          bucket: spec.bucket,
          field: field.name,
          alsoPer: alsoPerValue(spec, field, first, variables),
        });
      }
      const named = getNamedType(field.type);
      const types = isObjectType(named)
        ? [named]
        : isAbstractType(named)
          ? schema.getPossibleTypes(named)
          : [];
      for (const possible of types) {
        visit(possible, collectSubfields(schema, fragments, variables, possible, nodes));
      }
    }
  };
  visit(root, collectFields(schema, fragments, variables, root, operation.selectionSet));
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

/**
 * Spends the budgets the executed selection declares: per client IP, except ingestion which is
 * per API key (carriers often share egress addresses).
 */
export function useRateLimits(
  config: Config,
  clientIp: (context: object) => string,
  redis: Redis | null = null,
): Plugin<UseCaseContext> {
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

  async function check(args: {
    schema: GraphQLSchema;
    document: { definitions: readonly { kind: string }[] };
    operationName?: string | null | undefined;
    variableValues?: Record<string, unknown> | null | undefined;
    contextValue: UseCaseContext;
  }) {
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
