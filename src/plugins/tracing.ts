import type { Context, Span } from '@opentelemetry/api';
import { type DocumentNode, Kind, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Tracing } from '../tracing.js';

/**
 * One server span per HTTP request, with children for GraphQL parse, validate and execute;
 * execution runs inside the execute span's context, so the SQL spans of its resolvers
 * (src/db/tracing.ts) become its children. Installed only when tracing is on.
 */
export function useTracing(tracing: Tracing): Plugin {
  const { api, tracer } = tracing;
  const requests = new WeakMap<Request, { span: Span; context: Context }>();
  const parentOf = (context: unknown) => {
    const request = (context as { request?: Request } | undefined)?.request;
    return request ? requests.get(request)?.context : undefined;
  };
  const child = (name: string, context: unknown, attributes: Record<string, string> = {}) =>
    tracer.startSpan(name, { attributes }, parentOf(context) ?? api.context.active());
  return {
    onRequest({ request, url }) {
      const span = tracer.startSpan(`${request.method} ${url.pathname}`, {
        kind: api.SpanKind.SERVER,
        attributes: { 'http.request.method': request.method, 'url.path': url.pathname },
      });
      requests.set(request, { span, context: api.trace.setSpan(api.context.active(), span) });
    },
    onParse({ context }) {
      const span = child('graphql.parse', context);
      return () => span.end();
    },
    onValidate({ context }) {
      const span = child('graphql.validate', context);
      return () => span.end();
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = (args.document as DocumentNode).definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      const span = child('graphql.execute', args.contextValue, {
        'graphql.operation.type': operation?.operation ?? 'query',
        'graphql.operation.name': args.operationName ?? operation?.name?.value ?? '',
      });
      const context = api.trace.setSpan(parentOf(args.contextValue) ?? api.context.active(), span);
      setExecuteFn((execArgs) => api.context.with(context, () => executeFn(execArgs)));
      return {
        onExecuteDone({ result }) {
          if ('errors' in result && result.errors?.length) {
            span.setStatus({ code: api.SpanStatusCode.ERROR });
          }
          span.end();
        },
      };
    },
    onResponse({ request, response }) {
      const entry = requests.get(request);
      // Yoga may run this hook twice for one request; the span ends once.
      if (!entry) return;
      requests.delete(request);
      entry.span.setAttribute('http.response.status_code', response.status);
      if (response.status >= 500) entry.span.setStatus({ code: api.SpanStatusCode.ERROR });
      entry.span.end();
    },
  };
}
