import { sql } from 'drizzle-orm';
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

/** The batch as rows `e` of one unnest over one bound array per column. */
function unnestEvents(rows: readonly EventRowInput[]) {
  // One bound parameter per column (a bare array in sql`` would become one parameter per item).
  const column = <T>(pick: (row: EventRowInput) => T) => sql.param(rows.map(pick));
  return sql`unnest(
      ${column((r) => r.eventKey)}::text[],
      ${column((r) => r.externalId)}::text[],
      ${column((r) => r.occurredAt.toISOString())}::timestamptz[],
      ${column((r) => r.location)}::text[],
      ${column((r) => r.rawMessage)}::text[],
      ${column((r) => r.carrierCode)}::text[],
      ${column((r) => r.status)}::text[],
      ${column((r) => r.matchMethod)}::text[],
      ${column((r) => r.matchConfidence)}::real[],
      ${column((r) => r.aliasId)}::int[]
    ) as e(event_key, external_id, occurred_at, location, raw_message, carrier_code, status,
      match_method, match_confidence, alias_id)`;
}

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
  const result = await tx.execute(sql`
    ${INSERT_EVENTS}
    select ${shipmentId}::int, ${EVENT_VALUES}
    from ${unnestEvents(rows)}
    on conflict do nothing
    returning occurred_at, status, match_method, raw_message`);
  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
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

/** One row of `unmatched_messages` a batch adds to (or creates). */
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
  const wordings = <T>(pick: (w: UnreadWording) => T) => sql.param(unread.map(pick));
  const result = await db.execute(sql`
    with s as (
      insert into shipments (tracking_number, carrier, origin_country, destination_country,
        postal_code, owner_key_id, status, status_occurred_at, last_event_at, event_count)
      values (${shipment.trackingNumber}, ${shipment.carrier}, ${shipment.originCountry},
        ${shipment.destinationCountry}, ${shipment.postalCode}, ${shipment.ownerKeyId}::int,
        ${shipment.status}::tracking_status, ${shipment.statusOccurredAt?.toISOString() ?? null}::timestamptz,
        ${shipment.lastEventAt?.toISOString() ?? null}::timestamptz, ${shipment.eventCount}::int)
      on conflict (tracking_number) do nothing
      returning id, created_at, updated_at
    ), e as (
      ${INSERT_EVENTS}
      select s.id, ${EVENT_VALUES}
      from s cross join ${unnestEvents(rows)}
    ), u as (
      insert into unmatched_messages (normalized, sample_message, occurrences)
      select w.normalized, w.sample_message, w.occurrences
      from s cross join unnest(
        ${wordings((w) => w.normalized)}::text[],
        ${wordings((w) => w.sampleMessage)}::text[],
        ${wordings((w) => w.occurrences)}::int[]
      ) with ordinality as w(normalized, sample_message, occurrences, n)
      order by w.n
      on conflict (normalized) do update set
        occurrences = unmatched_messages.occurrences + excluded.occurrences,
        last_seen_at = now(),
        resolved_at = null
    )
    select id, created_at, updated_at from s`);
  const [row] = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  if (!row) return null;
  return {
    ...shipment,
    id: Number(row.id),
    createdAt: asDate(row.created_at),
    updatedAt: asDate(row.updated_at),
  };
}

function asDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}
