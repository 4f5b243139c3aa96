import { isTimeZone } from '../domain/time-zones.js';
import type { FeedbackFilter } from '../resolvers/analytics.js';
import * as analytics from '../resolvers/analytics.js';
import { feedbackFilter, InvalidAnalyticsFilter } from '../resolvers/analytics-filter.js';
import { builder, loadForRole } from './builder.js';
import { FaqQuestion } from './faq.js';
import { invalidInput } from './invalid-input.js';
import { resolveKeysetConnection, timeAndIdCursor } from './pagination.js';
import { TrackingStatusEnum } from './statuses.js';

const FeedbackEntry = builder.objectRef<analytics.FeedbackEntryRow>('FeedbackEntry');

builder.node(FeedbackEntry, {
  description: "One client's current vote on one question.",
  authScopes: { role: 'analytics' },
  id: { resolve: (e) => e.id },
  loadOne: loadForRole('analytics', 'FeedbackEntry', (id, ctx) =>
    analytics.findFeedbackEntry(ctx, Number(id)),
  ),
  fields: (t) => ({
    question: t.field({
      type: FaqQuestion,
      resolve: async (e, _args, ctx) => (await ctx.loaders.questionById.load(e.questionId))!,
    }),
    helpful: t.exposeBoolean('helpful'),
    comment: t.exposeString('comment', { nullable: true }),
    clientId: t.exposeString('clientId'),
    trackingStatus: t.field({
      type: TrackingStatusEnum,
      nullable: true,
      resolve: (e) => e.trackingStatus,
    }),
    locale: t.exposeString('locale'),
    questionRevision: t.exposeInt('questionRevision'),
    changes: t.exposeInt('changes', { description: 'How often the client flipped this vote.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const tallyFields = builder.interfaceRef<analytics.Tally>('FeedbackTally').implement({
  fields: (t) => ({
    helpful: t.exposeInt('helpful'),
    notHelpful: t.exposeInt('notHelpful'),
    total: t.exposeInt('total'),
    helpfulRate: t.exposeFloat('helpfulRate', {
      nullable: true,
      description: 'helpful / total; null without votes.',
    }),
    wilsonLowerBound: t.exposeFloat('wilsonLowerBound', {
      nullable: true,
      description: 'Lower bound of the 95% Wilson score interval of the helpful rate.',
    }),
    wilsonUpperBound: t.exposeFloat('wilsonUpperBound', {
      nullable: true,
      description: 'Upper bound of the same interval.',
    }),
  }),
});

const RevisionSummary = builder
  .objectRef<analytics.Tally & { revision: number }>('FeedbackRevisionSummary')
  .implement({ interfaces: [tallyFields], fields: (t) => ({ revision: t.exposeInt('revision') }) });

const FeedbackSummary = builder.objectRef<analytics.QuestionSummary>('FeedbackSummary').implement({
  interfaces: [tallyFields],
  fields: (t) => ({
    question: t.field({
      type: FaqQuestion,
      resolve: async (s, _args, ctx) => (await ctx.loaders.questionById.load(s.questionId))!,
    }),
    slug: t.exposeString('slug', { description: 'The question across its languages.' }),
    locales: t.exposeStringList('locales', {
      description: 'Languages whose votes this row counts.',
    }),
    byRevision: t.field({
      type: [RevisionSummary],
      description:
        'The same counts per revision of the answer text (summed across languages in a roll-up).',
      resolve: (s) => s.byRevision,
    }),
  }),
});

const FeedbackBucket = builder.objectRef<analytics.Bucket>('FeedbackBucket').implement({
  interfaces: [tallyFields],
  fields: (t) => ({
    start: t.expose('start', {
      type: 'DateTime',
      description: 'Local midnight (in the requested time zone) of the day, or of the Monday.',
    }),
    end: t.expose('end', { type: 'DateTime', description: 'Start of the next bucket.' }),
    partial: t.exposeBoolean('partial', {
      description:
        'The range cuts this bucket (first or last): it counts only part of its day or week.',
    }),
  }),
});

const StatusFeedback = builder
  .objectRef<analytics.StatusTally>('FeedbackByTrackingStatus')
  .implement({
    interfaces: [tallyFields],
    fields: (t) => ({
      trackingStatus: t.field({
        type: TrackingStatusEnum,
        nullable: true,
        description: 'Null for votes cast without a shipment on the page.',
        resolve: (s) => s.trackingStatus,
      }),
    }),
  });

export const IntervalEnum = builder.enumType('FeedbackInterval', {
  values: ['DAY', 'WEEK'] as const,
});

export interface FilterArgs {
  from?: Date | null;
  to?: Date | null;
  locale?: string | null;
  questionId?: { id: string } | null;
}

/** Adapts the arguments to the one analytics filter rule (resolvers/analytics-filter.ts). */
export function toFilter(args: FilterArgs, now: Date): FeedbackFilter {
  try {
    return feedbackFilter(
      { ...args, questionId: args.questionId ? Number(args.questionId.id) : null },
      now,
    );
  } catch (error) {
    if (error instanceof InvalidAnalyticsFilter) throw invalidInput(error.message);
    throw error;
  }
}

const SummaryOrderEnum = builder.enumType('FeedbackSummaryOrder', {
  description: 'What feedbackSummary rows are ordered by.',
  values: {
    WILSON_LOWER_BOUND: {
      description: 'How sure we are that the answer helps: 3 of 3 does not beat 95 of 100.',
    },
    HELPFUL_RATE: { description: 'The raw helpful share.' },
    TOTAL: { description: 'How many votes the question got.' },
  } as const,
});

const SummaryGroupingEnum = builder.enumType('FeedbackSummaryGrouping', {
  description: 'What one feedbackSummary row counts.',
  values: {
    QUESTION: { description: 'One question in one language.' },
    SLUG: {
      description:
        'One question across its languages (rolled up by slug); `question` is its English version when there is one.',
    },
  } as const,
});

builder.queryFields((t) => {
  const filterArgs = {
    from: t.arg({ type: 'DateTime', description: 'Default: 30 days before `to`.' }),
    to: t.arg({ type: 'DateTime', description: 'Default: now.' }),
    locale: t.arg.string({ validate: { maxLength: 35 } }),
    questionId: t.arg.globalID({ for: [FaqQuestion] }),
  };
  return {
    feedbackSummary: t.field({
      type: [FeedbackSummary],
      description:
        'Votes per question in the period, with rates and a confidence bound, best first by default.',
      authScopes: { role: 'analytics' },
      args: {
        ...filterArgs,
        slug: t.arg.string({
          description: 'Only this question, in every language (combine with groupBy: SLUG).',
          validate: { maxLength: 200 },
        }),
        groupBy: t.arg({
          type: SummaryGroupingEnum,
          defaultValue: 'QUESTION',
          description: 'QUESTION (per language) or SLUG (rolled up across languages).',
        }),
        orderBy: t.arg({
          type: SummaryOrderEnum,
          defaultValue: 'WILSON_LOWER_BOUND',
          description: 'Sort key; rows without votes for it come last.',
        }),
        descending: t.arg.boolean({ defaultValue: true, description: 'Largest first.' }),
      },
      resolve: (_root, args, ctx) =>
        analytics.feedbackSummary(ctx, toFilter(args, ctx.now()), {
          orderBy: args.orderBy ?? 'WILSON_LOWER_BOUND',
          descending: args.descending ?? true,
          groupBy: args.groupBy ?? 'QUESTION',
          slug: args.slug,
        }),
    }),
    feedbackTimeSeries: t.field({
      type: [FeedbackBucket],
      description: 'Votes per day or week; periods without votes are included with zeros.',
      authScopes: { role: 'analytics' },
      args: {
        ...filterArgs,
        interval: t.arg({ type: IntervalEnum, required: true, description: 'Day or ISO week.' }),
        timeZone: t.arg.string({
          defaultValue: 'UTC',
          description:
            'IANA time zone whose midnights (and Mondays) start the buckets, e.g. "Europe/Berlin".',
          validate: {
            maxLength: 64,
            refine: [
              isTimeZone,
              { message: 'timeZone must be an IANA name such as Europe/Berlin' },
            ],
          },
        }),
      },
      resolve: (_root, args, ctx) =>
        analytics.feedbackTimeSeries(
          ctx,
          toFilter(args, ctx.now()),
          args.interval,
          args.timeZone ?? 'UTC',
        ),
    }),
    feedbackByTrackingStatus: t.field({
      type: [StatusFeedback],
      description: 'Votes by the shipment status the shopper saw, most votes first.',
      authScopes: { role: 'analytics' },
      args: filterArgs,
      resolve: (_root, args, ctx) =>
        analytics.feedbackByTrackingStatus(ctx, toFilter(args, ctx.now())),
    }),
    feedbackEntries: t.connection(
      {
        type: FeedbackEntry,
        description: 'Current votes, most recently changed first.',
        authScopes: { role: 'analytics' },
        args: {
          ...filterArgs,
          helpful: t.arg.boolean(),
          hasComment: t.arg.boolean(),
          trackingStatus: t.arg({ type: TrackingStatusEnum }),
        },
        resolve: (_root, args, ctx) => {
          const filter = {
            ...toFilter(args, ctx.now()),
            helpful: args.helpful,
            hasComment: args.hasComment,
            trackingStatus: args.trackingStatus,
          };
          return resolveKeysetConnection(
            args,
            timeAndIdCursor('updatedAt'),
            (page) => analytics.listFeedbackEntries(ctx.db, filter, page),
            { forwardOnly: 'feedbackEntries' },
          );
        },
      },
      { name: 'FeedbackEntryConnection' },
      { name: 'FeedbackEntryEdge' },
    ),
  };
});
