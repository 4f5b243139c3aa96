import { damerauLevenshtein } from './fuzzy.js';

/**
 * FAQ search for questions as shoppers type them ("it says delivered but I never got it"):
 * every meaningful word counts on its own (OR semantics) and BM25F ranks the answers, so a
 * question with one word in common with the content still finds it. Words are stemmed per
 * language, stop words are ignored, synonyms from content widen a word, and a word the
 * content does not know is corrected to the nearest written word ("custms" -> "customs").
 */

/** What a language contributes; built from content files and a stemmer (search-language.ts). */
export interface SearchLanguage {
  stem(word: string): string;
  /** Splits runs of Chinese or Japanese text into words; other languages are split at spaces. */
  readonly segmenter?: Intl.Segmenter | undefined;
  /** Folded words that carry no meaning on their own ("the", "my", "it"). */
  readonly stopWords: ReadonlySet<string>;
  /**
   * Written forms that count although, accents folded, they spell a stop word: French "où"
   * (where) folds to "ou" (or). Every word of a synonym group that is not itself a stop word.
   */
  readonly meaningful: ReadonlySet<string>;
  /**
   * Stop words a synonym group lists: an answer's "when" says nothing and stays out of the index,
   * but a query's "when" (will it arrive) counts through its synonyms. Written forms, as meaningful.
   */
  readonly queryMeaningful: ReadonlySet<string>;
  /**
   * Written form of each queryMeaningful word -> the stems of the words its own groups list. Such
   * a word counts only through these: its stem or a longer form would match the answers' words it
   * was kept out of ("entrega", the delivery a shopper follows, shares "entreg" with "entregado").
   */
  readonly querySynonyms?: ReadonlyMap<string, readonly string[]>;
  /** Folded stem -> the stems of its synonyms (content/search-synonyms.json). */
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
}

export interface SearchDocument<T> {
  item: T;
  title: string;
  body: string;
  /**
   * What the question is about without saying it in its own words: the names of the tracking
   * statuses it explains ("In transit"), so "what does in transit mean" finds it.
   */
  topics?: string;
}

export interface SearchHit<T> {
  item: T;
  /** Relevance from 0 to 1 (BM25F squashed); comparable within one query. */
  score: number;
  /** HTML-escaped excerpt of the body with the matched words wrapped in <mark>. */
  snippet: string;
}

/** BM25 constants: k1 saturates repeated words, b normalises for field length. */
const K1 = 1.2;
const B = 0.75;
/** A title states what the question is about: a word there counts more than in the answer. */
const FIELD_WEIGHTS = { title: 2.5, body: 1, topics: 1.5 } as const;
/** How much a looser match counts compared with the word itself. */
const SYNONYM_WEIGHT = 0.7;
const PREFIX_WEIGHT = 0.7;
/**
 * A stop word a synonym group lists counts through its group at this weight: a question word
 * ("where", "où", "gdzie") or a word for the parcel ("delivery") says less than a word of the
 * question itself, so "where do I pick it up" is about picking up, not tracking.
 */
const QUERY_WORD_WEIGHT = SYNONYM_WEIGHT * 0.6;
const TYPO_WEIGHT = 0.6;
/** Stems shorter than this are too ambiguous for prefix matching ("pos" ~ "post", "posit"). */
const MIN_PREFIX_STEM = 4;
/** Below this many letters a one-letter change makes another word ("lost" vs "post"). */
const MIN_TYPO_LENGTH = 4;
const SNIPPET_WORDS = 28;
/**
 * Two query words next to each other in a field, as in the query ("arrival at destination",
 * stop words aside), say more than the two words apart: the pair adds this share of what the
 * field weight gives one word.
 */
const PAIR_WEIGHT = 0.6;
/**
 * A query that quotes a status name of two words or more, stop words and all ("out for delivery
 * but it never came", "en attente de retrait"), names the question explaining that status: this
 * is added to that question's score. Stop words alone would drop "out" and leave "delivery".
 */
const PHRASE_BONUS = 1.5;

