import { and, eq, gte, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { deliveryHistograms, deliveryRecords, trackingEvents } from '../db/schema.js';
import {
  basisKeys,
  bucketOf,
  ESTIMATE_BASES,
  ESTIMATE_FROM_STATUSES,
  type Estimate,
  type EstimateBasis,
  type EstimateFromStatus,
  emptyHistogram,
  estimateDelivery,
  isEstimateFromStatus,
  type Lane,
} from '../domain/delivery-histogram.js';
import { firstEstimateStatus } from '../domain/delivery-replay.js';
import type { TrackingStatus } from '../domain/tracking-status.js';
import type { UseCaseContext } from './context.js';

/** Anything that runs statements: the database or an open transaction. */
type Runner = Pick<Db, 'select' | 'insert'>;

/** The bucket counts of one status under each basis that has a histogram for it. */
export type Histograms = Map<EstimateBasis, number[]>;

/**
 * Called in the ingestion transaction when a shipment has just become DELIVERED. Writes the
 * delivery record (at most once per shipment: the primary key settles races and replays) and
 * adds the shipment's transit time from each status it went through to that status's buckets
 * under every basis key of its lane. Four statements, only on the batch that delivers.
 */
export async function recordDelivery(
  tx: Runner,
  shipment: { id: number } & Lane,
  minSample: number,
): Promise<void> {
  const firsts = await tx
    .select({ status: trackingEvents.status, at: sql<Date>`min(${trackingEvents.occurredAt})` })
    .from(trackingEvents)
    .where(eq(trackingEvents.shipmentId, shipment.id))
    .groupBy(trackingEvents.status);
  const firstAt = new Map<TrackingStatus, number>(
    firsts.map((f) => [f.status, new Date(f.at).getTime()]),
  );
  const deliveredAt = firstAt.get('DELIVERED');
  if (deliveredAt === undefined) return;
  const firstEventAt = Math.min(...firstAt.values());
  const keys = basisKeys(shipment);

  // The estimate a shopper saw from the shipment's first status, before this delivery counts.
  const startStatus = firstEstimateStatus(firstAt, deliveredAt);
  const shown = startStatus
    ? estimateDelivery({
        histograms: await readHistograms(tx, keys, startStatus),
        since: new Date(firstAt.get(startStatus)!),
        now: new Date(deliveredAt),
        minSample,
      })
    : null;

  const [created] = await tx
    .insert(deliveryRecords)
    .values({
      shipmentId: shipment.id,
      carrier: shipment.carrier,
      originCountry: shipment.originCountry,
      destinationCountry: shipment.destinationCountry,
      firstEventAt: new Date(firstEventAt),
      deliveredAt: new Date(deliveredAt),
      estimateBasis: shown?.basis ?? null,
      estimateEarliest: shown?.earliest ?? null,
      estimateLatest: shown?.latest ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: deliveryRecords.shipmentId });
  if (!created) return;

  const rows = transitBuckets(firstAt, deliveredAt).flatMap(({ fromStatus, bucket }) => {
    const counts = emptyHistogram();
    counts[bucket] = 1;
    return keys.map(({ basis, key }) => ({ basis, key, fromStatus, counts }));
  });
  if (!rows.length) return;
  // One global order, so two deliveries on the same lane never wait on each other in a cycle.
  rows.sort((a, b) =>
    a.basis !== b.basis
      ? a.basis < b.basis
        ? -1
        : 1
      : a.key !== b.key
        ? a.key < b.key
          ? -1
          : 1
        : a.fromStatus < b.fromStatus
          ? -1
          : a.fromStatus > b.fromStatus
            ? 1
            : 0,
  );
  const h = deliveryHistograms;
  // Element-wise sum with the stored row: the conflicting row is locked and re-read, so
  // concurrent deliveries to the same histogram both count.
  await tx
    .insert(h)
    .values(rows)
    .onConflictDoUpdate({
      target: [h.basis, h.key, h.fromStatus],
      set: {
        counts: sql`(select array_agg(stored + added order by i)
          from unnest(${h.counts}, excluded.counts) with ordinality as c(stored, added, i))`,
      },
    });
}

/** The bucket of the time from first reaching each status to delivery, per status reached. */
export function transitBuckets(
  firstAt: ReadonlyMap<TrackingStatus, number>,
  deliveredAt: number,
): { fromStatus: EstimateFromStatus; bucket: number }[] {
  const out: { fromStatus: EstimateFromStatus; bucket: number }[] = [];
  for (const [status, at] of firstAt) {
    if (!isEstimateFromStatus(status) || at > deliveredAt) continue;
    out.push({ fromStatus: status, bucket: bucketOf(deliveredAt - at) });
  }
  return out;
}

export async function readHistograms(
  db: Runner,
  keys: readonly { basis: EstimateBasis; key: string }[],
  fromStatus: EstimateFromStatus,
): Promise<Histograms> {
  const h = deliveryHistograms;
  const match: SQL[] = keys.map((k) => and(eq(h.basis, k.basis), eq(h.key, k.key))!);
  const rows = await db
    .select({ basis: h.basis, counts: h.counts })
    .from(h)
    .where(and(eq(h.fromStatus, fromStatus), or(...match)));
  return new Map(rows.map((r) => [r.basis, r.counts]));
}

const FROM_STATUSES_SQL = sql.raw(ESTIMATE_FROM_STATUSES.map((s) => `'${s}'`).join(', '));

/**
 * Columns the shipment lookup adds to its one statement: when the shipment first reached its
 * current status, and that status's histogram under each basis key of its lane, as a JSON
 * object of bucket-count arrays by basis. The keys are built as `basisKeys` builds them; a
 * missing country makes its key null, so that level matches nothing, as `basisKeys` leaves it
 * out. Only for a status an estimate can start from, each reads a handful of indexed rows: the
 * histograms at most four, one primary-key probe each (measured faster than four scalar
 * subqueries, one per basis).
 */
export const lookupEstimateColumns = {
  statusSince: sql<string | Date | null>`case when shipments.status in (${FROM_STATUSES_SQL}) then (
    select min(se.occurred_at) from tracking_events se
    where se.shipment_id = shipments.id and se.status = shipments.status) end`,
  histograms: sql<Partial<Record<EstimateBasis, number[]>> | null>`case
    when shipments.status in (${FROM_STATUSES_SQL}) then (
    select json_object_agg(h.basis, h.counts)
    from delivery_histograms h
    where h.from_status = shipments.status and (h.basis, h.key) in (
      ('LANE'::estimate_basis,
        shipments.carrier || '|' || shipments.origin_country || '|' || shipments.destination_country),
      ('CARRIER_DESTINATION'::estimate_basis, shipments.carrier || '|' || shipments.destination_country),
      ('DESTINATION'::estimate_basis, shipments.destination_country),
      ('STATUS'::estimate_basis, ''))) end`,
};

export interface ShipmentEstimate extends Estimate {
  fromStatus: EstimateFromStatus;
  since: Date;
}

/** The estimate from what the lookup statement returned; null when delivered or without basis. */
export function estimateFromLookup(
  status: TrackingStatus,
  found: {
    statusSince: string | Date | null;
    histograms: Partial<Record<EstimateBasis, number[]>> | null;
  },
  now: Date,
  minSample: number,
): ShipmentEstimate | null {
  if (!isEstimateFromStatus(status) || !found.statusSince || !found.histograms) return null;
  const since = new Date(found.statusSince);
  const histograms: Histograms = new Map();
  for (const basis of ESTIMATE_BASES) {
    const counts = found.histograms[basis];
    if (counts) histograms.set(basis, counts);
  }
  const estimate = estimateDelivery({ histograms, since, now, minSample });
  return estimate && { ...estimate, fromStatus: status, since };
}

export type PerformanceGroup = 'LANE' | 'CARRIER' | 'DESTINATION';

export interface DeliveryPerformanceRow {
  carrier: string | null;
  originCountry: string | null;
  destinationCountry: string | null;
  deliveries: number;
  medianTransitDays: number;
  p90TransitDays: number;
  /** Deliveries that had an estimate when they were delivered. */
  estimated: number;
  /** Of those, delivered between its earliest and latest. */
  insideEstimate: number;
}

/**
 * Deliveries in [from, to] grouped as asked, with transit percentiles computed by PostgreSQL
 * over the delivery records (one row per delivered shipment, indexed by delivery time).
 */
export async function deliveryPerformance(
  ctx: UseCaseContext,
  input: { from: Date; to: Date; groupBy: PerformanceGroup },
): Promise<DeliveryPerformanceRow[]> {
  const r = deliveryRecords;
  const days = sql`extract(epoch from ${r.deliveredAt} - ${r.firstEventAt}) / 86400`;
  const groups = {
    LANE: [r.carrier, r.originCountry, r.destinationCountry],
    CARRIER: [r.carrier],
    DESTINATION: [r.destinationCountry],
  }[input.groupBy];
  const rows = await ctx.db
    .select({
      carrier: input.groupBy === 'DESTINATION' ? sql<null>`null` : r.carrier,
      originCountry: input.groupBy === 'LANE' ? r.originCountry : sql<null>`null`,
      destinationCountry: input.groupBy === 'CARRIER' ? sql<null>`null` : r.destinationCountry,
      deliveries: sql<number>`count(*)::int`,
      medianTransitDays: sql<number>`percentile_cont(0.5) within group (order by ${days})`,
      p90TransitDays: sql<number>`percentile_cont(0.9) within group (order by ${days})`,
      estimated: sql<number>`count(${r.estimateLatest})::int`,
      insideEstimate: sql<number>`(count(*) filter (where ${r.deliveredAt}
        between ${r.estimateEarliest} and ${r.estimateLatest}))::int`,
    })
    .from(r)
    .where(and(gte(r.deliveredAt, input.from), lte(r.deliveredAt, input.to)))
    .groupBy(...groups)
    .orderBy(sql`count(*) desc`, ...groups);
  return rows.map((row) => ({
    ...row,
    medianTransitDays: Number(row.medianTransitDays),
    p90TransitDays: Number(row.p90TransitDays),
  }));
}
