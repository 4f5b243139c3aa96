import { isTimeZone } from '../domain/time-zones.js';
import * as handoffs from '../resolvers/handoffs.js';
import { IntervalEnum, toFilter } from './analytics.js';
import { builder, loadForRole } from './builder.js';
import { FaqQuestion } from './faq.js';
import { resolveKeysetConnection, timeAndIdCursor } from './pagination.js';
import { TrackingStatusEnum } from './statuses.js';

const ShownExplanation = builder
  .objectRef<NonNullable<handoffs.AgentRequestRow['explanation']>>('HandoffExplanation')
  .implement({
    description: 'The explanation the shopper was reading when asking for an agent.',
    fields: (t) => ({
      meaning: t.exposeString('meaning'),
      nextSteps: t.exposeStringList('nextSteps'),
      stale: t.exposeBoolean('stale'),
    }),
  });

const AgentRequest = builder.objectRef<handoffs.AgentRequestRow>('AgentRequest');

builder.node(AgentRequest, {
  description:
    'A recorded agent handoff as analysts read it: what the shopper asked, about which question and shipment.',
  authScopes: { role: 'analytics' },
  id: { resolve: (h) => h.id },
  loadOne: loadForRole('analytics', 'AgentRequest', (id, ctx) =>
    handoffs.findAgentRequest(ctx, Number(id)),
  ),
  fields: (t) => ({
    queue: t.exposeString('queue'),
    question: t.field({
      type: FaqQuestion,
      resolve: async (h, _args, ctx) => (await ctx.loaders.questionById.load(h.questionId))!,
    }),
    clientId: t.exposeString('clientId'),
    trackingNumber: t.exposeString('trackingNumber', { nullable: true }),
    shipmentStatus: t.field({
      type: TrackingStatusEnum,
      nullable: true,
      resolve: (h) => h.shipmentStatus,
    }),
    explanation: t.field({
      type: ShownExplanation,
      nullable: true,
      resolve: (h) => h.explanation,
    }),
    message: t.exposeString('message', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const QueueCount = builder.simpleObject('HandoffQueueCount', {
  fields: (t) => ({ queue: t.string(), count: t.int() }),
});

const StatusCount = builder
  .objectRef<{ status: handoffs.HandoffBucket['byStatus'][number]['status']; count: number }>(
    'HandoffStatusCount',
  )
  .implement({
    fields: (t) => ({
      status: t.field({
        type: TrackingStatusEnum,
        nullable: true,
        description: 'Null for handoffs without a shipment.',
        resolve: (s) => s.status,
      }),
      count: t.exposeInt('count'),
    }),
  });

const QuestionCount = builder
  .objectRef<{ questionId: number; count: number }>('HandoffQuestionCount')
  .implement({
    fields: (t) => ({
      question: t.field({
        type: FaqQuestion,
        resolve: async (q, _args, ctx) => (await ctx.loaders.questionById.load(q.questionId))!,
      }),
      count: t.exposeInt('count'),
    }),
  });

/** The series' `timeZone` argument, worded and checked as feedbackTimeSeries does. */
export const TIME_ZONE_ARG = {
  defaultValue: 'UTC',
  description:
    'IANA time zone whose midnights (and Mondays) start the buckets, e.g. "Europe/Berlin".',
  validate: {
    maxLength: 64,
    refine: [isTimeZone, { message: 'timeZone must be an IANA name such as Europe/Berlin' }] as [
      (value: string) => boolean,
      { message: string },
    ],
  },
};

const HandoffBucket = builder.objectRef<handoffs.HandoffBucket>('HandoffBucket').implement({
  fields: (t) => ({
    start: t.expose('start', {
      type: 'DateTime',
      description: 'Local midnight (in the requested time zone) of the day, or of the Monday.',
    }),
    end: t.expose('end', { type: 'DateTime', description: 'Start of the next bucket.' }),
    partial: t.exposeBoolean('partial', {
      description: 'The range cuts this bucket (first or last): it counts only part of it.',
    }),
    total: t.exposeInt('total'),
    byStatus: t.field({ type: [StatusCount], resolve: (b) => b.byStatus }),
  }),
});

const HandoffSummary = builder.objectRef<handoffs.HandoffSummary>('HandoffSummary').implement({
  description: 'Agent handoffs in a period; every list adds up to `total`.',
  fields: (t) => ({
    total: t.exposeInt('total'),
    byQueue: t.field({ type: [QueueCount], resolve: (s) => s.byQueue }),
    byStatus: t.field({ type: [StatusCount], resolve: (s) => s.byStatus }),
    byQuestion: t.field({
      type: [QuestionCount],
      description: 'The questions that most often lead to a handoff, most first.',
      resolve: (s) => s.byQuestion,
    }),
    overTime: t.field({ type: [HandoffBucket], resolve: (s) => s.overTime }),
  }),
});

builder.queryFields((t) => {
  const filterArgs = {
    from: t.arg({ type: 'DateTime', description: 'Default: 30 days before `to`.' }),
    to: t.arg({ type: 'DateTime', description: 'Default: now.' }),
    locale: t.arg.string({
      validate: { maxLength: 35 },
      description: 'Locale of the selected question.',
    }),
    questionId: t.arg.globalID({ for: [FaqQuestion] }),
  };
  return {
    agentRequests: t.connection(
      {
        type: AgentRequest,
        description: 'Agent handoffs, newest first.',
        authScopes: { role: 'analytics' },
        args: {
          ...filterArgs,
          queue: t.arg.string({ validate: { maxLength: 100 } }),
          shipmentStatus: t.arg({ type: TrackingStatusEnum }),
        },
        resolve: (_root, args, ctx) => {
          const filter = {
            ...toFilter(args, ctx.now()),
            queue: args.queue,
            shipmentStatus: args.shipmentStatus,
          };
          return resolveKeysetConnection(
            args,
            timeAndIdCursor('createdAt'),
            (page) => handoffs.listAgentRequests(ctx.db, filter, page),
            { forwardOnly: 'agentRequests' },
          );
        },
      },
      { name: 'AgentRequestConnection' },
      { name: 'AgentRequestEdge' },
    ),
    handoffSummary: t.field({
      type: HandoffSummary,
      description: 'Handoffs by queue, by shipment status over time, and by question.',
      authScopes: { role: 'analytics' },
      args: {
        ...filterArgs,
        interval: t.arg({ type: IntervalEnum, defaultValue: 'DAY' }),
        timeZone: t.arg.string(TIME_ZONE_ARG),
      },
      resolve: (_root, args, ctx) =>
        handoffs.handoffSummary(
          ctx,
          toFilter(args, ctx.now()),
          args.interval ?? 'DAY',
          args.timeZone ?? 'UTC',
        ),
    }),
  };
});
