import { and, asc, desc, eq, or, sql } from 'drizzle-orm';
import { faqQuestions } from '../db/schema.js';
import {
  buildSnippet,
  HEADLINE_OPTIONS,
  rankSearchHits,
  type SearchHitCandidate,
} from '../domain/faq-search.js';
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
  const [question] = await loadQuestionsBySlugs(ctx.loaders, locale, [slug]);
  if (question || locale === DEFAULT_LOCALE) return question ?? null;
  const [fallback] = await loadQuestionsBySlugs(ctx.loaders, DEFAULT_LOCALE, [slug]);
  return fallback ?? null;
}

export interface FaqSearchHit {
  question: FaqQuestionRow;
  score: number;
  snippet: string;
}

/** Trigram similarity below this is noise rather than a typo of a word in the question. */
const MIN_WORD_SIMILARITY = 0.35;

/**
 * Full-text search finds stemmed words ("tracking" ~ "track"); trigram word similarity finds
 * typos ("custms"). One statement fetches candidates by either; ranking blends both in domain.
 */
export async function searchQuestions(
  ctx: UseCaseContext,
  query: string,
  locale: string,
  first: number,
): Promise<FaqSearchHit[]> {
  const tsQuery = sql`websearch_to_tsquery(${faqQuestions.searchConfig}, ${query})`;
  const document = sql`(${faqQuestions.title} || ' ' || ${faqQuestions.body})`;
  const rows = await ctx.db
    .select({
      question: faqQuestions,
      textRank: sql<number>`ts_rank_cd(${faqQuestions.search}, ${tsQuery})`.mapWith(Number),
      titleSimilarity: sql<number>`word_similarity(${query}, ${faqQuestions.title})`.mapWith(
        Number,
      ),
      bodySimilarity: sql<number>`word_similarity(${query}, ${document})`.mapWith(Number),
      headline: sql<string>`ts_headline(${faqQuestions.searchConfig}, ${faqQuestions.body}, ${tsQuery}, ${HEADLINE_OPTIONS})`,
    })
    .from(faqQuestions)
    .where(
      and(
        eq(faqQuestions.locale, locale),
        or(
          sql`${faqQuestions.search} @@ ${tsQuery}`,
          sql`word_similarity(${query}, ${document}) >= ${MIN_WORD_SIMILARITY}`,
        ),
      ),
    );
  const candidates: SearchHitCandidate<FaqQuestionRow>[] = rows.map((r) => ({
    item: r.question,
    textRank: r.textRank,
    titleSimilarity: r.titleSimilarity,
    bodySimilarity: r.bodySimilarity,
  }));
  const byId = new Map(rows.map((r) => [r.question.id, r.headline]));
  return rankSearchHits(candidates, first).map((hit) => ({
    question: hit.item,
    score: hit.score,
    snippet: buildSnippet(byId.get(hit.item.id) ?? '', hit.item.body, query),
  }));
}
