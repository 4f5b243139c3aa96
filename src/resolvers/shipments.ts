import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import { shipments, trackingEvents } from '../db/schema.js';
import { InvalidTrackingNumber, ShipmentNotFound } from '../domain/errors.js';
import { type Explanation, explain } from '../domain/explanation.js';
import { postalCodeMatches } from '../domain/postal-code.js';
import { analyzeTrackingNumber } from '../domain/tracking-number.js';
import type { UseCaseContext } from './context.js';
import type { PageRequest } from './pagination.js';
import { viewStatus } from './statuses.js';

export type ShipmentRow = typeof shipments.$inferSelect;
export type TrackingEventRow = typeof trackingEvents.$inferSelect;

/** A shipment as one caller may see it. */
export interface ShipmentView {
  row: ShipmentRow;
  /** Places and carrier wording are shown only with the right postal code (when one is on file). */
  detailsVisible: boolean;
  locale: string;
}

export interface EventCursor {
  occurredAt: Date;
  id: number;
}

export async function lookupShipment(
  ctx: UseCaseContext,
  input: { trackingNumber: string; postalCode?: string | null | undefined; locale: string },
): Promise<ShipmentView> {
  const analysis = analyzeTrackingNumber(input.trackingNumber);
  if (!analysis.ok) {
    throw new InvalidTrackingNumber(analysis.trackingNumber, analysis.problem, analysis.message);
  }
  const [row] = await ctx.db
    .select()
    .from(shipments)
    .where(eq(shipments.trackingNumber, analysis.trackingNumber));
  if (!row) throw new ShipmentNotFound(analysis.trackingNumber);
  return {
    row,
    detailsVisible: row.postalCode === null || postalCodeMatches(row.postalCode, input.postalCode),
    locale: input.locale,
  };
}

function eventsBefore(c: EventCursor): SQL | undefined {
  return or(
    lt(trackingEvents.occurredAt, c.occurredAt),
    and(eq(trackingEvents.occurredAt, c.occurredAt), lt(trackingEvents.id, c.id)),
  );
}

/** Newest first by when it happened, keyset on (occurred_at, id) over the shipment's index. */
export async function listShipmentEvents(
  ctx: UseCaseContext,
  shipmentId: number,
  page: PageRequest<EventCursor>,
): Promise<TrackingEventRow[]> {
  return ctx.db
    .select()
    .from(trackingEvents)
    .where(
      and(
        eq(trackingEvents.shipmentId, shipmentId),
        page.after ? eventsBefore(page.after) : undefined,
      ),
    )
    .orderBy(desc(trackingEvents.occurredAt), desc(trackingEvents.id))
    .limit(page.limit);
}

export interface ExplanationView extends Explanation {
  locale: string;
  questionSlugs: readonly string[];
}

export function explainShipment(ctx: UseCaseContext, view: ShipmentView): ExplanationView {
  const status = viewStatus(ctx, view.row.status, view.locale);
  return {
    ...explain({
      status: view.row.status,
      meaning: status.text.meaning,
      nextSteps: status.text.nextSteps,
      actionRequired: status.record.actionRequired,
      terminal: status.record.terminal,
      staleAfterDays: status.record.staleAfterDays,
      lastEventAt: view.row.lastEventAt,
      now: ctx.now(),
      locale: status.locale,
    }),
    locale: status.locale,
    questionSlugs: status.record.questionSlugs,
  };
}
