import { and, asc, desc, eq } from 'drizzle-orm';
import { faqQuestions } from '../db/schema.js';
import { searchDocuments } from '../domain/faq-search.js';
import { DEFAULT_LOCALE, resolveLocale } from '../domain/locale.js';
import type { FaqQuestionRow } from '../infra/knowledge-store.js';
import { loadQuestionsBySlugs } from '../infra/loaders.js';
import type { UseCaseContext } from './context.js';
import { pastCursor } from './keyset.js';
import type { PageRequest } from './pagination.js';

/** Keyset position of a question in its locale's list. */
export interface FaqCursor {
  position: number;
  id: number;
}

export function faqLocale(ctx: UseCaseContext, requested: string) {
  return resolveLocale(requested, ctx.knowledge.current.faqLocales);
}

const order = [faqQuestions.position, faqQuestions.id] as const;

/** One page of a locale's questions in help-center order, by keyset on (position, id). */
export async function listQuestions(
  ctx: UseCaseContext,
  locale: string,
  page: PageRequest<FaqCursor>,
): Promise<FaqQuestionRow[]> {
  const sort = page.inverted ? order.map((c) => desc(c)) : order.map((c) => asc(c));
  return ctx.db
    .select()
    .from(faqQuestions)
    .where(
      and(
        eq(faqQuestions.locale, locale),
        page.after ? pastCursor(order, [page.after.position, page.after.id], 'up') : undefined,
        page.before ? pastCursor(order, [page.before.position, page.before.id], 'down') : undefined,
      ),
    )
    .orderBy(...sort)
    .limit(page.limit);
}

/** The question in the requested language, else in the default one, else null. */
export async function findQuestion(
  ctx: UseCaseContext,
  slug: string,
  requested: string,
): Promise<FaqQuestionRow | null> {
  const { locale } = faqLocale(ctx, requested);
  const [question] = await loadQuestionsBySlugs(ctx, locale, [slug]);
  if (question || locale === DEFAULT_LOCALE) return question ?? null;
  const [fallback] = await loadQuestionsBySlugs(ctx, DEFAULT_LOCALE, [slug]);
  return fallback ?? null;
}

export interface FaqSearchHit {
  question: FaqQuestionRow;
  score: number;
  snippet: string;
}

/**
 * Ranked from the in-memory index of the current knowledge snapshot: no statement per search,
 * and an editor's change is searchable as soon as the snapshot reloads.
 */
export function searchQuestions(
  ctx: UseCaseContext,
  query: string,
  locale: string,
  first: number,
): FaqSearchHit[] {
  const index = ctx.knowledge.current.faqSearch.get(locale);
  if (!index) return [];
  return searchDocuments(index, query, first).map((hit) => ({
    question: hit.item,
    score: hit.score,
    snippet: hit.snippet,
  }));
}
