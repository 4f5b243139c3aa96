import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import type { MatchMethod } from '../domain/status-normalizer.js';
import type { TrackingStatus } from '../domain/tracking-status.js';
import type { ShipmentRow } from './shipments.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface EventRowInput {
  eventKey: string;
  externalId: string | null;
  occurredAt: Date;
  location: string | null;
  rawMessage: string;
  carrierCode: string | null;
  status: TrackingStatus;
  matchMethod: MatchMethod;
  matchConfidence: number;
  aliasId: number | null;
}

export interface InsertedEvent {
  occurredAt: Date;
  status: TrackingStatus;
  matchMethod: MatchMethod;
  rawMessage: string;
}

// Both event inserts (a batch for a known shipment, a new shipment's first batch) share one
// column list, so a column added to events is added to both statements at once.
const INSERT_EVENTS = sql.raw(`insert into tracking_events (shipment_id, event_key, external_id,
  occurred_at, location, raw_message, carrier_code, status, match_method, match_confidence, alias_id)`);
const EVENT_VALUES = sql.raw(`e.event_key, e.external_id, e.occurred_at, e.location,
  e.raw_message, e.carrier_code, e.status::tracking_status, e.match_method::match_method,
  e.match_confidence, e.alias_id`);

/** The batch as rows `e` of one unnest over one bound array per column (placeholders). */
const UNNEST_EVENTS = sql`unnest(
      ${sql.placeholder('eventKeys')}::text[],
      ${sql.placeholder('externalIds')}::text[],
      ${sql.placeholder('occurredAts')}::timestamptz[],
      ${sql.placeholder('locations')}::text[],
      ${sql.placeholder('rawMessages')}::text[],
      ${sql.placeholder('carrierCodes')}::text[],
      ${sql.placeholder('statuses')}::text[],
      ${sql.placeholder('matchMethods')}::text[],
      ${sql.placeholder('matchConfidences')}::real[],
      ${sql.placeholder('aliasIds')}::int[]
    ) as e(event_key, external_id, occurred_at, location, raw_message, carrier_code, status,
      match_method, match_confidence, alias_id)`;

/** One array per column, the values UNNEST_EVENTS' placeholders take. */
function eventColumns(rows: readonly EventRowInput[]) {
  const n = rows.length;
  const columns = {
    eventKeys: new Array<string>(n),
    externalIds: new Array<string | null>(n),
    // Times travel as ISO strings: both drivers serialise text arrays the same way.
    occurredAts: new Array<string>(n),
    locations: new Array<string | null>(n),
    rawMessages: new Array<string>(n),
    carrierCodes: new Array<string | null>(n),
    statuses: new Array<string>(n),
    matchMethods: new Array<string>(n),
    matchConfidences: new Array<number>(n),
    aliasIds: new Array<number | null>(n),
  };
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    columns.eventKeys[i] = r.eventKey;
    columns.externalIds[i] = r.externalId;
    columns.occurredAts[i] = r.occurredAt.toISOString();
    columns.locations[i] = r.location;
    columns.rawMessages[i] = r.rawMessage;
    columns.carrierCodes[i] = r.carrierCode;
    columns.statuses[i] = r.status;
    columns.matchMethods[i] = r.matchMethod;
    columns.matchConfidences[i] = r.matchConfidence;
    columns.aliasIds[i] = r.aliasId;
  }
  return columns;
}

// Raw SQL names no table or column object, so any dialect renders it the same.
const dialect = new PgDialect();

/**
 * A statement whose text never changes, run as a NAMED prepared statement: node-postgres
 * parses it once per connection and afterwards sends only the values, and PostgreSQL skips
 * parsing and planning a four-CTE insert for every batch (about half its CPU per batch).
 * PGlite ignores the name. The text is rendered once, not per batch.
 */
function preparedStatement(name: string, statement: SQL) {
  const query = dialect.sqlToQuery(statement);
  return async (db: Db | Tx, values: Record<string, unknown>) => {
    const result = await db._.session.prepareQuery(query, undefined, name, false).execute(values);
    return (result as unknown as { rows: Record<string, unknown>[] }).rows;
  };
}

const insertEvents = preparedStatement(
  'wismo_insert_events',
  sql`
    ${INSERT_EVENTS}
    select ${sql.placeholder('shipmentId')}::int, ${EVENT_VALUES}
    from ${UNNEST_EVENTS}
    on conflict do nothing
    returning occurred_at, status, match_method, raw_message`,
);

/**
 * Inserts a batch of events for one shipment as ONE statement with one array per column
 * (`INSERT … SELECT FROM unnest(…)`), so its text is the same for every batch: PostgreSQL does
 * not parse and plan a new 550-parameter VALUES list per batch, and Drizzle does not build one.
 * Duplicates are skipped by the unique indexes (`on conflict do nothing`) and left out of the
 * rows returned, exactly as before. Times travel as ISO strings: both drivers serialise text
 * arrays the same way.
 */
