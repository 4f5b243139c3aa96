import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'drizzle-orm';
import { agentHandoffs, feedbackSubmissions, feedbackVotes } from '../db/schema.js';
import {
  CommentTooLong,
  QuestionNotFound,
  QuestionRequired,
  ShipmentNotFound,
} from '../domain/errors.js';
import { routeHandoff } from '../domain/handoff-routing.js';
import type { TrackingStatus } from '../domain/tracking-status.js';
import type { FaqQuestionRow } from '../infra/knowledge-store.js';
import type { UseCaseContext } from './context.js';
import { explainShipment, lookupShipment } from './shipments.js';

export const MAX_COMMENT_LENGTH = 1000;

export interface FeedbackInput {
  questionId: number;
  helpful: boolean;
  clientId: string;
  comment?: string | null | undefined;
  trackingStatus?: TrackingStatus | null | undefined;
}

export interface FeedbackResult {
  question: FaqQuestionRow;
  helpful: boolean;
  /** True when this call changed an earlier vote of the same client. */
  changed: boolean;
}

async function findQuestion(ctx: UseCaseContext, id: number): Promise<FaqQuestionRow> {
  const question = await ctx.loaders.questionById.load(id);
  // The id as the client sent it: a global id, not the row number behind it.
  if (!question) throw new QuestionNotFound(encodeGlobalID('FaqQuestion', id));
  return question;
}

/**
 * One vote per (question, client): a later call changes it in place, so totals never count a
 * client twice, while every submission is kept for analysing changed minds.
 */
export async function submitFeedback(
  ctx: UseCaseContext,
  input: FeedbackInput,
): Promise<FeedbackResult> {
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > MAX_COMMENT_LENGTH) throw new CommentTooLong(MAX_COMMENT_LENGTH);
  const question = await findQuestion(ctx, input.questionId);
  const values = {
    helpful: input.helpful,
    comment,
    trackingStatus: input.trackingStatus ?? null,
    questionRevision: question.revision,
  };
  return ctx.db.transaction(async (tx) => {
    const [vote] = await tx
      .insert(feedbackVotes)
      .values({
        questionId: question.id,
        clientId: input.clientId,
        locale: question.locale,
        ...values,
      })
      .onConflictDoUpdate({
        target: [feedbackVotes.questionId, feedbackVotes.clientId],
        set: {
          ...values,
          changes: sql`${feedbackVotes.changes} + case when ${feedbackVotes.helpful} <> excluded.helpful then 1 else 0 end`,
          updatedAt: sql`now()`,
        },
      })
      // A sub-select in RETURNING reads the statement's snapshot, i.e. the row before this
      // upsert: null for a first vote, else the earlier answer.
      .returning({
        id: feedbackVotes.id,
        previous: sql<
          boolean | null
        >`(select prev.helpful from feedback_votes prev where prev.id = feedback_votes.id)`,
      });
    await tx.insert(feedbackSubmissions).values({ voteId: vote!.id, ...values });
    const previous = vote!.previous;
    return {
      question,
      helpful: input.helpful,
      changed: previous != null && previous !== input.helpful,
    };
  });
}

export interface AgentRequest {
  questionId?: number | null | undefined;
  trackingNumber?: string | null | undefined;
  clientId: string;
  message?: string | null | undefined;
}

export type AgentHandoffRow = typeof agentHandoffs.$inferSelect;

/**
 * Records a handoff carrying everything the agent needs to start where the help page left
 * off: the question, the shipment's status and the explanation the shopper saw.
 */
export async function requestAgent(
  ctx: UseCaseContext,
  input: AgentRequest,
): Promise<AgentHandoffRow> {
  if (!input.questionId) throw new QuestionRequired();
  const message = input.message?.trim() || null;
  if (message && message.length > MAX_COMMENT_LENGTH) {
    throw new CommentTooLong(MAX_COMMENT_LENGTH, 'message');
  }
  const question = await findQuestion(ctx, input.questionId);
  let shipment: Awaited<ReturnType<typeof lookupShipment>> | null = null;
  if (input.trackingNumber) {
    // An unknown parcel is still worth an agent; a malformed number is the shopper's typo.
    shipment = await lookupShipment(ctx, {
      trackingNumber: input.trackingNumber,
      locale: question.locale,
    }).catch((error: unknown) => {
      if (error instanceof ShipmentNotFound) return null;
      throw error;
    });
  }
  const explanation = shipment ? await explainShipment(ctx, shipment) : null;
  const status = shipment?.row.status ?? null;
  const [handoff] = await ctx.db
    .insert(agentHandoffs)
    .values({
      questionId: question.id,
      clientId: input.clientId,
      trackingNumber:
        shipment?.row.trackingNumber ?? input.trackingNumber?.trim().toUpperCase() ?? null,
      shipmentStatus: status,
      explanation: explanation
        ? {
            meaning: explanation.meaning,
            nextSteps: explanation.nextSteps,
            stale: explanation.stale,
          }
        : null,
      message,
      queue: routeHandoff(ctx.knowledge.current.handoffRouting, {
        questionSlug: question.slug,
        status,
      }),
    })
    .returning();
  return handoff!;
}

/** Current votes per question, for FaqQuestion.helpfulCount / notHelpfulCount. */
export async function voteCounts(ctx: UseCaseContext, questionId: number) {
  return ctx.loaders.voteCounts.load(questionId);
}
