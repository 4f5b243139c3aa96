import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tracingWanted } from '../src/tracing.js';
import { gql } from './support/gql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const LOOKUP = /* GraphQL */ `
  query Lookup($n: String!) {
    shipment(trackingNumber: $n) { ... on Shipment { trackingNumber status events(first: 3) { edges { node { status } } } } }
  }
`;

describe('OpenTelemetry traces', () => {
  const exporter = new InMemorySpanExporter();
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ WISMO_DEMO_DATA: 'true' }, { traceExporter: exporter });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('exports one trace per lookup: HTTP, parse, validate, execute and its SQL statement', async () => {
    exporter.reset();
    const { data } = await gql(t.app, LOOKUP, { n: 'LX204812345CN' });
    expect(data.shipment.trackingNumber).toBe('LX204812345CN');

    const spans = exporter.getFinishedSpans();
    const byName = (name: string) => spans.filter((s) => s.name === name);
    const [http] = byName('POST /graphql');
    expect(http).toBeDefined();
    expect(http!.attributes['http.response.status_code']).toBe(200);
    const parentId = (s: ReadableSpan) => s.parentSpanContext?.spanId;
    for (const name of ['graphql.parse', 'graphql.validate', 'graphql.execute']) {
      expect(byName(name), name).toHaveLength(1);
      expect(parentId(byName(name)[0]!), name).toBe(http!.spanContext().spanId);
    }
    const [execute] = byName('graphql.execute');
    expect(execute!.attributes['graphql.operation.name']).toBe('Lookup');
    // The lookup is one SQL statement, traced as a child of execute, text without parameters.
    const sqlSpans = spans.filter((s) => s.attributes['db.system.name'] === 'postgresql');
    expect(sqlSpans).toHaveLength(1);
    expect(sqlSpans[0]!.name).toBe('SELECT');
    expect(parentId(sqlSpans[0]!)).toBe(execute!.spanContext().spanId);
    expect(String(sqlSpans[0]!.attributes['db.query.text'])).not.toContain('LX204812345CN');
    // All in one trace.
    expect(new Set(spans.map((s) => s.spanContext().traceId)).size).toBe(1);
  });

  it('is off, and loads nothing, unless an OTLP endpoint is configured', () => {
    expect(tracingWanted({})).toBe(false);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(
      tracingWanted({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }),
    ).toBe(true);
    expect(
      tracingWanted({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_SDK_DISABLED: 'true',
      }),
    ).toBe(false);
  });
});