type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS: readonly Field[] = ['title', 'body', 'topics'];

interface Token {
  /** Offsets in the original text, for the snippet. */
  start: number;
  end: number;
  surface: string;
  /** Lower case as written (accents kept). */
  written: string;
  stem: string;
  stop: boolean;
  /** A query's stop word that counts only through its synonym groups (queryMeaningful). */
  groupOnly?: boolean;
}

interface IndexedDocument<T> {
  item: T;
  body: string;
  tokens: Record<Field, Token[]>;
  /** Words that count (not stop words), per field: the BM25 length. */
  lengths: Record<Field, number>;
  /** The folded words of each topic of two words or more ("out", "for", "delivery"). */
  phrases: string[][];
}

/** Term frequency per field of one document. */
type FieldCounts = Record<Field, number>;

export interface SearchIndex<T> {
  readonly language: SearchLanguage;
  readonly documents: readonly IndexedDocument<T>[];
  readonly byStem: ReadonlyMap<string, ReadonlyMap<number, FieldCounts>>;
  readonly bySurface: ReadonlyMap<string, ReadonlyMap<number, FieldCounts>>;
  /**
   * Folded words of the synonym groups that no answer writes ("where", "stuck", "locker"), query-only
   * words among them: a typo
   * of one ("wher", "stcuk") is corrected to it and counts through its group.
   */
  readonly synonymWords: ReadonlySet<string>;
  readonly averageLength: Record<Field, number>;
}

// Letters NFKD does not decompose into base + combining mark.
const SPECIAL_FOLDS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o' };

/** Lower case without accents, so "livre" finds "livré" and "alfandega" finds "alfândega". */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœø]/g, (ch) => SPECIAL_FOLDS[ch] ?? ch);
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The words of a run of letters: the run itself, or its segments where the script has no spaces. */
function* wordsOf(run: string, at: number, segmenter: Intl.Segmenter | undefined) {
  if (!segmenter || !UNSPACED.test(run)) {
    yield { word: run, start: at };
    return;
  }
  for (const s of segmenter.segment(run)) {
    if (s.isWordLike) yield { word: s.segment, start: at + s.index };
  }
}

function tokenize(text: string, language: SearchLanguage, query = false): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    for (const { word, start } of wordsOf(m[0], m.index, language.segmenter)) {
      const surface = fold(word);
      const written = word.toLowerCase();
      const stopWord = language.stopWords.has(surface) && !language.meaningful.has(written);
      const groupOnly = stopWord && query && language.queryMeaningful.has(written);
      tokens.push({
        start,
        end: start + word.length,
        surface,
        // Stemmers expect the written letters (French and Portuguese rules look at accents).
        stem: fold(language.stem(written)),
        stop: stopWord && !groupOnly,
        groupOnly,
        written,
      });
    }
  }
  return tokens;
}

function addPosting(
  postings: Map<string, Map<number, FieldCounts>>,
  key: string,
  doc: number,
  field: Field,
) {
  const docs = postings.get(key) ?? new Map<number, FieldCounts>();
  postings.set(key, docs);
  const counts = docs.get(doc) ?? { title: 0, body: 0, topics: 0 };
  docs.set(doc, counts);
  counts[field]++;
}

