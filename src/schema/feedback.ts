import {
  CommentTooLong,
  InvalidTrackingNumber,
  QuestionNotFound,
  QuestionRequired,
} from '../domain/errors.js';
import * as feedback from '../resolvers/feedback.js';
import { builder } from './builder.js';
import { FaqQuestion } from './faq.js';
import { TrackingStatusEnum } from './statuses.js';

builder.objectFields(FaqQuestion, (t) => ({
  helpfulCount: t.int({
    description: 'Clients whose current vote is "Yes, this was useful".',
    resolve: async (q, _args, ctx) => (await feedback.voteCounts(ctx, q.id)).helpful,
  }),
  notHelpfulCount: t.int({
    resolve: async (q, _args, ctx) => (await feedback.voteCounts(ctx, q.id)).notHelpful,
  }),
}));

const clientIdField = {
  required: true,
  description: 'A stable anonymous id the frontend keeps per browser or app install.',
  validate: {
    minLength: [1, { message: 'clientId must not be empty' }] as [number, { message: string }],
    maxLength: [100, { message: 'clientId must be at most 100 characters' }] as [
      number,
      { message: string },
    ],
  },
} as const;

const SubmitFeedbackInput = builder.inputType('SubmitFeedbackInput', {
  fields: (t) => ({
    questionId: t.globalID({ required: true, for: [FaqQuestion] }),
    helpful: t.boolean({
      required: true,
      description: 'The answer to "Was this information useful?".',
    }),
    comment: t.string({
      description: `Optional, at most ${feedback.MAX_COMMENT_LENGTH} characters.`,
    }),
    clientId: t.string(clientIdField),
    trackingStatus: t.field({
      type: TrackingStatusEnum,
      description: 'The shipment status the shopper was looking at, if any.',
    }),
  }),
});

const SubmitFeedbackSuccess = builder.simpleObject('SubmitFeedbackSuccess', {
  fields: (t) => ({
    question: t.field({ type: FaqQuestion }),
    helpful: t.boolean(),
    changed: t.boolean({ description: "True when this changed the client's earlier vote." }),
  }),
});

const RequestAgentInput = builder.inputType('RequestAgentInput', {
  fields: (t) => ({
    questionId: t.globalID({
      for: [FaqQuestion],
      description: 'The question the shopper selected; required to route the chat.',
    }),
    trackingNumber: t.string({ validate: { maxLength: 100 } }),
    clientId: t.string(clientIdField),
    message: t.string({
      description: `What the shopper wrote, at most ${feedback.MAX_COMMENT_LENGTH} characters.`,
    }),
  }),
});

const AgentHandoff = builder.objectRef<feedback.AgentHandoffRow>('AgentHandoff').implement({
  description: 'A request to talk to an agent, routed to a queue with its context attached.',
  fields: (t) => ({
    queue: t.exposeString('queue', { description: 'The agent queue the chat is routed to.' }),
    question: t.field({
      type: FaqQuestion,
      resolve: async (h, _args, ctx) => (await ctx.loaders.questionById.load(h.questionId))!,
    }),
    trackingNumber: t.exposeString('trackingNumber', { nullable: true }),
    shipmentStatus: t.field({
      type: TrackingStatusEnum,
      nullable: true,
      resolve: (h) => h.shipmentStatus,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.mutationFields((t) => ({
  submitFeedback: t.field({
    extensions: {
      rateLimit: { bucket: 'feedback', alsoPer: 'input.clientId' },
      // A vote changes the question's counts: cached answers holding it must go.
      cache: { evicts: { type: 'FaqQuestion', idArgument: 'input.questionId' } },
    },
    type: SubmitFeedbackSuccess,
    description:
      'Records "Was this information useful?"; a later call from the same client changes the vote.',
    args: { input: t.arg({ type: SubmitFeedbackInput, required: true }) },
    errors: {
      types: [QuestionNotFound, CommentTooLong],
      directResult: true,
      union: { name: 'SubmitFeedbackPayload' },
    },
    resolve: (_root, { input }, ctx) =>
      feedback.submitFeedback(ctx, {
        questionId: Number(input.questionId.id),
        helpful: input.helpful,
        clientId: input.clientId.trim(),
        comment: input.comment,
        trackingStatus: input.trackingStatus,
      }),
  }),
  requestAgent: t.field({
    extensions: { rateLimit: { bucket: 'feedback', alsoPer: 'input.clientId' } },
    type: AgentHandoff,
    description:
      'Connects the shopper to an agent, with the selected question and shipment context.',
    args: { input: t.arg({ type: RequestAgentInput, required: true }) },
    errors: {
      types: [QuestionRequired, QuestionNotFound, InvalidTrackingNumber, CommentTooLong],
      directResult: true,
      union: { name: 'RequestAgentPayload' },
    },
    resolve: (_root, { input }, ctx) =>
      feedback.requestAgent(ctx, {
        questionId: input.questionId ? Number(input.questionId.id) : null,
        trackingNumber: input.trackingNumber,
        clientId: input.clientId.trim(),
        message: input.message,
      }),
  }),
}));
