import { sql } from 'drizzle-orm';
import { shipments, trackingEvents } from '../db/schema.js';
import { STATUS_PRECEDENCE } from '../domain/tracking-status.js';
import type { UseCaseContext } from './context.js';

// Constant enum names, not user input: safe to inline as an array literal.
const PRECEDENCE = sql.raw(
  `array[${STATUS_PRECEDENCE.map((s) => `'${s}'`).join(', ')}]::tracking_status[]`,
);

/** The rows of a raw `db.execute`: node-postgres and PGlite both answer `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/**
 * Recomputes shipments' status from all their stored events, in one statement, with the rule
 * of currentStatus() in src/domain/tracking-events.ts: the newest event by occurred_at that is
 * not UNKNOWN wins, and at the same instant the stronger status. Shipments with no readable
 * event keep what they have. Returns the shipments whose status changed.
 */
export async function recomputeShipmentStatuses(
  ctx: UseCaseContext,
  shipmentIds: readonly number[],
): Promise<{ id: number; trackingNumber: string }[]> {
  if (shipmentIds.length === 0) return [];
  const ids = sql.join(
    shipmentIds.map((id) => sql`${id}::integer`),
    sql`, `,
  );
  const result = await ctx.db.execute(sql`
    update ${shipments} as s
    set status = newest.status, status_occurred_at = newest.occurred_at, updated_at = ${ctx.now()}
    from (
      select distinct on (e.shipment_id) e.shipment_id, e.status, e.occurred_at
      from ${trackingEvents} as e
      where e.shipment_id in (${ids}) and e.status <> 'UNKNOWN'
      order by e.shipment_id, e.occurred_at desc, array_position(${PRECEDENCE}, e.status)
    ) as newest
    where s.id = newest.shipment_id
      and (s.status, s.status_occurred_at) is distinct from (newest.status, newest.occurred_at)
    returning s.id, s.tracking_number`);
  return rowsOf<{ id: number; tracking_number: string }>(result).map((r) => ({
    id: Number(r.id),
    trackingNumber: r.tracking_number,
  }));
}