/** Built once per knowledge snapshot and locale; searching it touches no database. */
export function buildSearchIndex<T>(
  documents: readonly SearchDocument<T>[],
  language: SearchLanguage,
): SearchIndex<T> {
  const byStem = new Map<string, Map<number, FieldCounts>>();
  const bySurface = new Map<string, Map<number, FieldCounts>>();
  const totals = { title: 0, body: 0, topics: 0 };
  const indexed = documents.map((d, i): IndexedDocument<T> => {
    const tokens = {
      title: tokenize(d.title, language),
      body: tokenize(d.body, language),
      topics: tokenize(d.topics ?? '', language),
    };
    const lengths = { title: 0, body: 0, topics: 0 };
    for (const field of FIELDS) {
      for (const token of tokens[field]) {
        if (token.stop) continue;
        lengths[field]++;
        addPosting(byStem, token.stem, i, field);
        addPosting(bySurface, token.surface, i, field);
      }
      totals[field] += lengths[field];
    }
    const phrases = (d.topics ?? '')
      .split('\n')
      .map((line) => tokenize(line, language).map((t) => t.surface))
      .filter((words) => words.length >= 2);
    return { item: d.item, body: d.body, tokens, lengths, phrases };
  });
  const n = Math.max(1, indexed.length);
  return {
    language,
    documents: indexed,
    byStem,
    bySurface,
    synonymWords: new Set(
      [...language.meaningful, ...language.queryMeaningful]
        .map(fold)
        .filter((w) => w.length >= MIN_TYPO_LENGTH && !bySurface.has(w)),
    ),
    averageLength: {
      title: totals.title / n || 1,
      body: totals.body / n || 1,
      topics: totals.topics / n || 1,
    },
  };
}

/** One way a query word can match a document word. */
interface Alternative {
  kind: 'stem' | 'surface';
  key: string;
  weight: number;
}

/** A query word and everything that counts as it. */
interface QueryTerm {
  alternatives: Alternative[];
  /**
   * The index knows the word as written: its stem, a synonym or a longer form, not a typo fix.
   * A stem of one or two letters cut from a longer word does not count ("aduna", a Spanish typo,
   * is Turkish "ad" once stemmed): it matches too much to say which language the query is in.
   */
  known: boolean;
}

const MIN_KNOWN_STEM = 3;

function typoCorrections(index: SearchIndex<unknown>, surface: string): string[] {
  if (surface.length < MIN_TYPO_LENGTH || /\d/.test(surface)) return [];
  const max = surface.length >= 8 ? 2 : 1;
  let best = max + 1;
  let words: string[] = [];
  for (const word of [...index.bySurface.keys(), ...index.synonymWords]) {
    if (word.length < MIN_TYPO_LENGTH) continue;
    const d = damerauLevenshtein(surface, word, best < max + 1 ? best : max);
    if (d < best) {
      best = d;
      words = [word];
    } else if (d === best && d <= max) words.push(word);
  }
  return best <= max ? words : [];
}

/**
 * What each meaningful query word may match (its stem, synonyms, longer forms, or a typo fix),
 * and how many meaningful words the query has.
 */
function analyzeQuery(
  index: SearchIndex<unknown>,
  query: string,
  typos = true,
): { terms: QueryTerm[]; words: number } {
  const { language } = index;
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const token of tokenize(query, language, true)) {
    if (token.stop || seen.has(token.stem)) continue;
    seen.add(token.stem);
    const alternatives = new Map<string, Alternative>();
    const add = (kind: Alternative['kind'], key: string, weight: number) => {
      const id = `${kind}:${key}`;
      if ((alternatives.get(id)?.weight ?? 0) < weight) alternatives.set(id, { kind, key, weight });
    };
    /** The stems the index knows among `stems`. */
    const addStems = (stems: readonly string[], weight: number) => {
      for (const stem of stems) if (index.byStem.has(stem)) add('stem', stem, weight);
    };
    /** A stem, and its synonyms at SYNONYM_WEIGHT of `weight`. */
    const addWord = (stem: string, weight: number) => {
      addStems([stem], weight);
      addStems(language.synonyms.get(stem) ?? [], weight * SYNONYM_WEIGHT);
    };
    const groupOnly = token.groupOnly ? language.querySynonyms?.get(token.written) : undefined;
    if (groupOnly) {
      addStems(groupOnly, QUERY_WORD_WEIGHT);
      if (alternatives.size > 0)
        terms.push({ alternatives: [...alternatives.values()], known: true });
      continue;
    }
    addWord(token.stem, 1);
    let related = index.byStem.has(token.stem);
    if (token.stem.length >= MIN_PREFIX_STEM) {
      // "deliv" (delivered) ~ "deliveri" (delivery), "zoll" ~ "zollabfertig": forms a stemmer splits.
      for (const stem of index.byStem.keys()) {
        if (stem === token.stem || stem.length < MIN_PREFIX_STEM) continue;
        if (stem.startsWith(token.stem) || token.stem.startsWith(stem)) {
          add('stem', stem, PREFIX_WEIGHT);
          related = true;
        }
      }
    }
    const known = alternatives.size > 0;
    if (!related && typos && !language.synonyms.has(token.stem)) {
      // Only a word the content does not know is a typo; the correction is a written word, so
      // "custms" matches "customs" and not "customer", which shares its stem. A correction to a
      // word only the synonym groups know ("wher" -> "where") counts through its group.
      for (const word of typoCorrections(index, token.surface)) {
        if (index.bySurface.has(word)) {
          add('surface', word, TYPO_WEIGHT);
          continue;
        }
        const queryWord = language.querySynonyms?.get(word);
        if (queryWord) {
          // A typo of a query-only word ("dnde"): its groups, as the word itself counts.
          addStems(queryWord, TYPO_WEIGHT * QUERY_WORD_WEIGHT);
          continue;
        }
        addWord(fold(language.stem(word)), TYPO_WEIGHT);
      }
    }
    if (alternatives.size > 0) {
      const all = [...alternatives.values()];
      const telling = token.stem.length >= MIN_KNOWN_STEM || token.stem === token.surface;
      // A typo fix does not tell that the index knows the word as written.
      terms.push({
        alternatives: all,
        known: known && telling && all.some((a) => a.kind === 'stem'),
      });
    }
  }
  return { terms, words: seen.size };
}

