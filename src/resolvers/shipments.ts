import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import { shipments, trackingEvents } from '../db/schema.js';
import { retryReadOnce } from '../db/unavailable.js';
import { InvalidTrackingNumber, ShipmentNotFound } from '../domain/errors.js';
import { type Explanation, explain } from '../domain/explanation.js';
import { checkPostalCode, type PostalCodeCheck } from '../domain/postal-code.js';
import { analyzeTrackingNumber } from '../domain/tracking-number.js';
import type { UseCaseContext } from './context.js';
import {
  estimateFromLookup,
  lookupEstimateColumns,
  type ShipmentEstimate,
} from './delivery-stats.js';
import { pastCursor } from './keyset.js';
import type { PageRequest } from './pagination.js';
import { viewStatus } from './statuses.js';

export type ShipmentRow = typeof shipments.$inferSelect;
export type TrackingEventRow = typeof trackingEvents.$inferSelect;

/** A shipment as one caller may see it. */
export interface ShipmentView {
  row: ShipmentRow;
  /** Places and carrier wording are shown only with the right postal code (when one is on file). */
  detailsVisible: boolean;
  postalCodeCheck: PostalCodeCheck;
  locale: string;
  /** The newest events, fetched with the shipment so the usual first page costs no statement. */
  recentEvents?: TrackingEventRow[];
  /**
   * When it will likely arrive, from past deliveries; null when delivered or without basis.
   * Computed by the lookup statement; absent on views built elsewhere (a carrier's batch result).
   */
  estimate?: ShipmentEstimate | null;
}

/** One more than the default page, so the first page also knows whether another exists. */
export const PREFETCHED_EVENTS = 21;

/**
 * A row as one json object under its TypeScript names, built from the table's own columns (so a
 * new column travels too), and a reader turning it back into the row: timestamps travel as ISO
 * text inside json, the row's type holds Dates.
 */
function jsonRow<Row>(columns: Record<string, PgColumn>) {
  const entries = Object.entries(columns);
  const dateKeys = entries.filter(([, column]) => column.dataType === 'date').map(([key]) => key);
  return {
    object: sql`json_build_object(${sql.join(
      entries.map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${column}`),
      sql`, `,
    )})`,
    read(json: Record<string, unknown>): Row {
      for (const key of dateKeys) {
        const value = json[key];
        if (typeof value === 'string') json[key] = new Date(value);
      }
      return json as Row;
    },
  };
}

const shipmentJson = jsonRow<ShipmentRow>(getTableColumns(shipments));
/** The newest events, a subquery named `ev`: the alias qualifies its columns with that name. */
const ev = alias(trackingEvents, 'ev');
const eventJson = jsonRow<TrackingEventRow>(
  Object.fromEntries(
    Object.keys(getTableColumns(trackingEvents)).map((key) => [
      key,
      ev[key as keyof typeof ev] as PgColumn,
    ]),
  ),
);

/**
 * The shipment and its newest events in one statement, prepared once per database: the lookup is
 * the hottest path of the product. Both come back as ONE json value (the events from a
 * correlated subquery): the driver then parses one json column (and the estimate's two) instead
 * of describing and converting sixteen, which was most of what reading the answer cost.
 */
const prepared = new WeakMap<Db, ReturnType<typeof prepareLookup>>();

interface LookupJson {
  shipment: Record<string, unknown>;
  recent: Record<string, unknown>[];
}

function prepareLookup(db: Db) {
  const found = sql<LookupJson>`json_build_object('shipment', ${shipmentJson.object},
    'recent', coalesce((
    select json_agg(${eventJson.object} order by ev.occurred_at desc, ev.id desc)
    from (select * from tracking_events te where te.shipment_id = shipments.id
          order by te.occurred_at desc, te.id desc limit ${sql.raw(String(PREFETCHED_EVENTS))}) ev
  ), '[]'::json))`;
  return db
    .select({ found, ...lookupEstimateColumns })
    .from(shipments)
    .where(eq(shipments.trackingNumber, sql.placeholder('trackingNumber')))
    .prepare('wismo_lookup_shipment');
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
  let lookup = prepared.get(ctx.readDb);
  if (!lookup) {
    lookup = prepareLookup(ctx.readDb);
    prepared.set(ctx.readDb, lookup);
  }
  const statement = lookup;
  // A pooled connection can die unnoticed while idle; the read is idempotent, so retry once.
  const read = () =>
    retryReadOnce(() => statement.execute({ trackingNumber: analysis.trackingNumber }));
  let [found] = await read();
  if (!found && (await ctx.seeding?.waitedFor())) [found] = await read();
  if (!found) throw new ShipmentNotFound(analysis.trackingNumber);
  const row = shipmentJson.read(found.found.shipment);
  const postalCodeCheck = checkPostalCode(row.postalCode, input.postalCode);
  return {
    row,
    detailsVisible: postalCodeCheck === 'NOT_ON_FILE' || postalCodeCheck === 'MATCHED',
    postalCodeCheck,
    locale: input.locale,
    recentEvents: found.found.recent.map(eventJson.read),
    estimate: estimateFromLookup(row.status, found, ctx.now(), ctx.etaMinSample),
  };
}

/** Newest first by when it happened, keyset on (occurred_at, id) over the shipment's index. */
export async function listShipmentEvents(
  ctx: UseCaseContext,
  view: ShipmentView,
  page: PageRequest<EventCursor>,
): Promise<TrackingEventRow[]> {
  const recent = view.recentEvents;
  // The prefetched events answer the first page whenever they hold enough of it.
  if (recent && !page.after && (page.limit <= recent.length || recent.length < PREFETCHED_EVENTS)) {
    return recent.slice(0, page.limit);
  }
  const shipmentId = view.row.id;
  return ctx.readDb
    .select()
    .from(trackingEvents)
    .where(
      and(
        eq(trackingEvents.shipmentId, shipmentId),
        page.after
          ? pastCursor(
              [trackingEvents.occurredAt, trackingEvents.id],
              [page.after.occurredAt, page.after.id],
              'down',
            )
          : undefined,
      ),
    )
    .orderBy(desc(trackingEvents.occurredAt), desc(trackingEvents.id))
    .limit(page.limit);
}

/** The view's estimate, or one statement for views that did not come from the lookup. */
export async function shipmentEstimate(
  ctx: UseCaseContext,
  view: ShipmentView,
): Promise<ShipmentEstimate | null> {
  if (view.estimate !== undefined) return view.estimate;
  const [found] = await ctx.readDb
    .select(lookupEstimateColumns)
    .from(shipments)
    .where(eq(shipments.id, view.row.id));
  view.estimate = found
    ? estimateFromLookup(view.row.status, found, ctx.now(), ctx.etaMinSample)
    : null;
  return view.estimate;
}

export interface ExplanationView extends Explanation {
  locale: string;
  questionSlugs: readonly string[];
}

export async function explainShipment(
  ctx: UseCaseContext,
  view: ShipmentView,
): Promise<ExplanationView> {
  const status = viewStatus(ctx, view.row.status, view.locale);
  const estimate = await shipmentEstimate(ctx, view);
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
      estimate: estimate && {
        ...estimate,
        destinationCountry: view.row.destinationCountry,
      },
    }),
    locale: status.locale,
    questionSlugs: status.record.questionSlugs,
  };
}
