import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { deliveryHistograms, deliveryRecords, trackingEvents } from '../db/schema.js';
import {
  basisKeys,
  bucketOf,
  ESTIMATE_FROM_STATUSES,
  type EstimateBasis,
  type EstimateFromStatus,
  emptyHistogram,
  estimateDelivery,
  isEstimateFromStatus,
  type Lane,
} from '../domain/delivery-histogram.js';
import type { TrackingStatus } from '../domain/tracking-status.js';

/** Anything that runs statements: the database or an open transaction. */
type Runner = Pick<Db, 'select' | 'insert'>;

/** Rows of `delivery_histograms` as the lookup and the recorder read them. */
export interface BucketRow {
  basis: EstimateBasis;
  bucket: number;
  deliveries: number;
}

export function toHistograms(rows: readonly BucketRow[]): Map<EstimateBasis, number[]> {
  const byBasis = new Map<EstimateBasis, number[]>();
  for (const r of rows) {
    const h = byBasis.get(r.basis) ?? emptyHistogram();
    byBasis.set(r.basis, h);
    h[r.bucket] = (h[r.bucket] ?? 0) + r.deliveries;
  }
  return byBasis;
}

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
  const startStatus = ESTIMATE_FROM_STATUSES.find(
    (s) => (firstAt.get(s) ?? Infinity) <= deliveredAt,
  );
  const shown = startStatus
    ? estimateDelivery({
        histograms: toHistograms(await readBuckets(tx, keys, startStatus)),
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

  const rows = transitBuckets(firstAt, deliveredAt).flatMap(({ fromStatus, bucket }) =>
    keys.map(({ basis, key }) => ({ basis, key, fromStatus, bucket, deliveries: 1 })),
  );
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
            : a.bucket - b.bucket,
  );
  await tx
    .insert(deliveryHistograms)
    .values(rows)
    .onConflictDoUpdate({
      target: [
        deliveryHistograms.basis,
        deliveryHistograms.key,
        deliveryHistograms.fromStatus,
        deliveryHistograms.bucket,
      ],
      set: { deliveries: sql`${deliveryHistograms.deliveries} + excluded.deliveries` },
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

export async function readBuckets(
  db: Runner,
  keys: readonly { basis: EstimateBasis; key: string }[],
  fromStatus: EstimateFromStatus,
): Promise<BucketRow[]> {
  const h = deliveryHistograms;
  const match: SQL[] = keys.map((k) => and(eq(h.basis, k.basis), eq(h.key, k.key))!);
  return db
    .select({ basis: h.basis, bucket: h.bucket, deliveries: h.deliveries })
    .from(h)
    .where(and(eq(h.fromStatus, fromStatus), or(...match)));
}
