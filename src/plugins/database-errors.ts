import { type ExecutionResult, GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { isDatabaseUnavailableError } from '../db/unavailable.js';
import { metaFor } from './request-context.js';

export const SERVICE_UNAVAILABLE_MESSAGE =
  'The service is temporarily unavailable. Please try again in a moment.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
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
