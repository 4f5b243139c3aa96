import { and, asc, count, desc, eq, gte, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { feedbackVotes } from '../db/schema.js';
import {
  bucketStarts,
  helpfulRate,
  type Interval,
  wilsonLowerBound,
  wilsonUpperBound,
} from '../domain/feedback-stats.js';
import type { TrackingStatus } from '../domain/tracking-status.js';
import type { UseCaseContext } from './context.js';
import { pastCursor } from './keyset.js';
import type { PageRequest } from './pagination.js';

export type FeedbackEntryRow = typeof feedbackVotes.$inferSelect;

export interface FeedbackFilter {
  from: Date;
  to: Date;
  locale?: string | null | undefined;
  questionId?: number | null | undefined;
  helpful?: boolean | null | undefined;
  hasComment?: boolean | null | undefined;
  trackingStatus?: TrackingStatus | null | undefined;
}

export interface EntryCursor {
  updatedAt: Date;
  id: number;
}

/** A vote counts in the period of its latest change: that is the opinion it holds now. */
function conditions(f: FeedbackFilter): SQL | undefined {
  return and(
    gte(feedbackVotes.updatedAt, f.from),
    lte(feedbackVotes.updatedAt, f.to),
    f.locale ? eq(feedbackVotes.locale, f.locale) : undefined,
    f.questionId ? eq(feedbackVotes.questionId, f.questionId) : undefined,
    f.helpful != null ? eq(feedbackVotes.helpful, f.helpful) : undefined,
    f.hasComment === true ? isNotNull(feedbackVotes.comment) : undefined,
    f.hasComment === false ? isNull(feedbackVotes.comment) : undefined,
    f.trackingStatus ? eq(feedbackVotes.trackingStatus, f.trackingStatus) : undefined,
  );
}

const helpfulCount = count(sql`case when ${feedbackVotes.helpful} then 1 end`);
const totalCount = count();

export interface Tally {
  helpful: number;
  notHelpful: number;
  total: number;
  helpfulRate: number | null;
  wilsonLowerBound: number | null;
  wilsonUpperBound: number | null;
}

function tally(helpful: number, total: number): Tally {
  return {
    helpful,
    notHelpful: total - helpful,
    total,
    helpfulRate: helpfulRate(helpful, total),
    wilsonLowerBound: wilsonLowerBound(helpful, total),
    wilsonUpperBound: wilsonUpperBound(helpful, total),
  };
}

export interface QuestionSummary extends Tally {
  questionId: number;
  byRevision: (Tally & { revision: number })[];
}

/** Counted in SQL, grouped by question and revision; rates and bounds computed per row. */
export async function feedbackSummary(
  ctx: UseCaseContext,
  filter: FeedbackFilter,
): Promise<QuestionSummary[]> {
  const rows = await ctx.db
    .select({
      questionId: feedbackVotes.questionId,
      revision: feedbackVotes.questionRevision,
      helpful: helpfulCount,
      total: totalCount,
    })
    .from(feedbackVotes)
    .where(conditions(filter))
    .groupBy(feedbackVotes.questionId, feedbackVotes.questionRevision)
    .orderBy(asc(feedbackVotes.questionId), asc(feedbackVotes.questionRevision));
  const byQuestion = new Map<number, typeof rows>();
  for (const r of rows) byQuestion.set(r.questionId, [...(byQuestion.get(r.questionId) ?? []), r]);
  return [...byQuestion].map(([questionId, revisions]) => {
    const helpful = revisions.reduce((n, r) => n + r.helpful, 0);
    const total = revisions.reduce((n, r) => n + r.total, 0);
    return {
      questionId,
      ...tally(helpful, total),
      byRevision: revisions.map((r) => ({ revision: r.revision, ...tally(r.helpful, r.total) })),
    };
  });
}

export interface Bucket extends Tally {
  start: Date;
}

export async function feedbackTimeSeries(
  ctx: UseCaseContext,
  filter: FeedbackFilter,
  interval: Interval,
): Promise<Bucket[]> {
  const unit = interval === 'DAY' ? sql.raw(`'day'`) : sql.raw(`'week'`);
  const bucket = sql<string>`date_trunc(${unit}, ${feedbackVotes.updatedAt} at time zone 'UTC')`;
  const rows = await ctx.db
    .select({
      bucket: sql<string>`to_char(${bucket}, 'YYYY-MM-DD')`,
      helpful: helpfulCount,
      total: totalCount,
    })
    .from(feedbackVotes)
    .where(conditions(filter))
    .groupBy(bucket);
  const byDay = new Map(rows.map((r) => [r.bucket, r]));
  // Empty periods are part of the answer: a chart must show the gap, not skip it.
  return bucketStarts(filter.from, filter.to, interval).map((start) => {
    const row = byDay.get(start.toISOString().slice(0, 10));
    return { start, ...tally(row?.helpful ?? 0, row?.total ?? 0) };
  });
}

export async function findFeedbackEntry(
  ctx: UseCaseContext,
  id: number,
): Promise<FeedbackEntryRow | null> {
  const [entry] = await ctx.db.select().from(feedbackVotes).where(eq(feedbackVotes.id, id));
  return entry ?? null;
}

/** Newest change first, keyset on (updated_at, id). */
export async function listFeedbackEntries(
  db: Db,
  filter: FeedbackFilter,
  page: Pick<PageRequest<EntryCursor>, 'after' | 'limit'>,
): Promise<FeedbackEntryRow[]> {
  return db
    .select()
    .from(feedbackVotes)
    .where(
      and(
        conditions(filter),
        page.after
          ? pastCursor(
              [feedbackVotes.updatedAt, feedbackVotes.id],
              [page.after.updatedAt, page.after.id],
              'down',
            )
          : undefined,
      ),
    )
    .orderBy(desc(feedbackVotes.updatedAt), desc(feedbackVotes.id))
    .limit(page.limit);
}

/** Every matching entry, a page at a time, so an export never holds the table in memory. */
export async function* allFeedbackEntries(db: Db, filter: FeedbackFilter, pageSize = 500) {
  let after: EntryCursor | null = null;
  for (;;) {
    const rows = await listFeedbackEntries(db, filter, { after, limit: pageSize });
    yield* rows;
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = { updatedAt: last.updatedAt, id: last.id };
  }
}

export interface StatusTally extends Tally {
  /** The shipment status the shopper saw; null when the vote came without one. */
  trackingStatus: TrackingStatus | null;
}

/** Votes grouped by the shipment status the shopper was looking at, most votes first. */
export async function feedbackByTrackingStatus(
  ctx: UseCaseContext,
  filter: FeedbackFilter,
): Promise<StatusTally[]> {
  const rows = await ctx.db
    .select({
      trackingStatus: feedbackVotes.trackingStatus,
      helpful: helpfulCount,
      total: totalCount,
    })
    .from(feedbackVotes)
    .where(conditions(filter))
    .groupBy(feedbackVotes.trackingStatus)
    .orderBy(desc(totalCount), asc(feedbackVotes.trackingStatus));
  return rows.map((r) => ({ trackingStatus: r.trackingStatus, ...tally(r.helpful, r.total) }));
}
