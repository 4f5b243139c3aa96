import { sql } from 'drizzle-orm';
import { shipments, unmatchedSightings } from '../db/schema.js';
import { InvalidTrackingEvent, InvalidTrackingNumber } from '../domain/errors.js';
import { normalizePostalCode } from '../domain/postal-code.js';
import { normalizeMessage } from '../domain/text-normalize.js';
import { currentStatus, type IncomingEvent, validateEvents } from '../domain/tracking-events.js';
import { analyzeTrackingNumber } from '../domain/tracking-number.js';
import type { UseCaseContext } from './context.js';
import { recordDelivery } from './delivery-stats.js';
import {
  type EventRowInput,
  insertEventRows,
  insertNewShipmentWithEvents,
  type UnreadWording,
} from './ingestion-insert.js';
import { ownShipment } from './shipment-ownership.js';
import type { ShipmentRow } from './shipments.js';

export interface RecordEventsInput {
  trackingNumber: string;
  carrier?: string | null | undefined;
  originCountry?: string | null | undefined;
  destinationCountry?: string | null | undefined;
  postalCode?: string | null | undefined;
  events: readonly IncomingEvent[];
}

export interface RecordEventsResult {
  shipment: ShipmentRow;
  accepted: number;
  duplicates: number;
  unmatched: number;
  /** Details of an existing shipment this batch changed (recorded in shipment_changes). */
  changed: string[];
}

/**
 * Stores a carrier's batch in one transaction. Replays are harmless: an event already stored
 * (same carrier id, or same time and wording) is counted as a duplicate by the unique index,
 * also when two replays race. The shipment row is locked by the upsert, so concurrent batches
 * for one parcel apply one after the other and the status is computed from committed events.
 */
