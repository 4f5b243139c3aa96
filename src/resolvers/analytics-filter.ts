import type { TrackingStatus } from '../domain/tracking-status.js';
import type { FeedbackFilter } from './analytics.js';

const DAY_MS = 86_400_000;
/** "Recent" as the analytics team reads it when no range is given. */
export const DEFAULT_RANGE_DAYS = 30;
/** Bounds the work of one analytics read; a longer period is several calls. */
export const MAX_RANGE_DAYS = 366;

/** A filter an analyst can correct: the GraphQL fields and the CSV exports word it the same. */
export class InvalidAnalyticsFilter extends Error {
  override name = 'InvalidAnalyticsFilter';
}

export interface AnalyticsRange {
  from: Date;
  to: Date;
}

/**
 * The one range rule of every analytics read and export: `to` defaults to now, `from` to 30
 * days before `to`, `from` may not follow `to`, and the span is at most 366 days.
 */
export function analyticsRange(
  input: { from?: Date | null | undefined; to?: Date | null | undefined },
  now: Date,
): AnalyticsRange {
  const to = input.to ?? now;
  const from = input.from ?? new Date(to.getTime() - DEFAULT_RANGE_DAYS * DAY_MS);
  if (from > to) throw new InvalidAnalyticsFilter('from must not be after to.');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    throw new InvalidAnalyticsFilter(
      `The range from/to may span at most ${MAX_RANGE_DAYS} days; split a longer period into several calls.`,
    );
  }
  return { from, to };
}

/** What a caller may filter feedback by; ids are database ids (callers decode global ids). */
export interface FeedbackFilterInput {
  from?: Date | null | undefined;
  to?: Date | null | undefined;
  locale?: string | null | undefined;
  questionId?: number | null | undefined;
  helpful?: boolean | null | undefined;
  hasComment?: boolean | null | undefined;
  trackingStatus?: TrackingStatus | null | undefined;
}

/** The feedback filter of feedbackSummary/TimeSeries/Entries and of /exports/feedback.csv. */
export function feedbackFilter(input: FeedbackFilterInput, now: Date): FeedbackFilter {
  return {
    ...analyticsRange(input, now),
    locale: input.locale ?? null,
    questionId: input.questionId ?? null,
    helpful: input.helpful ?? null,
    hasComment: input.hasComment ?? null,
    trackingStatus: input.trackingStatus ?? null,
  };
}
