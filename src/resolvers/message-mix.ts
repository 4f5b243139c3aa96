import { and, count, gte, lte, sql } from 'drizzle-orm';
import { trackingEvents } from '../db/schema.js';
import type { Interval } from '../domain/feedback-stats.js';
import { zonedBuckets } from '../domain/time-zones.js';
import type { UseCaseContext } from './context.js';

export type MatchMethodValue = (typeof trackingEvents.matchMethod.enumValues)[number];

export interface MessageMix {
  total: number;
  byMethod: { method: MatchMethodValue; count: number }[];
  /** Messages nothing could read (method NONE) per period, gaps included as zero. */
  unmatchedOverTime: {
    start: Date;
    end: Date;
    partial: boolean;
    total: number;
    unmatched: number;
  }[];
}

/**
 * How the carrier messages received in the period were read. Counted by `received_at` (when
 * wismo read them), not `occurred_at`: the question is how the normalizer did, not when parcels
 * moved. One grouped statement.
 */
export async function carrierMessageMix(
  ctx: UseCaseContext,
  range: { from: Date; to: Date },
  interval: Interval,
  timeZone = 'UTC',
): Promise<MessageMix> {
  const unit = interval === 'DAY' ? sql.raw(`'day'`) : sql.raw(`'week'`);
  const local = sql`${trackingEvents.receivedAt} at time zone ${timeZone}`;
  const rows = await ctx.db
    .select({
      bucket: sql<string>`to_char(date_trunc(${unit}, ${local}), 'YYYY-MM-DD')`,
      method: trackingEvents.matchMethod,
      count: count(),
    })
    .from(trackingEvents)
    .where(
      and(gte(trackingEvents.receivedAt, range.from), lte(trackingEvents.receivedAt, range.to)),
    )
    // The bucket by position: its expression carries a parameter (see handoffSummary).
    .groupBy(sql`1`, trackingEvents.matchMethod);
  const byMethod = new Map<MatchMethodValue, number>(
    trackingEvents.matchMethod.enumValues.map((m) => [m, 0]),
  );
  const perBucket = new Map<string, { total: number; unmatched: number }>();
  for (const r of rows) {
    byMethod.set(r.method, (byMethod.get(r.method) ?? 0) + r.count);
    const b = perBucket.get(r.bucket) ?? { total: 0, unmatched: 0 };
    b.total += r.count;
    if (r.method === 'NONE') b.unmatched += r.count;
    perBucket.set(r.bucket, b);
  }
  return {
    total: rows.reduce((n, r) => n + r.count, 0),
    // Every method, zeros included, in the enum's order: a chart keeps its colours stable.
    byMethod: [...byMethod].map(([method, n]) => ({ method, count: n })),
    unmatchedOverTime: zonedBuckets(range.from, range.to, interval, timeZone).map((b) => ({
      start: b.start,
      end: b.end,
      partial: b.partial,
      ...(perBucket.get(b.key) ?? { total: 0, unmatched: 0 }),
    })),
  };
}
