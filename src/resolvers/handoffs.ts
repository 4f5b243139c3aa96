import { and, count, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { agentHandoffs, faqQuestions } from '../db/schema.js';
import type { Interval } from '../domain/feedback-stats.js';
import { zonedBuckets } from '../domain/time-zones.js';
import type { TrackingStatus } from '../domain/tracking-status.js';
import type { UseCaseContext } from './context.js';
import { pastCursor } from './keyset.js';
import type { PageRequest } from './pagination.js';

export type AgentRequestRow = typeof agentHandoffs.$inferSelect;

export interface HandoffFilter {
  from: Date;
  to: Date;
  /** The locale of the question the shopper selected. */
  locale?: string | null | undefined;
  questionId?: number | null | undefined;
  queue?: string | null | undefined;
  shipmentStatus?: TrackingStatus | null | undefined;
}

export interface HandoffCursor {
  createdAt: Date;
  id: number;
}

/**
 * The locale filter reads the question's locale through a subquery, so every read stays one
 * statement on agent_handoffs without a join that would change its row shape.
 */
function conditions(f: HandoffFilter): SQL | undefined {
  return and(
    gte(agentHandoffs.createdAt, f.from),
    lte(agentHandoffs.createdAt, f.to),
    f.locale
      ? sql`${agentHandoffs.questionId} in (select ${faqQuestions.id} from ${faqQuestions} where ${faqQuestions.locale} = ${f.locale})`
      : undefined,
    f.questionId ? eq(agentHandoffs.questionId, f.questionId) : undefined,
    f.queue ? eq(agentHandoffs.queue, f.queue) : undefined,
    f.shipmentStatus ? eq(agentHandoffs.shipmentStatus, f.shipmentStatus) : undefined,
  );
}

export async function findAgentRequest(
  ctx: UseCaseContext,
  id: number,
): Promise<AgentRequestRow | null> {
  const [row] = await ctx.db.select().from(agentHandoffs).where(eq(agentHandoffs.id, id));
  return row ?? null;
}

/** Newest first, keyset on (created_at, id), which agent_handoffs_created_idx serves. */
export async function listAgentRequests(
  db: Db,
  filter: HandoffFilter,
  page: Pick<PageRequest<HandoffCursor>, 'after' | 'limit'>,
): Promise<AgentRequestRow[]> {
  return db
    .select()
    .from(agentHandoffs)
    .where(
      and(
        conditions(filter),
        page.after
          ? pastCursor(
              [agentHandoffs.createdAt, agentHandoffs.id],
              [page.after.createdAt, page.after.id],
              'down',
            )
          : undefined,
      ),
    )
    .orderBy(desc(agentHandoffs.createdAt), desc(agentHandoffs.id))
    .limit(page.limit);
}

/** Every matching handoff, a page at a time, so an export never holds the table in memory. */
export async function* allAgentRequests(db: Db, filter: HandoffFilter, pageSize = 500) {
  let after: HandoffCursor | null = null;
  for (;;) {
    const rows = await listAgentRequests(db, filter, { after, limit: pageSize });
    yield* rows;
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}

export interface HandoffBucket {
  start: Date;
  end: Date;
  partial: boolean;
  total: number;
  /** Only the statuses seen in the period; `null` is a handoff without a shipment. */
  byStatus: { status: TrackingStatus | null; count: number }[];
}

export interface HandoffSummary {
  total: number;
  byQueue: { queue: string; count: number }[];
  byStatus: { status: TrackingStatus | null; count: number }[];
  byQuestion: { questionId: number; count: number }[];
  overTime: HandoffBucket[];
}

/**
 * One grouped statement (local day or week x queue x status x question); every view of the
 * summary is a sum over its rows, so the views always add up to the same total.
 */
export async function handoffSummary(
  ctx: UseCaseContext,
  filter: HandoffFilter,
  interval: Interval,
  timeZone = 'UTC',
): Promise<HandoffSummary> {
  const unit = interval === 'DAY' ? sql.raw(`'day'`) : sql.raw(`'week'`);
  const local = sql`${agentHandoffs.createdAt} at time zone ${timeZone}`;
  const rows = await ctx.db
    .select({
      bucket: sql<string>`to_char(date_trunc(${unit}, ${local}), 'YYYY-MM-DD')`,
      queue: agentHandoffs.queue,
      status: agentHandoffs.shipmentStatus,
      questionId: agentHandoffs.questionId,
      count: count(),
    })
    .from(agentHandoffs)
    .where(conditions(filter))
    // The bucket by position: its expression carries a parameter, and PostgreSQL sees a repeated
    // parameter as a different expression.
    .groupBy(sql`1`, agentHandoffs.queue, agentHandoffs.shipmentStatus, agentHandoffs.questionId);

  const sumBy = <K>(key: (r: (typeof rows)[number]) => K) => {
    const sums = new Map<K, number>();
    for (const r of rows) sums.set(key(r), (sums.get(key(r)) ?? 0) + r.count);
    // Largest first; ties in a stable order so a table and its chart list rows alike.
    return [...sums].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  };
  const perBucket = new Map<string, typeof rows>();
  for (const r of rows) perBucket.set(r.bucket, [...(perBucket.get(r.bucket) ?? []), r]);
  return {
    total: rows.reduce((n, r) => n + r.count, 0),
    byQueue: sumBy((r) => r.queue).map(([queue, n]) => ({ queue, count: n })),
    byStatus: sumBy((r) => r.status).map(([status, n]) => ({ status, count: n })),
    byQuestion: sumBy((r) => r.questionId).map(([questionId, n]) => ({ questionId, count: n })),
    overTime: zonedBuckets(filter.from, filter.to, interval, timeZone).map(
      ({ key, start, end, partial }) => {
        const inBucket = perBucket.get(key) ?? [];
        const byStatus = new Map<TrackingStatus | null, number>();
        for (const r of inBucket) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + r.count);
        return {
          start,
          end,
          partial,
          total: inBucket.reduce((n, r) => n + r.count, 0),
          byStatus: [...byStatus].map(([status, n]) => ({ status, count: n })),
        };
      },
    ),
  };
}
