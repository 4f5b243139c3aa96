import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  gte,
  inArray,
  isNotNull,
  isNull,
  lte,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { faqQuestions, feedbackVotes } from '../db/schema.js';
import {
  helpfulRate,
  type Interval,
  wilsonLowerBound,
  wilsonUpperBound,
} from '../domain/feedback-stats.js';
import { zonedBuckets } from '../domain/time-zones.js';
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
  /** The questions of one slug in every language (a roll-up across locales). */
  questionIds?: readonly number[] | null | undefined;
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
    f.questionIds ? inArray(feedbackVotes.questionId, [...f.questionIds, -1]) : undefined,
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
  /** The question the row is about; for a roll-up, its default-language version. */
  questionId: number;
  slug: string;
  /** Languages whose votes the row counts. */
  locales: string[];
  byRevision: (Tally & { revision: number })[];
}

export type SummaryOrder = 'WILSON_LOWER_BOUND' | 'HELPFUL_RATE' | 'TOTAL';
export type SummaryGrouping = 'QUESTION' | 'SLUG';

export interface SummaryOptions {
  /** @default 'WILSON_LOWER_BOUND' */
  orderBy: SummaryOrder;
  /** @default true */
  descending: boolean;
  /** QUESTION: one row per question and language; SLUG: one row per question across languages. */
  groupBy: SummaryGrouping;
  /** Only this question, in every language. */
  slug?: string | null | undefined;
}

const ORDER_KEYS: Record<SummaryOrder, (s: Tally) => number | null> = {
  WILSON_LOWER_BOUND: (s) => s.wilsonLowerBound,
  HELPFUL_RATE: (s) => s.helpfulRate,
  TOTAL: (s) => s.total,
};

function summaryRow(
  questionId: number,
  slug: string,
  locales: string[],
  rows: { revision: number; helpful: number; total: number }[],
): QuestionSummary {
  const byRevision = new Map<number, { helpful: number; total: number }>();
  for (const r of rows) {
    const sum = byRevision.get(r.revision) ?? { helpful: 0, total: 0 };
    byRevision.set(r.revision, { helpful: sum.helpful + r.helpful, total: sum.total + r.total });
  }
  const helpful = rows.reduce((n, r) => n + r.helpful, 0);
  const total = rows.reduce((n, r) => n + r.total, 0);
  return {
    questionId,
    slug,
    locales: [...new Set(locales)].sort(),
    ...tally(helpful, total),
    byRevision: [...byRevision]
      .sort((a, b) => a[0] - b[0])
      .map(([revision, r]) => ({ revision, ...tally(r.helpful, r.total) })),
  };
}

/**
 * Counted in SQL, grouped by question and revision; rolled up by slug and ordered in memory
 * (at most one row per question). Rows without a value for the order key (no votes) go last.
 */
export async function feedbackSummary(
  ctx: UseCaseContext,
  filter: FeedbackFilter,
  options: SummaryOptions,
): Promise<QuestionSummary[]> {
  const knowledge = ctx.knowledge.current;
  const questionIds = options.slug
    ? [...knowledge.questionsById.values()].filter((q) => q.slug === options.slug).map((q) => q.id)
    : null;
  const rows = await ctx.db
    .select({
      questionId: feedbackVotes.questionId,
      revision: feedbackVotes.questionRevision,
      helpful: helpfulCount,
      total: totalCount,
    })
    .from(feedbackVotes)
    .where(conditions({ ...filter, questionIds }))
    .groupBy(feedbackVotes.questionId, feedbackVotes.questionRevision)
    .orderBy(asc(feedbackVotes.questionId), asc(feedbackVotes.questionRevision));
  const groups = new Map<string, { ids: number[]; locales: string[]; rows: typeof rows }>();
  for (const r of rows) {
    const question = knowledge.questionsById.get(r.questionId);
    const key =
      options.groupBy === 'SLUG' && question ? `slug:${question.slug}` : `id:${r.questionId}`;
    const group = groups.get(key) ?? { ids: [], locales: [], rows: [] };
    group.ids.push(r.questionId);
    if (question) group.locales.push(question.locale);
    group.rows.push(r);
    groups.set(key, group);
  }
  const summaries = [...groups.values()].map((g) => {
    const questions = g.ids.map((id) => knowledge.questionsById.get(id)).filter((q) => !!q);
    // A roll-up is shown as its default-language question when there is one.
    const shown = questions.find((q) => q.locale === 'en') ?? questions[0];
    return summaryRow(shown?.id ?? g.ids[0]!, shown?.slug ?? '', g.locales, g.rows);
  });
  const key = ORDER_KEYS[options.orderBy];
  const sign = options.descending ? -1 : 1;
  return summaries.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1;
    return sign * (ka - kb) || b.total - a.total || a.questionId - b.questionId;
  });
}

export interface Bucket extends Tally {
  start: Date;
  end: Date;
  partial: boolean;
}

/**
 * Votes per local day or week in an IANA time zone (validated by the caller); periods without
 * votes are included with zeros, and the first and last are marked when the range cuts them.
 */
export async function feedbackTimeSeries(
  ctx: UseCaseContext,
  filter: FeedbackFilter,
  interval: Interval,
  timeZone = 'UTC',
): Promise<Bucket[]> {
  const unit = interval === 'DAY' ? sql.raw(`'day'`) : sql.raw(`'week'`);
  const local = sql`${feedbackVotes.updatedAt} at time zone ${timeZone}`;
  const rows = await ctx.db
    .select({
      bucket: sql<string>`to_char(date_trunc(${unit}, ${local}), 'YYYY-MM-DD')`,
      helpful: helpfulCount,
      total: totalCount,
    })
    .from(feedbackVotes)
    .where(conditions(filter))
    // By position: the bucket expression carries a parameter, and a repeated parameter is a
    // different expression to PostgreSQL.
    .groupBy(sql`1`);
  const byKey = new Map(rows.map((r) => [r.bucket, r]));
  // Empty periods are part of the answer: a chart must show the gap, not skip it.
  return zonedBuckets(filter.from, filter.to, interval, timeZone).map((b) => {
    const row = byKey.get(b.key);
    return {
      start: b.start,
      end: b.end,
      partial: b.partial,
      ...tally(row?.helpful ?? 0, row?.total ?? 0),
    };
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

export interface ExportEntryRow extends FeedbackEntryRow {
  slug: string;
  title: string;
}

/**
 * Every matching entry with its question's slug and title, a page at a time (one joined
 * statement per page), so an export never holds the table in memory.
 */
export async function* allFeedbackEntries(
  db: Db,
  filter: FeedbackFilter,
  pageSize = 500,
): AsyncGenerator<ExportEntryRow> {
  let after: EntryCursor | null = null;
  for (;;) {
    const rows: ExportEntryRow[] = await db
      .select({
        ...getTableColumns(feedbackVotes),
        slug: faqQuestions.slug,
        title: faqQuestions.title,
      })
      .from(feedbackVotes)
      .innerJoin(faqQuestions, eq(faqQuestions.id, feedbackVotes.questionId))
      .where(
        and(
          conditions(filter),
          after
            ? pastCursor(
                [feedbackVotes.updatedAt, feedbackVotes.id],
                [after.updatedAt, after.id],
                'down',
              )
            : undefined,
        ),
      )
      .orderBy(desc(feedbackVotes.updatedAt), desc(feedbackVotes.id))
      .limit(pageSize);
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
