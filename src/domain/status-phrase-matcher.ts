import { GAP_WORDS, type ParsedPhrase, type PhraseStep } from './status-rule-language.js';

/**
 * Rule phrases matched on the words of a normalised message instead of by regex alternation.
 * Every phrase is filed under the alternatives of its first word: whole words in a hash map,
 * stems in a character trie walked along each word of the message. Only the phrases filed
 * under a word of the message are then checked, word by word, from there.
 *
 * This agrees with the regex form of a phrase (compileRuleEntry) on any text whose words are
 * each either all ASCII word characters [A-Za-z0-9_] or free of them, separated by single
 * spaces: there "\b" and the space lookarounds fall exactly on word edges. `wordsOf` tells
 * such text apart; the rule set reads anything else with the regexes.
 */

interface Entry {
  readonly steps: readonly PhraseStep[];
  /** Bits this phrase sets when it matches (its kind). */
  readonly bits: number;
  /** Its language file's index: a message may rule a language out (status-languages.ts). */
  readonly lang: number;
  /** Words a `~` gap of this phrase never runs over (see phraseSource), or null. */
  readonly stoppers: ReadonlySet<string> | null;
}

/**
 * The phrases filed under one first word. Most have a required second word of whole-word
 * alternatives ("delivered to", "in transit"): those are filed again under that word, so a
 * common first word ("in", "delivered") only checks the phrases its next word can continue.
 */
interface Bucket {
  /** Phrases of one word, or whose second step is optional, a gap or a stem. */
  readonly any: Entry[];
  readonly bySecond: Map<string, Entry[]>;
  /** Whether any phrase starts here (a bucket may only record the word's languages). */
  phrases: boolean;
  /** The language files whose rules use this word (or stem) anywhere in a phrase. */
  readonly langs: number[];
}

/** A word's buckets of phrases and the languages whose rules use it (see wordInfo). */
interface WordInfo {
  readonly buckets: readonly Bucket[];
  readonly langs: readonly number[];
}

const NOTHING_FILED: WordInfo = { buckets: [], langs: [] };

/**
 * Distinct words remembered before the cache starts over: far more than a language's rule words
 * and a carrier network's place names, a few megabytes at most.
 */
const WORD_CACHE_LIMIT = 50_000;
/** Longer "words" are unspaced runs of whole messages, not words that recur. */
const MAX_CACHED_WORD = 32;

/**
 * A stem trie node. Below the first letter nodes have one or a few children: a short list
 * scanned in place is faster than a Map per node.
 */
interface StemNode {
  readonly codes: number[];
  readonly children: StemNode[];
  /** The children by code once there are many (near the root every word's stems branch). */
  wide: Map<number, StemNode> | null;
  bucket: Bucket | null;
}

function newNode(): StemNode {
  return { codes: [], children: [], wide: null, bucket: null };
}

/** Above this many children a node also keeps them in a Map. */
const WIDE_NODE = 6;

function child(node: StemNode, code: number): StemNode | undefined {
  if (node.wide !== null) return node.wide.get(code);
  const codes = node.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i] === code) return node.children[i];
  return undefined;
}

function addChild(node: StemNode, code: number): StemNode {
  const next = newNode();
  node.codes.push(code);
  node.children.push(next);
  if (node.wide !== null) node.wide.set(code, next);
  else if (node.codes.length > WIDE_NODE) {
    node.wide = new Map(node.codes.map((c, i) => [c, node.children[i]!]));
  }
  return next;
}

function newBucket(): Bucket {
  return { any: [], bySecond: new Map(), phrases: false, langs: [] };
}

function file(bucket: Bucket, entry: Entry): void {
  bucket.phrases = true;
  const second = entry.steps[1];
  if (!second || second.gap || second.optional || second.words.some((w) => w.stem)) {
    bucket.any.push(entry);
    return;
  }
  for (const word of new Set(second.words.map((w) => w.word))) {
    const list = bucket.bySecond.get(word);
    if (list) list.push(entry);
    else bucket.bySecond.set(word, [entry]);
  }
}

