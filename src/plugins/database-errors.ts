import { type ExecutionResult, GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { metaFor } from './request-context.js';

export const SERVICE_UNAVAILABLE_MESSAGE =
  'The service is temporarily unavailable. Please try again in a moment.';

/** Socket-level failures reaching PostgreSQL (Node system error codes). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs that mean "the database cannot serve you right now", not "your query is
 * wrong": statement timeout / cancel, admin/crash shutdown, starting up, too many connections.
 * Class 08 (connection exception) is matched by prefix.
 */
const SQLSTATES = new Set(['57014', '57P01', '57P02', '57P03', '57P05', '53300', '53400']);

/** Messages node-postgres and pg-pool raise for dead, closed or unobtainable connections. */
const MESSAGES = [
  /^Connection terminated/, // "…unexpectedly", "…due to connection timeout", plain
  /^timeout exceeded when trying to connect$/,
  /^Query read timeout$/,
  /is not queryable$/, // "Client has encountered a connection error and is not queryable"
  /^Cannot use a pool after calling end on the pool$/,
  /^Connection closed$/,
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function matchesItself(error: Record<string, unknown>): boolean {
  const code = error.code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || SQLSTATES.has(code)) return true;
    // pg's DatabaseError carries a five-character SQLSTATE; class 08 is "connection exception".
    if (/^08[0-9A-Z]{3}$/.test(code) && typeof error.severity === 'string') return true;
  }
  const message = error.message;
  return typeof message === 'string' && MESSAGES.some((re) => re.test(message));
}

/**
 * True when `error`, or anything it wraps (`cause` as DrizzleQueryError sets it, GraphQL's
 * `originalError`, the `errors` of an AggregateError from a multi-address connect), says the
 * database is unreachable, shutting down or timed out.
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 20) {
    const next = queue.shift();
    if (!isRecord(next) || seen.has(next)) continue;
    seen.add(next);
    if (matchesItself(next)) return true;
    queue.push(next.cause, next.originalError);
    if (Array.isArray(next.errors)) queue.push(...next.errors);
  }
  return false;
}

/** The client-facing replacement: a GraphQLError Yoga shows as is (GraphQLErrors are never masked). */
export function serviceUnavailableError(
  like: GraphQLError | undefined,
  withHttpStatus: boolean,
): GraphQLError {
  return new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
    ...(like
      ? {
          nodes: like.nodes ?? null,
          source: like.source ?? null,
          positions: like.positions ?? null,
          path: like.path ?? null,
        }
      : {}),
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      ...(withHttpStatus ? { http: { status: 503, headers: { 'retry-after': '5' } } } : {}),
    },
  });
}

function originalOf(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}

/**
 * Turns database outages (unreachable, reset, pool checkout timeout, statement timeout, admin
 * shutdown) into a retryable `SERVICE_UNAVAILABLE` error instead of Yoga's masked
 * "Unexpected error.", and logs the original once at warn with the request id. It must sit
 * before Yoga's masking in the plugin order: every user plugin does, since Yoga appends
 * `useMaskedErrors` after them, and envelop runs `onExecuteDone` hooks in plugin order.
 */
export function useDatabaseErrors(logger: Logger): Plugin {
  const logFor = (context: unknown) => {
    const request = isRecord(context) ? context.request : undefined;
    return request instanceof Request ? metaFor(request, logger).log : logger;
  };

  const rewrite = (result: ExecutionResult, context: unknown): ExecutionResult | undefined => {
    const errors = result.errors;
    if (!errors?.some((e) => isDatabaseUnavailableError(originalOf(e)))) return undefined;
    const noData = result.data == null;
    let logged = false;
    const replaced = errors.map((error) => {
      const original = originalOf(error);
      if (!isDatabaseUnavailableError(original)) return error;
      if (!logged) {
        logged = true;
        logFor(context).warn(
          {
            err: original,
            path: error.path?.join('.'),
            databaseErrors: errors.filter((e) => isDatabaseUnavailableError(originalOf(e))).length,
          },
          'database unavailable',
        );
      }
      return serviceUnavailableError(error, noData);
    });
    return { ...result, errors: replaced };
  };

  return {
    onPluginInit({ registerContextErrorHandler }) {
      // The context factory resolves API keys against the database.
      registerContextErrorHandler(({ context, error, setError }) => {
        const original = originalOf(error);
        if (!isDatabaseUnavailableError(original)) return;
        logFor(context).warn({ err: original }, 'database unavailable');
        setError(serviceUnavailableError(undefined, true));
      });
    },
    onExecute({ args }) {
      return {
        onExecuteDone(payload) {
          return handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            const next = rewrite(result, args.contextValue);
            if (next) setResult(next);
          });
        },
      };
    },
    onSubscribe({ args }) {
      return {
        onSubscribeResult(payload) {
          return handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            const next = rewrite(result, args.contextValue);
            if (next) setResult(next);
          });
        },
        onSubscribeError({ error, setError }) {
          const original = originalOf(error);
          if (!isDatabaseUnavailableError(original)) return;
          logFor(args.contextValue).warn({ err: original }, 'database unavailable');
          setError(serviceUnavailableError(undefined, true));
        },
      };
    },
  };
}
