/**
 * Markers ts_headline puts around matches. They are not HTML so that the whole snippet can be
 * escaped first and the markers turned into <mark> afterwards: FAQ bodies are text, not markup.
 */
const OPEN = '{{mark}}';
const CLOSE = '{{/mark}}';
export const HEADLINE_OPTIONS = `StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=28, MinWords=12, ShortWord=2, MaxFragments=1`;

export interface SearchHitCandidate<T> {
  item: T;
  /** ts_rank_cd of the full-text match, 0 when the stemmed words do not match. */
  textRank: number;
  /** Trigram word similarity (0..1) of the query to the title and to the whole document. */
  titleSimilarity: number;
  bodySimilarity: number;
}

export interface RankedHit<T> {
  item: T;
  score: number;
}

/**
 * A full-text match outranks a fuzzy one (it found the real words); among fuzzy matches a
 * title hit outranks a body hit. ts_rank_cd is unbounded, so it is squashed into 0..1 first.
 */
export function scoreHit(c: Omit<SearchHitCandidate<unknown>, 'item'>): number {
  const text = c.textRank > 0 ? c.textRank / (c.textRank + 0.1) : 0;
  const fuzzy = Math.max(c.titleSimilarity, 0.8 * c.bodySimilarity);
  const score = text > 0 ? 0.5 + 0.35 * text + 0.15 * fuzzy : 0.5 * fuzzy;
  return Math.round(Math.min(1, score) * 1000) / 1000;
}

export function rankSearchHits<T>(
  candidates: SearchHitCandidate<T>[],
  first: number,
): RankedHit<T>[] {
  return candidates
    .map((c) => ({ item: c.item, score: scoreHit(c) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, first);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** pg_trgm's similarity for two single words, to find which body word a typo meant. */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a.toLowerCase());
  const tb = trigrams(b.toLowerCase());
  let shared = 0;
  for (const g of ta) if (tb.has(g)) shared++;
  return shared / (ta.size + tb.size - shared);
}

const WORD = /[\p{L}\p{N}]+/gu;
const SNIPPET_WORDS = 24;

/**
 * HTML-safe snippet with <mark> around matches. ts_headline marks stemmed matches; when it
 * marked nothing (the query was a typo), the body word most similar to a query word is marked.
 */
export function buildSnippet(headline: string, body: string, query: string): string {
  if (headline.includes(OPEN)) {
    return escapeHtml(headline).split(OPEN).join('<mark>').split(CLOSE).join('</mark>');
  }
  const queryWords = query.match(WORD)?.filter((w) => w.length > 2) ?? [];
  const words = [...body.matchAll(WORD)];
  let best: { index: number; similarity: number } | null = null;
  for (const [i, m] of words.entries()) {
    for (const q of queryWords) {
      const similarity = trigramSimilarity(q, m[0]);
      if (similarity >= 0.3 && (!best || similarity > best.similarity))
        best = { index: i, similarity };
    }
  }
  if (!best)
    return escapeHtml(
      words
        .slice(0, SNIPPET_WORDS)
        .map((m) => m[0])
        .join(' '),
    );
  const hit = words[best.index]!;
  const start = words[Math.max(0, best.index - SNIPPET_WORDS / 2)]!.index;
  const endWord = words[Math.min(words.length - 1, best.index + SNIPPET_WORDS / 2)]!;
  const end = endWord.index + endWord[0].length;
  const before = body.slice(start, hit.index);
  const after = body.slice(hit.index + hit[0].length, end);
  return `${escapeHtml(before)}<mark>${escapeHtml(hit[0])}</mark>${escapeHtml(after)}`.replace(
    /\s+/g,
    ' ',
  );
}
