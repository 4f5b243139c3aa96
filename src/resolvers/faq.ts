import { and, asc, desc, eq } from 'drizzle-orm';
import { faqQuestions } from '../db/schema.js';
import { queryCoverage, searchWithCoverage } from '../domain/faq-search.js';
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

/**
 * Another locale answers only when it knows at least half the query's words: one shared word
 * ("status" in a Polish question, also English) is chance, not the shopper's language.
 */
const MIN_FALLBACK_COVERAGE = 0.5;

export interface FaqSearchHit {
  question: FaqQuestionRow;
  score: number;
  snippet: string;
}

/**
 * Ranked from the in-memory index of the current knowledge snapshot: no statement per search,
 * and an editor's change is searchable as soon as the snapshot reloads.
 *
 * A shopper types in their own language whatever locale the page asked for ("où est mon
 * colis" on a page that sent none, so English). When the requested locale knows under half the
 * query's words, a locale that knows more of them answers, in its language; a typo fix or one
 * shared word ("colis indiqué livré": "live"?) finding something here does not stop it.
 */
export function searchQuestions(
  ctx: UseCaseContext,
  query: string,
  locale: string,
  first: number,
): FaqSearchHit[] {
  const indexes = ctx.knowledge.current.faqSearch;
  const requested = indexes.get(locale);
  let { hits, coverage: best } = requested
    ? searchWithCoverage(requested, query, first)
    : { hits: [], coverage: 0 };
  if (hits.length === 0 || best < MIN_FALLBACK_COVERAGE) {
    for (const [other, index] of indexes) {
      if (other === locale) continue;
      // Most languages know too few of the words to answer: skip their typo scans. Typo fixes
      // never count towards coverage, so the full search below reports this same figure.
      const coverage = queryCoverage(index, query);
      if (coverage < MIN_FALLBACK_COVERAGE || coverage <= best) continue;
      const found = searchWithCoverage(index, query, first);
      if (found.hits.length > 0) ({ hits, coverage: best } = found);
    }
  }
  return hits.map((hit) => ({ question: hit.item, score: hit.score, snippet: hit.snippet }));
}
