import { encodeGlobalID } from '@pothos/plugin-relay';
import { and, eq, sql } from 'drizzle-orm';
import { faqQuestions, statusQuestionLinks } from '../db/schema.js';
import { QuestionNotFound, SlugTaken } from '../domain/errors.js';
import { searchConfigFor } from '../domain/locale.js';
import type { TrackingStatus } from '../domain/tracking-status.js';
import type { FaqQuestionRow } from '../infra/knowledge-store.js';
import type { UseCaseContext } from './context.js';
import { knowledgeChanged } from './knowledge-changes.js';

export interface NewQuestion {
  slug: string;
  locale: string;
  title: string;
  body: string;
  /** Defaults to after the locale's last question. */
  position?: number | null | undefined;
  relatedStatuses?: readonly TrackingStatus[] | null | undefined;
}

export async function createFaqQuestion(
  ctx: UseCaseContext,
  input: NewQuestion,
): Promise<FaqQuestionRow> {
  const now = ctx.now();
  const question = await ctx.db.transaction(async (tx) => {
    const position =
      input.position ??
      sql`(select coalesce(max(${faqQuestions.position}), 0) + 1 from ${faqQuestions} where ${faqQuestions.locale} = ${input.locale})`;
    const [created] = await tx
      .insert(faqQuestions)
      .values({
        slug: input.slug,
        locale: input.locale,
        title: input.title,
        body: input.body,
        position,
        searchConfig: searchConfigFor(input.locale),
        // Written by an editor: the startup seed must never overwrite it.
        editedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!created) throw new SlugTaken(input.slug, input.locale);
    // Links are by slug, so they also serve the question's other translations.
    if (input.relatedStatuses?.length) {
      await tx
        .insert(statusQuestionLinks)
        .values(input.relatedStatuses.map((status) => ({ status, questionSlug: input.slug })))
        .onConflictDoNothing();
    }
    return created;
  });
  // A new locale or new links change what the in-memory knowledge serves.
  await knowledgeChanged(ctx);
  return question;
}

export interface QuestionChanges {
  title?: string | null | undefined;
  body?: string | null | undefined;
  position?: number | null | undefined;
}

/**
 * One statement: the row changes, and its revision increases, only when something differs,
 * so saving an unchanged form does not count as a revision.
 */
export async function updateFaqQuestion(
  ctx: UseCaseContext,
  id: number,
  changes: QuestionChanges,
): Promise<FaqQuestionRow> {
  const now = ctx.now();
  const title = changes.title ?? sql`${faqQuestions.title}`;
  const body = changes.body ?? sql`${faqQuestions.body}`;
  const position = changes.position ?? sql`${faqQuestions.position}`;
  const [updated] = await ctx.db
    .update(faqQuestions)
    .set({
      title,
      body,
      position,
      revision: sql`${faqQuestions.revision} + 1`,
      editedAt: now,
      updatedAt: now,
    })
    .where(
      and(
        eq(faqQuestions.id, id),
        sql`(${faqQuestions.title}, ${faqQuestions.body}, ${faqQuestions.position}) is distinct from (${title}::text, ${body}::text, ${position}::integer)`,
      ),
    )
    .returning();
  if (updated) {
    // Not needed for what the snapshot holds, but its version is what response caches key on.
    await knowledgeChanged(ctx);
    return updated;
  }
  const [unchanged] = await ctx.db.select().from(faqQuestions).where(eq(faqQuestions.id, id));
  if (!unchanged) throw new QuestionNotFound(encodeGlobalID('FaqQuestion', id));
  return unchanged;
}
