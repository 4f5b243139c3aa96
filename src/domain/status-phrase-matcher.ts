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
}

/**
 * A stem trie node. Below the first letter nodes have one or a few children: a short list
 * scanned in place is faster than a Map per node.
 */
interface StemNode {
  readonly codes: number[];
  readonly children: StemNode[];
  bucket: Bucket | null;
}

function newNode(): StemNode {
  return { codes: [], children: [], bucket: null };
}

function child(node: StemNode, code: number): StemNode | undefined {
  const codes = node.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i] === code) return node.children[i];
  return undefined;
}

function newBucket(): Bucket {
  return { any: [], bySecond: new Map() };
}

function file(bucket: Bucket, entry: Entry): void {
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

/** Whether steps[s..] match tokens from position j on. */
function restMatches(
  steps: readonly PhraseStep[],
  s: number,
  tokens: readonly string[],
  j: number,
): boolean {
  if (s === steps.length) return true;
  const step = steps[s]!;
  if (step.gap) {
    for (let k = 0; k <= GAP_WORDS && j + k <= tokens.length; k++) {
      if (restMatches(steps, s + 1, tokens, j + k)) return true;
    }
    return false;
  }
  if (
    j < tokens.length &&
    wordMatches(step, tokens[j]!) &&
    restMatches(steps, s + 1, tokens, j + 1)
  ) {
    return true;
  }
  return step.optional && restMatches(steps, s + 1, tokens, j);
}

const SPACE = 32;

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
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

export class PhraseMatcher {
  private readonly byWord = new Map<string, Bucket>();
  /** Stem trie roots by first UTF-16 unit. */
  private readonly stems = new Map<number, StemNode>();
  private size = 0;

  get phrases(): number {
    return this.size;
  }

  /** Files a spaced phrase (no Chinese/Japanese/Korean/Thai word) under its first word. */
  add(phrase: ParsedPhrase, bits: number): void {
    if (phrase.unspaced) throw new Error('unspaced phrases are matched by regex');
    const first = phrase.steps[0]!;
    if (first.gap) throw new Error('a phrase cannot start with ~');
    const entry: Entry = { steps: phrase.steps, bits };
    this.size++;
    // A word listed twice among the alternatives must not file the phrase twice.
    for (const { word, stem } of new Map(
      first.words.map((w) => [`${w.stem}${w.word}`, w]),
    ).values()) {
      if (!stem) {
        let bucket = this.byWord.get(word);
        if (!bucket) {
          bucket = newBucket();
          this.byWord.set(word, bucket);
        }
        file(bucket, entry);
        continue;
      }
      let node = this.stems.get(word.charCodeAt(0));
      if (!node) {
        node = newNode();
        this.stems.set(word.charCodeAt(0), node);
      }
      for (let i = 1; i < word.length; i++) {
        const c = word.charCodeAt(i);
        let next = child(node, c);
        if (!next) {
          next = newNode();
          node.codes.push(c);
          node.children.push(next);
        }
        node = next;
      }
      node.bucket ??= newBucket();
      file(node.bucket, entry);
    }
  }

  /**
   * ORs the bits of every phrase found in `tokens` (from wordsOf). `skip` holds bits already
   * known: phrases that could only set those are not checked.
   */
  match(tokens: readonly string[], skip = 0): number {
    let found = skip;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const exact = this.byWord.get(token);
      if (exact) found = checkBucket(exact, tokens, i, found);
      let node = this.stems.get(token.charCodeAt(0));
      for (let k = 1; node; k++) {
        if (node.bucket) found = checkBucket(node.bucket, tokens, i, found);
        if (k >= token.length) break;
        node = child(node, token.charCodeAt(k));
      }
    }
    return found & ~skip;
  }
}

function checkBucket(bucket: Bucket, tokens: readonly string[], i: number, found: number): number {
  let out = found;
  if (bucket.any.length > 0) out = check(bucket.any, tokens, i, out);
  if (i + 1 < tokens.length && bucket.bySecond.size > 0) {
    const next = bucket.bySecond.get(tokens[i + 1]!);
    if (next) out = check(next, tokens, i, out);
  }
  return out;
}

function check(
  entries: readonly Entry[],
  tokens: readonly string[],
  i: number,
  found: number,
): number {
  for (const entry of entries) {
    if ((found & entry.bits) === entry.bits) continue;
    if (restMatches(entry.steps, 1, tokens, i + 1)) found |= entry.bits;
  }
  return found;
}
