/** What the benchmark asks: the same four things of the product (GraphQL) and the baseline. */
import type { Request } from 'autocannon';
import {
  carrierMessage,
  random,
  s10Number,
  seededTrackingNumber,
  syntheticEvents,
} from './carrier-messages.js';

export interface Target {
  /** Path of the first request; setupRequest rewrites it where it varies. */
  path: string;
  request: Request;
}

export interface Scenario {
  name: string;
  product: Target;
  /** null: nothing comparable; the product is reported alone. */
  baseline: Target | null;
  baselineNote: string;
  /** Every request must differ (each creates a shipment): replayed requests would fail. */
  unique?: boolean;
}

const LOOKUP = `query Lookup($n: String!) { shipment(trackingNumber: $n) { ... on Shipment {
  trackingNumber status statusDefinition { title meaning } lastEventAt
  explanation { meaning nextSteps stale relatedQuestions { title } }
  events(first: 10) { edges { node { occurredAt status location rawMessage } } } } } }`;

const KNOWLEDGE = `{ trackingStatuses { code title meaning aliases { phrase locale } }
  faqQuestions(first: 5) { edges { node { title body } } } }`;

const NORMALIZE = `query Normalize($m: String!) { normalizeStatus(message: $m) {
  status method confidence definition { title } matchedAlias { phrase } } }`;

const INGEST = `mutation Ingest($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) {
  __typename ... on RecordTrackingEventsSuccess { accepted duplicates }
  ... on InvalidTrackingEvent { message } ... on InvalidTrackingNumber { message } } }`;

const JSON_HEADERS = { 'content-type': 'application/json' };

function graphql(query: string, variables: () => Record<string, unknown>, headers = {}): Target {
  return {
    path: '/graphql',
    request: {
      method: 'POST',
      path: '/graphql',
      headers: { ...JSON_HEADERS, ...headers },
      setupRequest: (req) => ({ ...req, body: JSON.stringify({ query, variables: variables() }) }),
    },
  };
}

function get(path: () => string): Target {
  const first = path();
  return {
    path: first,
    request: { method: 'GET', path: first, setupRequest: (req) => ({ ...req, path: path() }) },
  };
}

/** Numbers never seeded before: every ingestion request creates a shipment and 50 events. */
function newShipments(prefix: string, firstSerial: number, rand: () => number) {
  let serial = firstSerial;
  return () => {
    const trackingNumber = s10Number(prefix, serial++, 'DE');
    const events = syntheticEvents(rand, trackingNumber, 50, Date.now()).map((e) => ({
      ...e,
      occurredAt: e.occurredAt.toISOString(),
    }));
    return { trackingNumber, events };
  };
}

export interface ScenarioInputs {
  seededShipments: number;
  carrierKey: string;
  /** First unused serials for the product's and the baseline's ingestion numbers. */
  ingestSerials: { product: number; baseline: number };
}

export const INGEST_PREFIX = { product: 'IB', baseline: 'IC' } as const;

export function buildScenarios(inputs: ScenarioInputs): Scenario[] {
  const rand = random(42);
  const seeded = () => seededTrackingNumber(Math.floor(rand() * inputs.seededShipments));
  const productShipment = newShipments(INGEST_PREFIX.product, inputs.ingestSerials.product, rand);
  const baselineShipment = newShipments(
    INGEST_PREFIX.baseline,
    inputs.ingestSerials.baseline,
    rand,
  );
  // Half the messages carry a place or date: the normalizer's memo sees new text often.
  const message = () => {
    const text = carrierMessage(rand);
    return rand() < 0.5
      ? `${text} ${Math.floor(rand() * 28) + 1}.11.2026 ${Math.floor(rand() * 24)}:05`
      : text;
  };
  return [
    {
      name: 'shipment lookup',
      product: graphql(LOOKUP, () => ({ n: seeded() })),
      baseline: get(() => `/shipment?n=${seeded()}`),
      baselineNote: 'one SQL statement building the JSON (json_build_object/json_agg)',
    },
    {
      name: 'knowledge',
      product: graphql(KNOWLEDGE, () => ({})),
      baseline: get(() => '/knowledge'),
      baselineNote: 'one SQL statement: statuses + aliases + first 5 FAQ',
    },
    {
      name: 'normalizeStatus',
      product: graphql(NORMALIZE, () => ({ m: message() })),
      baseline: get(() => '/select1'),
      baselineNote: '`select 1` over HTTP (the floor of an HTTP + DB round trip; no normalisation)',
    },
    {
      name: 'ingest 50 events',
      product: graphql(INGEST, () => ({ input: productShipment() }), {
        authorization: `Bearer ${inputs.carrierKey}`,
      }),
      baseline: {
        path: '/ingest',
        request: {
          method: 'POST',
          path: '/ingest',
          headers: JSON_HEADERS,
          setupRequest: (req) => ({ ...req, body: JSON.stringify(baselineShipment()) }),
        },
      },
      baselineNote: 'one statement: shipment upsert + multi-row INSERT of the 50 events',
      unique: true,
    },
  ];
}