function wordMatches(step: PhraseStep & { gap: false }, token: string): boolean {
  for (const { word, stem } of step.words) {
    if (stem ? token.startsWith(word) : token === word) return true;
  }
  return false;
}

/**
 * Where the longest match of steps[s..] from position j ends (the index after its last word)
 * when every `~` gap is taken empty, or -1 when they do not match so: the words a phrase spans
 * without reaching over any other.
 */
function restEnd(
  steps: readonly PhraseStep[],
  s: number,
  tokens: readonly string[],
  j: number,
): number {
  if (s === steps.length) return j;
  const step = steps[s]!;
  if (step.gap) return restEnd(steps, s + 1, tokens, j);
  let end = -1;
  if (j < tokens.length && wordMatches(step, tokens[j]!))
    end = restEnd(steps, s + 1, tokens, j + 1);
  return step.optional ? Math.max(end, restEnd(steps, s + 1, tokens, j)) : end;
}

/** Whether steps[s..] match tokens from position j on; a gap never takes a stopper. */
function restMatches(
  steps: readonly PhraseStep[],
  s: number,
  tokens: readonly string[],
  j: number,
  stoppers: ReadonlySet<string> | null,
): boolean {
  if (s === steps.length) return true;
  const step = steps[s]!;
  if (step.gap) {
    for (let k = 0; k <= GAP_WORDS && j + k <= tokens.length; k++) {
      if (k > 0 && stoppers !== null && stoppers.has(tokens[j + k - 1]!)) return false;
      if (restMatches(steps, s + 1, tokens, j + k, stoppers)) return true;
    }
    return false;
  }
  if (
    j < tokens.length &&
    wordMatches(step, tokens[j]!) &&
    restMatches(steps, s + 1, tokens, j + 1, stoppers)
  ) {
    return true;
  }
  return step.optional && restMatches(steps, s + 1, tokens, j, stoppers);
}

const SPACE = 32;

/** An ASCII word character, as the regexes' `\b` sees one. */
export function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

/**
 * Whether a spaced phrase's regex form can begin at `at`: it opens with "\b" (an ASCII first
 * letter) or "(?<![^ ])", so only at the text's start, after a space, or on an ASCII word
 * character after another character ("center터미널" has no such position inside it).
 */
export function mayBeginPhraseAt(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  return before === SPACE || (isAsciiWord(text.charCodeAt(at)) && !isAsciiWord(before));
}

/**
 * Whether the words of a text are its space-separated parts as the regexes see them: false
 * when some word mixes ASCII word characters with others ("non-delivered", "ħdelivered") or
 * spaces are not single separators, where the regex word boundaries are not the word edges.
 */
export function spacesAreWordEdges(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (text.charCodeAt(0) === SPACE || text.charCodeAt(n - 1) === SPACE) return false;
  let ascii = false;
  let other = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE) {
      if (text.charCodeAt(i - 1) === SPACE) return false;
      ascii = false;
      other = false;
    } else if (isAsciiWord(c)) {
      if (other) return false;
      ascii = true;
    } else {
      if (ascii) return false;
      other = true;
    }
  }
  return true;
}

/** The words of a text, or null where spacesAreWordEdges says they are not its words. */
export function wordsOf(text: string): string[] | null {
  if (text.length === 0) return [];
  return spacesAreWordEdges(text) ? text.split(' ') : null;
}

/** Letter runs of a `re:` entry, read as stems: "\\bout for (physical )?deliver". */
const REGEX_WORD = /[\p{L}\p{M}]{3,}/gu;

