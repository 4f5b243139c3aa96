import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  type GraphQLError,
  type GraphQLSchema,
  getOperationAST,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { refusedBeforeRunning } from './plugins/jit.js';
import { findUnstorable } from './plugins/limits.js';
import type { WismoMetrics } from './plugins/metrics.js';
import type { RateLimits } from './plugins/rate-limits.js';
import { requestIdOf } from './plugins/request-context.js';
import type { GraphQLContext } from './schema/builder.js';

/** A query text (and operation name) that already ran cleanly through Yoga, compiled once. */
interface KnownQuery {
  document: DocumentNode;
  operationName: string | null;
  /** The operation's own name, for the metrics label (clients often name it only there). */
  documentName: string | undefined;
  compiled: CompiledQuery;
}

export interface FastLaneOptions {
  schema: GraphQLSchema;
  logger: Logger;
  metrics: WismoMetrics;
  rateLimits: RateLimits;
  /** Yoga's node listener: every request the lane does not answer goes there. */
  yoga: RequestListener;
  /** The context Yoga's context factory builds for an anonymous caller. */
  context: (meta: { requestId: string; log: Logger }) => GraphQLContext;
  /** Documents the jit plugin would compile (queries selecting nothing protected). */
  isPublicQuery: (document: DocumentNode) => boolean;
  /** Texts the response cache would look at: those stay on Yoga. */
  cacheable: (query: string) => boolean;
  maxBodyBytes: number;
  /** Off when tracing or persisted operations are on: then every request goes through Yoga. */
  enabled: boolean;
}

export interface FastLane {
  /** The node:http listener: the lane in front of Yoga. */
  listener: RequestListener;
  /** Learns known queries from Yoga's executions and replays what the lane handed over. */
  plugin: Plugin;
}

const ENDPOINT = '/graphql';
/** Distinct query texts remembered; a client's own lookups are a handful. */
const MAX_KNOWN = 200;
const PARAMS = new Set(['query', 'variables', 'operationName']);
const REGULAR_TYPES = ['application/graphql-response+json', 'application/json'];

const keyOf = (query: string, operationName: string | null) => `${operationName ?? ''}\n${query}`;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The media type Yoga's result processors answer a single result with for this Accept header,
 * or null when it would choose another processor or none (the same walk: utf-8 types only,
 * in reverse, the last match wins, the regular JSON processor is tried last).
 */
export function jsonResponseType(accept: string | undefined): string | null {
  const asked: string[] = [];
  for (const item of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [type = '', ...params] = item.split(';');
    const charset = params.find((p) => p.includes('charset=')) ?? 'charset=utf-8';
    if (charset === 'charset=utf-8') asked.push(type);
  }
  let chosen: string | null = null;
  for (const type of asked.reverse()) {
    const [pre, suf] = type.split('/');
    for (const offered of REGULAR_TYPES) {
      const [offeredPre, offeredSuf] = offered.split('/');
      if ((pre === '*' || pre === offeredPre) && (suf === '*' || suf === offeredSuf)) {
        chosen = offered;
      }
    }
  }
  return chosen;
}

/**
 * A fast lane for known public lookups in front of Yoga. A POST /graphql whose query text already
 * ran cleanly through Yoga (parsed, validated with every rule, found public) runs its
 * graphql-jit compiled form directly with the context Yoga would build, after the same rate-limit
 * charge, and is answered with the same status, headers, body, request id, log line and metrics.
 * Anything else, or anything unusual about the request, is Yoga's: other paths and methods, an
 * API key (its resolution may refuse with 401), Origin (CORS), extensions, unknown fields in the
 * body, text the storable-text check refuses or the response cache looks at, an Accept that is
 * not plain JSON, a body without a length. When the lane has already charged the limits and then
 * meets a refusal or any error, it hands the request to Yoga with that outcome (the refusal, or
 * the execution result), so Yoga answers it with its own masking, logging and status codes,
 * charging nothing twice and running the SQL once.
 */