function postingsOf(index: SearchIndex<unknown>, alt: Alternative) {
  return (alt.kind === 'stem' ? index.byStem : index.bySurface).get(alt.key);
}

/** BM25F: field-weighted, length-normalised frequency, saturated once, times the word's rarity. */
function scoreDocuments(index: SearchIndex<unknown>, terms: QueryTerm[]): Map<number, number> {
  const scores = new Map<number, number>();
  const n = index.documents.length;
  for (const term of terms) {
    const weighted = new Map<number, number>();
    for (const alt of term.alternatives) {
      for (const [doc, counts] of postingsOf(index, alt) ?? []) {
        const { lengths } = index.documents[doc]!;
        let tf = 0;
        for (const field of FIELDS) {
          const norm = 1 - B + (B * lengths[field]) / index.averageLength[field];
          tf += (FIELD_WEIGHTS[field] * counts[field]) / norm;
        }
        weighted.set(doc, (weighted.get(doc) ?? 0) + alt.weight * tf);
      }
    }
    // Lucene's idf stays positive when a word is in most documents, as in a five-question FAQ.
    const df = weighted.size;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    for (const [doc, tf] of weighted) {
      scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (K1 + 1)) / (tf + K1));
    }
  }
  for (let t = 1; t < terms.length; t++) {
    for (const [doc, score] of scores) {
      const bonus = pairBonus(index.documents[doc]!, terms[t - 1]!, terms[t]!);
      if (bonus > 0) scores.set(doc, score + bonus);
    }
  }
  return scores;
}

/** The weight of the best way `term` matches this document word, 0 when none does. */
function termMatches(token: Token, term: QueryTerm): number {
  let best = 0;
  for (const a of term.alternatives) {
    if ((a.kind === 'stem' ? token.stem : token.surface) === a.key) best = Math.max(best, a.weight);
  }
  return best;
}