export async function recordTrackingEvents(
  ctx: UseCaseContext,
  input: RecordEventsInput,
): Promise<RecordEventsResult> {
  const analysis = analyzeTrackingNumber(input.trackingNumber);
  if (!analysis.ok) {
    throw new InvalidTrackingNumber(analysis.trackingNumber, analysis.problem, analysis.message);
  }
  const validated = validateEvents(input.events, ctx.now());
  if (!validated.ok) {
    const { index, field, message } = validated.problem;
    throw new InvalidTrackingEvent(index, field, message);
  }
  const index = ctx.knowledge.current.aliasIndex;
  const unique = [...new Map(validated.events.map((e) => [e.key, e])).values()];
  const best = analysis.candidates[0];
  const carrier = input.carrier ?? best?.carrier;
  const matched = unique.map((e) => ({
    event: e,
    match: index.match(e.message, { carrier, code: e.code }),
  }));
  const explicit = {
    ...(input.carrier ? { carrier: input.carrier.trim().toLowerCase() } : {}),
    ...(input.originCountry ? { originCountry: input.originCountry.toUpperCase() } : {}),
    ...(input.destinationCountry
      ? { destinationCountry: input.destinationCountry.toUpperCase() }
      : {}),
    ...(input.postalCode ? { postalCode: normalizePostalCode(input.postalCode) } : {}),
  };

  const rows: EventRowInput[] = matched.map(({ event, match }) => ({
    eventKey: event.key,
    externalId: event.eventId ?? null,
    occurredAt: event.occurredAt,
    location: event.location ?? null,
    rawMessage: event.message,
    carrierCode: event.code ?? null,
    status: match.status,
    matchMethod: match.method,
    matchConfidence: match.confidence,
    aliasId: match.alias?.id ?? null,
  }));
  const defaults = {
    trackingNumber: analysis.trackingNumber,
    carrier: best?.carrier ?? 'unknown',
    originCountry: best?.originCountry ?? null,
  };

  // A new shipment takes every event of its batch (their keys are distinct), so its row can be
  // written complete in the same statement. A delivery also records transit times: that batch
  // takes the transactional path below.
  const first = currentStatus(null, rows);
  if (first?.status !== 'DELIVERED') {
    const created = await withRetry(() =>
      insertNewShipmentWithEvents(
        ctx.db,
        {
          destinationCountry: null,
          postalCode: null,
          ...defaults,
          ...explicit,
          ownerKeyId: ctx.identity.keyId,
          status: first?.status ?? 'UNKNOWN',
          statusOccurredAt: first?.occurredAt ?? null,
          lastEventAt: rows.length ? latest(rows) : null,
          eventCount: rows.length,
        },
        rows,
        unreadWordings(rows),
      ),
    );
    if (created) {
      const result = {
        shipment: created,
        accepted: rows.length,
        duplicates: input.events.length - rows.length,
        unmatched: rows.filter((e) => e.matchMethod === 'NONE').length,
        changed: [],
      };
      ctx.pubsub.publish('shipmentUpdated', created.trackingNumber, {
        trackingNumber: created.trackingNumber,
      });
      return result;
    }
  }

  const result = await withRetry(() =>
    ctx.db.transaction(async (tx) => {
      const { shipment, changed } = await ownShipment(
        tx,
        ctx.identity,
        defaults,
        explicit,
        first?.status !== 'DELIVERED',
      );
      const inserted = await insertEventRows(tx, shipment.id, rows);

      const current = shipment!.statusOccurredAt
        ? { status: shipment!.status, occurredAt: shipment!.statusOccurredAt }
        : null;
      const next = currentStatus(current, inserted);
      const newest = Math.max(
        shipment!.lastEventAt?.getTime() ?? 0,
        ...inserted.map((e) => e.occurredAt.getTime()),
      );
      const [updated] = inserted.length
        ? await tx
            .update(shipments)
            .set({
              status: next?.status ?? shipment!.status,
              statusOccurredAt: next?.occurredAt ?? null,
              lastEventAt: newest ? new Date(newest) : null,
              eventCount: sql`${shipments.eventCount} + ${inserted.length}`,
            })
            .where(sql`${shipments.id} = ${shipment!.id}`)
            .returning()
        : [shipment];
      if (shipment!.status !== 'DELIVERED' && updated!.status === 'DELIVERED') {
        await recordDelivery(tx, updated!, ctx.etaMinSample);
      }

      const unread = inserted.filter((e) => e.matchMethod === 'NONE');
      const wordings = unreadWordings(unread);
      if (wordings.length) {
        await tx.insert(unmatchedSightings).values(wordings);
      }
      return {
        shipment: updated!,
        accepted: inserted.length,
        duplicates: input.events.length - inserted.length,
        unmatched: unread.length,
        changed,
      };
    }),
  );

  // Subscribers hear about new events and about a changed postal code or destination.
  if (result.accepted > 0 || result.changed.length > 0) {
    ctx.pubsub.publish('shipmentUpdated', result.shipment.trackingNumber, {
      trackingNumber: result.shipment.trackingNumber,
    });
  }
  return result;
}

/**
 * The distinct normalised wordings of the events the normalizer could not read, with how often
 * each occurred, in one global order: two batches sharing wordings then lock their rows in the
 * same order and never deadlock.
 */
function unreadWordings(
  events: readonly { matchMethod: string; rawMessage: string }[],
): UnreadWording[] {
  const byWording = new Map<string, { sampleMessage: string; occurrences: number }>();
  for (const e of events) {
    if (e.matchMethod !== 'NONE') continue;
    const normalized = normalizeMessage(e.rawMessage);
    if (!normalized) continue;
    const seen = byWording.get(normalized);
    if (seen) seen.occurrences += 1;
    else byWording.set(normalized, { sampleMessage: e.rawMessage, occurrences: 1 });
  }
  return [...byWording]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([normalized, seen]) => ({ normalized, ...seen }));
}

function latest(events: readonly { occurredAt: Date }[]): Date {
  return new Date(Math.max(...events.map((e) => e.occurredAt.getTime())));
}

/** PostgreSQL's answers to contention that a fresh attempt of the same transaction resolves. */
const RETRYABLE = new Set(['40P01', '40001']);

function sqlState(error: unknown): string | undefined {
  for (
    let e: unknown = error, depth = 0;
    e && depth < 4;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** Replays are idempotent, so retrying a whole batch after a deadlock is always safe. */
async function withRetry<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const state = sqlState(error);
      if (attempt >= attempts || !state || !RETRYABLE.has(state)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}