/**
 * Finds rule phrases in a message's words and, in the same walk, counts per language file how
 * many of the words its rules know: a cheap stand-in for language detection.
 *
 * The rules of every language are one set, so a stem of one language can match a word of
 * another (Slovak `col*` in French "colis", Polish `cel*` in English "cell", French
 * `transport` in "parcel placed on transport"). A phrase of a language whose rules know fewer
 * than half as many of the message's words as the best language's does not count. Languages
 * are small integers (the files' order), so any number of files fits; `shared` ones (mul.json)
 * are never counted nor ruled out.
 */
export class PhraseMatcher {
  private readonly byWord = new Map<string, Bucket>();
  /** Stem trie roots by first UTF-16 unit. */
  private readonly stems = new Map<number, StemNode>();
  private size = 0;
  private counts: Int32Array;
  /** What is filed under each word met so far (see wordInfo). */
  private readonly words = new Map<string, WordInfo>();
  private readonly allowed: Uint8Array;
  /** Scratch for leading(). */
  private readonly leaders: Uint8Array;
  /** Buckets met in the walk and the word index each was met at, checked after it. */
  private readonly pendingBuckets: Bucket[] = [];
  private readonly pendingAt: number[] = [];

  /**
   * `languages` is the number of language files; `shared` ones are never ruled out; without
   * `byLanguage` no phrase is (the regex reference reads every language's phrases everywhere).
   */
  constructor(
    languages = 1,
    private readonly shared: ReadonlySet<number> = new Set(),
    private readonly byLanguage = true,
  ) {
    this.counts = new Int32Array(languages);
    this.allowed = new Uint8Array(languages);
    this.leaders = new Uint8Array(languages);
  }

  get phrases(): number {
    return this.size;
  }

  private exactBucket(word: string): Bucket {
    let bucket = this.byWord.get(word);
    if (!bucket) {
      bucket = newBucket();
      this.byWord.set(word, bucket);
    }
    return bucket;
  }

  private stemBucket(word: string): Bucket {
    let node = this.stems.get(word.charCodeAt(0));
    if (!node) {
      node = newNode();
      this.stems.set(word.charCodeAt(0), node);
    }
    for (let i = 1; i < word.length; i++) {
      const c = word.charCodeAt(i);
      node = child(node, c) ?? addChild(node, c);
    }
    node.bucket ??= newBucket();
    return node.bucket;
  }

  /** Records that a language's rules use a word (a stem when `stem`). */
  addWord(word: string, stem: boolean, lang: number): void {
    if (word.length === 0 || this.shared.has(lang)) return;
    const langs = (stem ? this.stemBucket(word) : this.exactBucket(word)).langs;
    if (!langs.includes(lang)) langs.push(lang);
  }

  /** A `re:` entry's letter runs count for its language, as stems (mostly prefixes: "deliver"). */
  addRegexWords(source: string, lang: number): void {
    for (const word of source.replace(/\\[a-zA-Z]/g, ' ').match(REGEX_WORD) ?? []) {
      this.addWord(word, true, lang);
    }
  }

  /**
   * Files a spaced phrase (no Chinese/Japanese/Korean/Thai word) of a language under its first
   * word, and records its words as that language's.
   */
  add(phrase: ParsedPhrase, bits: number, lang = 0, gapStoppers: readonly string[] = []): void {
    if (phrase.unspaced) throw new Error('unspaced phrases are matched by regex');
    const first = phrase.steps[0]!;
    if (first.gap) throw new Error('a phrase cannot start with ~');
    const gapped = gapStoppers.length > 0 && phrase.steps.some((s) => s.gap);
    const entry: Entry = {
      steps: phrase.steps,
      bits,
      lang,
      stoppers: gapped ? new Set(gapStoppers) : null,
    };
    this.size++;
    for (const step of phrase.steps) {
      if (!step.gap) for (const { word, stem } of step.words) this.addWord(word, stem, lang);
    }
    // A word listed twice among the alternatives must not file the phrase twice.
    for (const { word, stem } of new Map(
      first.words.map((w) => [`${w.stem}${w.word}`, w]),
    ).values()) {
      file(stem ? this.stemBucket(word) : this.exactBucket(word), entry);
    }
  }

