/**
 * OpenTelemetry traces, loaded only when they are wanted: with no OTLP endpoint configured the
 * SDK is never imported and no tracing plugin is installed, so a lookup runs exactly the code it
 * runs without this file. The exporter, batching and resource follow the standard OTEL_*
 * variables (OTEL_EXPORTER_OTLP_ENDPOINT / _TRACES_ENDPOINT / _HEADERS, OTEL_SERVICE_NAME,
 * OTEL_RESOURCE_ATTRIBUTES, OTEL_BSP_*, OTEL_SDK_DISABLED), read by the SDK itself.
 */
import type { Span, Tracer } from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';

export interface Tracing {
  tracer: Tracer;
  api: typeof import('@opentelemetry/api');
  /** Flushes what is buffered and stops exporting. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** Tests pass an in-memory exporter; spans are then exported one by one, synchronously. */
  exporter?: SpanExporter;
}

export function tracingWanted(env: NodeJS.ProcessEnv): boolean {
  if (env.OTEL_SDK_DISABLED === 'true') return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

export async function openTracing(
  env: NodeJS.ProcessEnv,
  options: TracingOptions = {},
): Promise<Tracing | null> {
  if (!options.exporter && !tracingWanted(env)) return null;
  const [api, sdk, { AsyncLocalStorageContextManager }, resources] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/resources'),
  ]);
  const exporter =
    options.exporter ??
    new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter();
  const resource = resources
    .resourceFromAttributes({ 'service.name': 'wismo' })
    .merge(resources.detectResources({ detectors: [resources.envDetector] }));
  const provider = new sdk.BasicTracerProvider({
    resource,
    spanProcessors: [
      options.exporter
        ? new sdk.SimpleSpanProcessor(exporter)
        : new sdk.BatchSpanProcessor(exporter),
    ],
  });
  // SQL spans find the request's span through async context, across awaits.
  const contextManager = new AsyncLocalStorageContextManager().enable();
  api.context.setGlobalContextManager(contextManager);
  return {
    tracer: provider.getTracer('wismo'),
    api,
    shutdown: async () => {
      await provider.shutdown();
      contextManager.disable();
      api.context.disable();
    },
  };
}

/** Runs `fn` in a span that ends (with the error recorded) when its promise settles. */
export async function inSpan<T>(
  tracing: Tracing,
  name: string,
  attributes: Record<string, string | number>,
  fn: () => Promise<T>,
): Promise<T> {
  const { api, tracer } = tracing;
  const span: Span = tracer.startSpan(name, { kind: api.SpanKind.CLIENT, attributes });
  try {
    return await api.context.with(api.trace.setSpan(api.context.active(), span), fn);
  } catch (error) {
    span.recordException(error as Error);
    span.setStatus({ code: api.SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}
