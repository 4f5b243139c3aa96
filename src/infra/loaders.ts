import DataLoader from 'dataloader';
import { and, count, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { faqQuestions, feedbackVotes } from '../db/schema.js';

import type { FaqQuestionRow, KnowledgeStore } from './knowledge-store.js';
import { questionKey as slugKey } from './knowledge-store.js';

/**
 * Per-request batchers: a field that fans out over a list costs one statement per level.
 * FAQ questions come from the knowledge store's memory; the database is asked only for one
 * this instance has not loaded yet (created on another instance a moment ago).
 */
export function createLoaders(db: Db, knowledge: KnowledgeStore) {
  return {
    questionById: new DataLoader<number, FaqQuestionRow | null>(async (ids) => {
      const known = knowledge.current.questionsById;
      const missing = ids.filter((id) => !known.has(id));
      const rows = missing.length
        ? await db.select().from(faqQuestions).where(inArray(faqQuestions.id, missing))
        : [];
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => known.get(id) ?? byId.get(id) ?? null);
    }),
    /** Keyed by `locale\0slug`: status definitions link questions by slug in every locale. */
    questionBySlug: new DataLoader<string, FaqQuestionRow | null>(async (allKeys) => {
      const known = knowledge.current.questionsBySlug;
      const keys = allKeys.filter((k) => !known.has(k));
      if (!keys.length) return allKeys.map((k) => known.get(k) ?? null);
      const pairs = keys.map((k) => k.split('\u0000') as [string, string]);
      const rows = await db
        .select()
        .from(faqQuestions)
        .where(
          and(
            inArray(faqQuestions.locale, [...new Set(pairs.map((p) => p[0]))]),
            inArray(faqQuestions.slug, [...new Set(pairs.map((p) => p[1]))]),
          ),
        );
      const byKey = new Map(rows.map((r) => [slugKey(r.locale, r.slug), r]));
      return allKeys.map((k) => known.get(k) ?? byKey.get(k) ?? null);
    }),
    /** Current votes per question: one grouped statement for every question on the page. */
    voteCounts: new DataLoader<number, { helpful: number; notHelpful: number }>(async (ids) => {
      const rows = await db
        .select({
          questionId: feedbackVotes.questionId,
          helpful: count(sql`case when ${feedbackVotes.helpful} then 1 end`),
          notHelpful: count(sql`case when not ${feedbackVotes.helpful} then 1 end`),
        })
        .from(feedbackVotes)
        .where(inArray(feedbackVotes.questionId, [...ids]))
        .groupBy(feedbackVotes.questionId);
      const byId = new Map(rows.map((r) => [r.questionId, r]));
      return ids.map((id) => byId.get(id) ?? { helpful: 0, notHelpful: 0 });
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export async function loadQuestionsBySlugs(
  { loaders, knowledge }: { loaders: Loaders; knowledge: KnowledgeStore },
  locale: string,
  slugs: readonly string[],
): Promise<FaqQuestionRow[]> {
  const keys = slugs.map((s) => slugKey(locale, s));
  // The snapshot holds every question of the seeded content: an explanation's related questions
  // are answered from it without the loader's batching round (one per lookup otherwise).
  const known = knowledge.current.questionsBySlug;
  if (keys.every((k) => known.has(k))) return keys.map((k) => known.get(k)!);
  const rows = await loaders.questionBySlug.loadMany(keys);
  return rows.filter((r): r is FaqQuestionRow => r !== null && !(r instanceof Error));
}
