import * as analytics from '../resolvers/analytics.js';
import { builder } from './builder.js';
import { FaqQuestion } from './faq.js';
import { invalidInput } from './invalid-input.js';
import { decodeTimeAndId, resolveKeysetConnection } from './pagination.js';
import { TrackingStatusEnum } from './statuses.js';

const DAY_MS = 86_400_000;
/** Bounds the work of one analytics query; a longer range is a series of calls or an export. */
const MAX_RANGE_DAYS = 366;

const FeedbackEntry = builder.objectRef<analytics.FeedbackEntryRow>('FeedbackEntry');

builder.node(FeedbackEntry, {
  description: "One client's current vote on one question.",
  authScopes: { role: 'analytics' },
  id: { resolve: (e) => e.id },
  loadOne: (id, ctx) => analytics.findFeedbackEntry(ctx, Number(id)),
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
    byRevision: t.field({ type: [RevisionSummary], resolve: (s) => s.byRevision }),
  }),
});

const FeedbackBucket = builder.objectRef<analytics.Bucket>('FeedbackBucket').implement({
  interfaces: [tallyFields],
  fields: (t) => ({
    start: t.expose('start', {
      type: 'DateTime',
      description: 'UTC day, or ISO week from Monday.',
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

/** from/to default to the last 30 days, as the analytics team reads "recent" by default. */
export function toFilter(
  args: FilterArgs,
  now: Date,
): Pick<analytics.FeedbackFilter, 'from' | 'to' | 'locale' | 'questionId'> {
  const to = args.to ?? now;
  const from = args.from ?? new Date(to.getTime() - 30 * DAY_MS);
  if (from > to) throw invalidInput('from must not be after to.');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    throw invalidInput(`The range from/to may span at most ${MAX_RANGE_DAYS} days.`);
  }
  return {
    from,
    to,
    locale: args.locale,
    questionId: args.questionId ? Number(args.questionId.id) : null,
  };
}

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
      description: 'Votes per question in the period, with rates and a confidence bound.',
      authScopes: { role: 'analytics' },
      args: filterArgs,
      resolve: (_root, args, ctx) => analytics.feedbackSummary(ctx, toFilter(args, ctx.now())),
    }),
    feedbackTimeSeries: t.field({
      type: [FeedbackBucket],
      description: 'Votes per day or week; periods without votes are included with zeros.',
      authScopes: { role: 'analytics' },
      args: { ...filterArgs, interval: t.arg({ type: IntervalEnum, required: true }) },
      resolve: (_root, args, ctx) =>
        analytics.feedbackTimeSeries(ctx, toFilter(args, ctx.now()), args.interval),
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
            {
              encode: (e: analytics.FeedbackEntryRow) => [e.updatedAt.toISOString(), e.id],
              decode: (parts) => {
                const c = decodeTimeAndId(parts);
                return c && { updatedAt: c.at, id: c.id };
              },
            },
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
