import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { MatchMethod } from '../domain/status-normalizer.js';
import type { TrackingStatus } from '../domain/tracking-status.js';

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
  // One bound parameter per column (a bare array in sql`` would become one parameter per item).
  const column = <T>(pick: (row: EventRowInput) => T) => sql.param(rows.map(pick));
  const result = await tx.execute(sql`
    insert into tracking_events (shipment_id, event_key, external_id, occurred_at, location,
      raw_message, carrier_code, status, match_method, match_confidence, alias_id)
    select ${shipmentId}::int, e.event_key, e.external_id, e.occurred_at, e.location,
      e.raw_message, e.carrier_code, e.status::tracking_status, e.match_method::match_method,
      e.match_confidence, e.alias_id
    from unnest(
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
      match_method, match_confidence, alias_id)
    on conflict do nothing
    returning occurred_at, status, match_method, raw_message`);
  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
    // PGlite and pg both parse timestamptz; a string would mean a driver configured otherwise.
    occurredAt: r.occurred_at instanceof Date ? r.occurred_at : new Date(String(r.occurred_at)),
    status: r.status as TrackingStatus,
    matchMethod: r.match_method as MatchMethod,
    rawMessage: r.raw_message as string,
  }));
}