  /**
   * What the matcher files under one word: its buckets with phrases (its whole word first, then
   * every stem it starts with) and the languages whose rules use it, each once. Computed once per
   * distinct word: a stream's words recur ("delivered", "paketzentrum", its place names) while the
   * trie walk down a long word's letters costs as much as the rest of the word's handling.
   */
  private wordInfo(token: string): WordInfo {
    const known = this.words.get(token);
    if (known !== undefined) return known;
    const buckets: Bucket[] = [];
    const langs: number[] = [];
    const note = (bucket: Bucket) => {
      if (bucket.phrases) buckets.push(bucket);
      for (const l of bucket.langs) if (!langs.includes(l)) langs.push(l);
    };
    const exact = this.byWord.get(token);
    if (exact) note(exact);
    let node = this.stems.get(token.charCodeAt(0));
    for (let k = 1; node; k++) {
      if (node.bucket) note(node.bucket);
      if (k >= token.length) break;
      node = child(node, token.charCodeAt(k));
    }
    const info: WordInfo =
      buckets.length === 0 && langs.length === 0 ? NOTHING_FILED : { buckets, langs };
    // A Chinese or Japanese message is one unspaced "word": kept, every distinct message would
    // be an entry, pushing out the words that recur.
    if (token.length > MAX_CACHED_WORD) return info;
    if (this.words.size >= WORD_CACHE_LIMIT) this.words.clear();
    this.words.set(token, info);
    return info;
  }

  /**
   * Walks the words: counts languages (see languageSupport) and, with `collect`, queues the
   * buckets of phrases starting at each word.
   */
  private walk(tokens: readonly string[], collect: boolean): void {
    const counts = this.counts;
    counts.fill(0);
    for (let i = 0; i < tokens.length; i++) {
      const info = this.wordInfo(tokens[i]!);
      const langs = info.langs;
      for (let j = 0; j < langs.length; j++) counts[langs[j]!]!++;
      if (collect) {
        const buckets = info.buckets;
        for (let b = 0; b < buckets.length; b++) {
          this.pendingBuckets.push(buckets[b]!);
          this.pendingAt.push(i);
        }
      }
    }
  }

  /**
   * Per language file, how many of the words its rules know (scratch, valid until the next
   * call): the message's plausible languages are those with the most.
   */
  languageSupport(tokens: readonly string[]): Int32Array {
    this.walk(tokens, false);
    return this.counts;
  }

  /**
   * The languages whose phrases may count in the words last matched or counted, or null for all
   * (no word is any language's). Scratch, valid until the next call.
   */
  scope(): Uint8Array | null {
    const best = this.bestCount();
    return best === 0 ? null : this.languagesWithAtLeast(Math.ceil(best / 2), this.allowed);
  }

  /**
   * The languages that know the most of the words last matched or counted, and the shared ones,
   * or null when no word is any language's. Scratch, valid until the next call.
   */
  leading(): Uint8Array | null {
    const best = this.bestCount();
    return best === 0 ? null : this.languagesWithAtLeast(best, this.leaders);
  }

  private bestCount(): number {
    const counts = this.counts;
    let best = 0;
    for (let l = 0; l < counts.length; l++) if (counts[l]! > best) best = counts[l]!;
    return best;
  }

  /** Fills `into` with the languages counting at least `min` words, and the shared ones. */
  private languagesWithAtLeast(min: number, into: Uint8Array): Uint8Array {
    const counts = this.counts;
    for (let l = 0; l < counts.length; l++) into[l] = counts[l]! >= min ? 1 : 0;
    for (const l of this.shared) into[l] = 1;
    return into;
  }