export function createFastLane(options: FastLaneOptions): FastLane {
  const { schema, logger, metrics, rateLimits, yoga } = options;
  const known = new LRUCache<string, KnownQuery>({ max: MAX_KNOWN });
  /** Results the lane computed and Yoga is to answer with, by node request. */
  const handedOver = new WeakMap<IncomingMessage, ExecutionResult>();

  const toYoga = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    // Yoga reads an already consumed body from `req.body` (whatwg-node's normalizeNodeRequest).
    (req as IncomingMessage & { body?: Buffer }).body = body;
    yoga(req, res);
  };

  const handOver = (
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    outcome: { refusal: GraphQLError } | { result: ExecutionResult },
  ) => {
    if ('refusal' in outcome) rateLimits.settle(req, outcome.refusal);
    else {
      rateLimits.settle(req, null);
      handedOver.set(req, outcome.result);
    }
    metrics.fastLane.inc({ outcome: 'handed_over' });
    toYoga(req, res, body);
  };

  async function answer(
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    type: string,
    startedAt: number,
  ) {
    let params: unknown;
    try {
      params = JSON.parse(body.toString('utf8'));
    } catch {
      return toYoga(req, res, body);
    }
    if (!isPlainObject(params)) return toYoga(req, res, body);
    for (const name in params) if (!PARAMS.has(name)) return toYoga(req, res, body);
    const { query, variables, operationName } = params;
    if (
      typeof query !== 'string' ||
      !(variables == null || isPlainObject(variables)) ||
      !(operationName == null || typeof operationName === 'string') ||
      findUnstorable(variables, 'variables') !== null ||
      options.cacheable(query)
    ) {
      return toYoga(req, res, body);
    }
    const entry = known.get(keyOf(query, operationName ?? null));
    if (!entry) return toYoga(req, res, body);

    const requestId = requestIdOf(req.headers['x-request-id'] as string | undefined);
    const log = logger.child({ requestId });
    // Yoga's context carries the server context (the node request, which the client IP is read
    // from) beside the use cases.
    const context = Object.assign(options.context({ requestId, log }), { req, res });
    const executionStarted = performance.now();
    const refusal = await rateLimits.check({
      schema,
      document: entry.document,
      operationName: operationName ?? null,
      variableValues: variables ?? null,
      contextValue: context,
    });
    if (refusal) return handOver(req, res, body, { refusal });
    let result = await entry.compiled.query(undefined, context, variables ?? {});
    // A bad variable: graphql-js words the refusal, as the jit plugin has Yoga do.
    if (refusedBeforeRunning(result)) {
      result = await execute({
        schema,
        document: entry.document,
        operationName,
        variableValues: variables ?? null,
        contextValue: context,
      });
    }
    if (result.errors?.length) {
      (result as ExecutionResult & { stringify?: unknown }).stringify = entry.compiled.stringify;
      return handOver(req, res, body, { result });
    }
    const operation = metrics.operationLabel(entry.documentName, false);
    metrics.requests.inc({ operation, outcome: 'ok' });
    metrics.duration.observe({ operation }, (performance.now() - executionStarted) / 1000);
    metrics.fastLane.inc({ outcome: 'served' });
    const json = entry.compiled.stringify(result);
    res.writeHead(200, {
      // Spelled as Yoga sends them.
      'Content-Type': `${type}; charset=utf-8`,
      'content-length': Buffer.byteLength(json),
      'x-request-id': requestId,
    });
    res.end(json);
    log.info(
      {
        method: 'POST',
        path: ENDPOINT,
        status: 200,
        operationName: typeof operationName === 'string' ? operationName.slice(0, 100) : undefined,
        durationMs: Math.round((performance.now() - startedAt) * 100) / 100,
      },
      'request',
    );
  }

  const listener: RequestListener = (req, res) => {
    const headers = req.headers;
    const length = Number(headers['content-length']);
    const type =
      options.enabled &&
      known.size > 0 &&
      req.method === 'POST' &&
      req.url === ENDPOINT &&
      headers.authorization === undefined &&
      headers.origin === undefined &&
      headers['content-encoding'] === undefined &&
      headers['transfer-encoding'] === undefined &&
      length > 0 &&
      length <= options.maxBodyBytes &&
      headers['content-type']?.split(';')[0]?.trim().toLowerCase() === 'application/json'
        ? jsonResponseType(headers.accept)
        : null;
    if (!type) return yoga(req, res);
    // The log line's duration counts from here, as Yoga's counts from its onRequest.
    const startedAt = performance.now();
    const chunks: Buffer[] = [];
    // A client that goes away mid-body: nothing to answer, and no unhandled error event.
    req.on('error', () => {});
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      answer(req, res, body, type, startedAt).catch((err: unknown) => {
        // The lane itself failed (the limiter's store is down, say): Yoga meets the same
        // failure and answers it as it always does.
        logger.warn({ err }, 'fast lane failed; the request went to Yoga');
        if (!res.headersSent) toYoga(req, res, body);
      });
    });
  };

  const plugin: Plugin = {
    onExecute({ args, setExecuteFn }) {
      const context = args.contextValue as {
        req?: IncomingMessage;
        params?: { query?: unknown; extensions?: unknown };
      };
      const result = context.req && handedOver.get(context.req);
      if (result) {
        handedOver.delete(context.req!);
        setExecuteFn(() => result);
        return;
      }
      const query = context.params?.query;
      const operationName = args.operationName ?? null;
      if (
        !options.enabled ||
        typeof query !== 'string' ||
        context.params?.extensions !== undefined ||
        known.has(keyOf(query, operationName)) ||
        !options.isPublicQuery(args.document)
      ) {
        return;
      }
      return {
        onExecuteDone({ result }) {
          // Only a clean run: the text parsed, passed every validation rule and executed.
          if (!('data' in result) || result.errors?.length) return;
          const compiled = compileQuery(schema, args.document, operationName ?? undefined);
          if (!isCompiledQuery(compiled)) return;
          known.set(keyOf(query, operationName), {
            document: args.document,
            operationName,
            documentName: getOperationAST(args.document, operationName)?.name?.value,
            compiled,
          });
        },
      };
    },
  };

  return { listener, plugin };
}
