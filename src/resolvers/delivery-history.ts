import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { deliveryHistograms, deliveryRecords } from '../db/schema.js';
import { type DeliveryHistory, replayDeliveries } from '../domain/delivery-replay.js';
import type { TrackingStatus } from '../domain/tracking-status.js';

interface FirstRow {
  id: number;
  carrier: string;
  origin_country: string | null;
  destination_country: string | null;
  status: TrackingStatus;
  at: string | Date;
}

/**
 * Every delivered shipment with the first time it reached each status. A full read of the
 * events of delivered shipments: for offline tools (backtest, rebuilding after a bulk load),
 * never for a request.
 */
export async function loadDeliveryHistories(db: Db): Promise<DeliveryHistory[]> {
  const result = await db.execute(sql`
    select s.id, s.carrier, s.origin_country, s.destination_country, te.status,
           min(te.occurred_at) as at
    from shipments s join tracking_events te on te.shipment_id = s.id
    where exists (select 1 from tracking_events d
                  where d.shipment_id = s.id and d.status = 'DELIVERED')
    group by s.id, te.status
    order by s.id`);
  const rows = (result as unknown as { rows: FirstRow[] }).rows;
  const byId = new Map<number, DeliveryHistory & { firstAt: Map<TrackingStatus, number> }>();
  for (const r of rows) {
    const id = Number(r.id);
    let h = byId.get(id);
    if (!h) {
      h = {
        id,
        carrier: r.carrier,
        originCountry: r.origin_country,
        destinationCountry: r.destination_country,
        firstAt: new Map(),
      };
      byId.set(id, h);
    }
    h.firstAt.set(r.status, new Date(r.at).getTime());
  }
  return [...byId.values()];
}

const CHUNK = 5_000;

/**
 * Recounts the histograms and delivery records from the stored history, for data that did not
 * come through ingestion (the benchmark's bulk load). Replaces both tables in one transaction.
 */
export async function rebuildDeliveryStats(db: Db, minSample: number) {
  const histories = await loadDeliveryHistories(db);
  const replay = replayDeliveries(histories, minSample);
  const histograms = [...replay.histograms.values()];
  const records = histories.flatMap((h) => {
    const deliveredAt = h.firstAt.get('DELIVERED');
    if (deliveredAt === undefined) return [];
    const shown = replay.firstEstimates.get(h.id);
    return [
      {
        shipmentId: h.id,
        carrier: h.carrier,
        originCountry: h.originCountry,
        destinationCountry: h.destinationCountry,
        firstEventAt: new Date(Math.min(...h.firstAt.values())),
        deliveredAt: new Date(deliveredAt),
        estimateBasis: shown?.basis ?? null,
        estimateEarliest: shown?.earliest ?? null,
        estimateLatest: shown?.latest ?? null,
      },
    ];
  });
  await db.transaction(async (tx) => {
    await tx.delete(deliveryHistograms);
    await tx.delete(deliveryRecords);
    for (let i = 0; i < histograms.length; i += CHUNK) {
      await tx.insert(deliveryHistograms).values(histograms.slice(i, i + CHUNK));
    }
    for (let i = 0; i < records.length; i += CHUNK) {
      await tx.insert(deliveryRecords).values(records.slice(i, i + CHUNK));
    }
  });
  return { replay, deliveries: records.length, histograms: histograms.length };
}