  /**
   * ORs the bits of every phrase found in `tokens` (from wordsOf) whose language the words do
   * not rule out. `skip` holds bits already known: phrases that could only set those are not
   * checked. Afterwards `lastSupport` holds the language counts of these words.
   */
  match(tokens: readonly string[], skip = 0): number {
    this.pendingBuckets.length = 0;
    this.pendingAt.length = 0;
    this.walk(tokens, true);
    const allowed = this.byLanguage ? this.scope() : null;
    let found = skip;
    for (let p = 0; p < this.pendingBuckets.length; p++) {
      found = checkBucket(this.pendingBuckets[p]!, tokens, this.pendingAt[p]!, found, allowed);
    }
    return found & ~skip;
  }

  /**
   * The bits of the phrases that start at word `first` up to word `last`, whatever language the
   * rest of the message is in: what a word just before them (a negation) qualifies. With
   * `allowed`, only the phrases of the languages it marks.
   */
  startingAt(
    tokens: readonly string[],
    first: number,
    last: number,
    allowed: Uint8Array | null = null,
  ): number {
    let found = 0;
    for (let i = first; i <= last && i < tokens.length; i++) {
      this.forEachBucketAt(tokens[i]!, (bucket) => {
        found = checkBucket(bucket, tokens, i, found, allowed);
      });
    }
    return found;
  }

  /**
   * Where the longest phrase with any of `bits` that starts at word `i`, its gaps taken empty,
   * ends (the index after its last word), or -1 when none does; with `allowed`, only the
   * phrases of the languages it marks.
   */
  reachOf(tokens: readonly string[], i: number, bits: number, allowed: Uint8Array | null): number {
    let end = -1;
    const reach = (entries: readonly Entry[]) => {
      for (const entry of entries) {
        if ((entry.bits & bits) === 0 || (allowed !== null && allowed[entry.lang] === 0)) continue;
        const at = restEnd(entry.steps, 1, tokens, i + 1);
        if (at > end) end = at;
      }
    };
    this.forEachBucketAt(tokens[i]!, (bucket) => {
      reach(bucket.any);
      const next = i + 1 < tokens.length ? bucket.bySecond.get(tokens[i + 1]!) : undefined;
      if (next) reach(next);
    });
    return end;
  }

  /** Each bucket of phrases filed under `token`: its whole word, then every stem it starts with. */
  private forEachBucketAt(token: string, visit: (bucket: Bucket) => void): void {
    for (const bucket of this.wordInfo(token).buckets) visit(bucket);
  }

  /** Whether some phrase, stem or `re:` entry of any file uses the word. */
  knows(token: string): boolean {
    return this.wordInfo(token) !== NOTHING_FILED;
  }

  /** The length of the longest stem any rule reads `token` by (0: none). */
  longestStem(token: string): number {
    let longest = 0;
    let node = this.stems.get(token.charCodeAt(0));
    for (let k = 1; node; k++) {
      if (node.bucket) longest = k;
      if (k >= token.length) break;
      node = child(node, token.charCodeAt(k));
    }
    return longest;
  }

  /** The language counts of the words last matched or counted. */
  get lastSupport(): Int32Array {
    return this.counts;
  }
}

function checkBucket(
  bucket: Bucket,
  tokens: readonly string[],
  i: number,
  found: number,
  allowed: Uint8Array | null,
): number {
  let out = found;
  if (bucket.any.length > 0) out = check(bucket.any, tokens, i, out, allowed);
  if (i + 1 < tokens.length && bucket.bySecond.size > 0) {
    const next = bucket.bySecond.get(tokens[i + 1]!);
    if (next) out = check(next, tokens, i, out, allowed);
  }
  return out;
}

function check(
  entries: readonly Entry[],
  tokens: readonly string[],
  i: number,
  found: number,
  allowed: Uint8Array | null,
): number {
  for (const entry of entries) {
    if ((found & entry.bits) === entry.bits) continue;
    if (allowed !== null && allowed[entry.lang] === 0) continue;
    if (restMatches(entry.steps, 1, tokens, i + 1, entry.stoppers)) found |= entry.bits;
  }
  return found;
}
