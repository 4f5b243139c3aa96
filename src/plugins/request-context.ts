import { randomUUID } from 'node:crypto';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { isDatabaseUnavailableError } from '../db/unavailable.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface RequestMeta {
  requestId: string;
  log: Logger;
  startedAt: number;
  operationName?: string | undefined;
  logged?: boolean;
}

/** Per-request id and child logger, keyed by the Request object every plugin sees. */
export const requestMeta = new WeakMap<Request, RequestMeta>();

/** The caller's X-Request-ID, kept so logs join up across services; anything odd is replaced. */
export function requestIdOf(incoming: string | null | undefined): string {
  return incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

export function metaFor(request: Request, logger: Logger): RequestMeta {
  let meta = requestMeta.get(request);
  if (!meta) {
    const requestId = requestIdOf(request.headers.get('x-request-id'));
    meta = { requestId, log: logger.child({ requestId }), startedAt: performance.now() };
    requestMeta.set(request, meta);
  }
  return meta;
}

/**
 * Echoes the request id, logs one line per request with its duration and operation name,
 * and logs every unexpected resolver error with its stack and the request id before Yoga
 * masks it.
 */
export function useRequestContext(logger: Logger): Plugin {
  return {
    onRequest({ request }) {
      metaFor(request, logger);
    },
    onParams({ request, params }) {
      // Client-chosen and unbounded: a log line carries at most the first 100 characters.
      // Runs before Yoga checks the parameters, so a non-string name (an object, a number) is
      // left for Yoga to refuse with 400 instead of failing here.
      const name: unknown = params.operationName;
      metaFor(request, logger).operationName =
        typeof name === 'string' ? name.slice(0, 100) : undefined;
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request) return;
      return {
        // Before Yoga's masking (its plugin comes after every user plugin, and onExecuteDone
        // hooks run in plugin order): once masked, an error no longer carries its original.
        onExecuteDone(payload) {
          return handleStreamOrSingleExecutionResult(payload, ({ result }) => {
            for (const error of result.errors ?? []) {
              const original = error.originalError;
              // GraphQLErrors are deliberate client errors; an outage is logged (at warn) by
              // useDatabaseErrors; anything else is a bug.
              if (
                original &&
                original.name !== 'GraphQLError' &&
                !('extensions' in original) &&
                !isDatabaseUnavailableError(original)
              ) {
                metaFor(request, logger).log.error(
                  { err: original, path: error.path?.join('.') },
                  'unexpected error',
                );
              }
            }
          });
        },
      };
    },
    onResponse({ request, response }) {
      const meta = metaFor(request, logger);
      response.headers.set('x-request-id', meta.requestId);
      // Yoga may run this hook more than once for one request (server adapter and fetch layer).
      if (meta.logged) return;
      meta.logged = true;
      const url = new URL(request.url);
      meta.log.info(
        {
          method: request.method,
          path: url.pathname,
          status: response.status,
          operationName: meta.operationName,
          durationMs: Math.round((performance.now() - meta.startedAt) * 100) / 100,
        },
        'request',
      );
    },
  };
}