/** The best field's bonus for `first` directly followed by `second` (stop words skipped). */
function pairBonus(doc: IndexedDocument<unknown>, first: QueryTerm, second: QueryTerm): number {
  let bonus = 0;
  for (const field of FIELDS) {
    let previous = 0;
    for (const token of doc.tokens[field]) {
      if (token.stop) continue;
      const here = termMatches(token, second);
      if (previous > 0 && here > 0) {
        bonus = Math.max(bonus, PAIR_WEIGHT * FIELD_WEIGHTS[field] * Math.min(previous, here));
      }
      previous = termMatches(token, first);
    }
  }
  return bonus;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function matches(token: Token, terms: QueryTerm[]): boolean {
  return !token.stop && terms.some((t) => termMatches(token, t) > 0);
}

/** The body window with the most matched words, matched words (only those) in <mark>. */
function snippetOf(doc: IndexedDocument<unknown>, terms: QueryTerm[]): string {
  const tokens = doc.tokens.body;
  if (tokens.length === 0) return '';
  const marked = tokens.map((t) => matches(t, terms));
  const width = Math.min(SNIPPET_WORDS, tokens.length);
  let bestStart = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (marked[i]) count++;
    if (i >= width && marked[i - width]) count--;
    if (i >= width - 1 && count > bestCount) {
      bestCount = count;
      bestStart = i - width + 1;
    }
  }
  // Open the window a little before the first match so the sentence reads.
  const first = marked.indexOf(true, bestStart);
  if (first > bestStart + 4) bestStart = Math.min(first - 4, tokens.length - width);
  const last = bestStart + width - 1;
  const from = bestStart === 0 ? 0 : tokens[bestStart]!.start;
  const to = last === tokens.length - 1 ? doc.body.length : tokens[last]!.end;
  let out = bestStart === 0 ? '' : '… ';
  let cursor = from;
  for (let i = bestStart; i <= last; i++) {
    const t = tokens[i]!;
    if (!marked[i]) continue;
    out += `${escapeHtml(doc.body.slice(cursor, t.start))}<mark>${escapeHtml(doc.body.slice(t.start, t.end))}</mark>`;
    cursor = t.end;
  }
  out += escapeHtml(doc.body.slice(cursor, to));
  if (to < doc.body.length) out += ' …';
  return out.replace(/\s+/g, ' ').trim();
}

/** Whether `run` occurs in `words` as consecutive words. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/** Squashes the unbounded BM25 sum into 0..1 (order-preserving). */
function normalizeScore(score: number): number {
  return Math.round((score / (score + 2)) * 1000) / 1000;
}

/**
 * Documents sharing at least one meaningful word (or a synonym, longer form or typo fix of
 * one) with the query, best first; ties keep the documents' order.
 */
export function searchDocuments<T>(
  index: SearchIndex<T>,
  query: string,
  first: number,
): SearchHit<T>[] {
  return searchWithCoverage(index, query, first).hits;
}

function coverageOf(terms: readonly QueryTerm[], words: number): number {
  return words === 0 ? 0 : terms.filter((term) => term.known).length / words;
}

/**
 * The share of the query's meaningful words this index knows as written, as searchWithCoverage
 * reports it, without looking for typo fixes: the cheap test of whether another language's
 * questions could answer a query at all (the typo scan walks the whole vocabulary per word).
 */
export function queryCoverage(index: SearchIndex<unknown>, query: string): number {
  const { terms, words } = analyzeQuery(index, query, false);
  return coverageOf(terms, words);
}

/**
 * searchDocuments, and the share of the query's meaningful words this index knows as written (by
 * stem, synonym or longer form; typo fixes aside): how plausibly the query is in its language.
 */
export function searchWithCoverage<T>(
  index: SearchIndex<T>,
  query: string,
  first: number,
): { hits: SearchHit<T>[]; coverage: number } {
  const { terms, words } = analyzeQuery(index, query);
  const coverage = coverageOf(terms, words);
  if (terms.length === 0) return { hits: [], coverage };
  const scores = scoreDocuments(index, terms);
  const written = tokenize(query, index.language, true).map((t) => t.surface);
  index.documents.forEach((d, doc) => {
    if (d.phrases.some((phrase) => containsRun(written, phrase))) {
      scores.set(doc, (scores.get(doc) ?? 0) + PHRASE_BONUS);
    }
  });
  const hits = [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, first)
    .map(([doc, score]) => {
      const d = index.documents[doc]!;
      return { item: d.item, score: normalizeScore(score), snippet: snippetOf(d, terms) };
    });
  return { hits, coverage };
}