export async function insertEventRows(
  tx: Tx,
  shipmentId: number,
  rows: readonly EventRowInput[],
): Promise<InsertedEvent[]> {
  if (rows.length === 0) return [];
  const inserted = await insertEvents(tx, { shipmentId, ...eventColumns(rows) });
  return inserted.map((r) => ({
    // PGlite and pg both parse timestamptz; a string would mean a driver configured otherwise.
    occurredAt: asDate(r.occurred_at),
    status: r.status as TrackingStatus,
    matchMethod: r.match_method as MatchMethod,
    rawMessage: r.raw_message as string,
  }));
}

/** A shipment about to be created with its first batch: every column the batch decides. */
export interface NewShipment {
  trackingNumber: string;
  carrier: string;
  originCountry: string | null;
  destinationCountry: string | null;
  postalCode: string | null;
  ownerKeyId: number | null;
  status: TrackingStatus;
  statusOccurredAt: Date | null;
  lastEventAt: Date | null;
  eventCount: number;
}

/** An unread wording of a batch, appended to `unmatched_sightings` (see unmatched-sightings.ts). */
export interface UnreadWording {
  normalized: string;
  sampleMessage: string;
  occurrences: number;
}

/**
 * The first batch of a shipment that does not exist yet, as ONE statement: the shipment row
 * (already holding the status, times and count the batch gives it), every event and the
 * batch's unread wordings, through data-modifying CTEs that all hang off the shipment insert.
 * One statement is atomic without a transaction, so this is one round trip instead of six.
 * When the tracking number exists already, the shipment insert does nothing, so neither do
 * the others, and null is returned: the caller then takes the transactional path that locks
 * the existing row. `rows` must have distinct event keys (a new shipment then has no
 * duplicates, which is why the event insert has no `on conflict`: a conflict would be a bug,
 * and fails the whole statement instead of leaving a wrong event count).
 */
export async function insertNewShipmentWithEvents(
  db: Db,
  shipment: NewShipment,
  rows: readonly EventRowInput[],
  unread: readonly UnreadWording[],
): Promise<ShipmentRow | null> {
  const [row] = await insertNewShipment(db, {
    trackingNumber: shipment.trackingNumber,
    carrier: shipment.carrier,
    originCountry: shipment.originCountry,
    destinationCountry: shipment.destinationCountry,
    postalCode: shipment.postalCode,
    ownerKeyId: shipment.ownerKeyId,
    status: shipment.status,
    statusOccurredAt: shipment.statusOccurredAt?.toISOString() ?? null,
    lastEventAt: shipment.lastEventAt?.toISOString() ?? null,
    eventCount: shipment.eventCount,
    ...eventColumns(rows),
    unreadNormalized: unread.map((w) => w.normalized),
    unreadSamples: unread.map((w) => w.sampleMessage),
    unreadOccurrences: unread.map((w) => w.occurrences),
  });
  if (!row) return null;
  return {
    ...shipment,
    id: Number(row.id),
    createdAt: asDate(row.created_at),
    updatedAt: asDate(row.updated_at),
  };
}

const insertNewShipment = preparedStatement(
  'wismo_insert_new_shipment',
  sql`
    with s as (
      insert into shipments (tracking_number, carrier, origin_country, destination_country,
        postal_code, owner_key_id, status, status_occurred_at, last_event_at, event_count)
      values (${sql.placeholder('trackingNumber')}::text, ${sql.placeholder('carrier')}::text,
        ${sql.placeholder('originCountry')}::text, ${sql.placeholder('destinationCountry')}::text,
        ${sql.placeholder('postalCode')}::text, ${sql.placeholder('ownerKeyId')}::int,
        ${sql.placeholder('status')}::tracking_status,
        ${sql.placeholder('statusOccurredAt')}::timestamptz,
        ${sql.placeholder('lastEventAt')}::timestamptz, ${sql.placeholder('eventCount')}::int)
      on conflict (tracking_number) do nothing
      returning id, created_at, updated_at
    ), e as (
      ${INSERT_EVENTS}
      select s.id, ${EVENT_VALUES}
      from s cross join ${UNNEST_EVENTS}
    ), u as (
      insert into unmatched_sightings (normalized, sample_message, occurrences)
      select w.normalized, w.sample_message, w.occurrences
      from s cross join unnest(
        ${sql.placeholder('unreadNormalized')}::text[],
        ${sql.placeholder('unreadSamples')}::text[],
        ${sql.placeholder('unreadOccurrences')}::int[]
      ) as w(normalized, sample_message, occurrences)
    )
    select id, created_at, updated_at from s`,
);

function asDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}
