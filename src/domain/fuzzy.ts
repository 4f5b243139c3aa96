/**
 * Typo tolerance for carrier wording ("deliverd", "recieved", "destinaton"): bounded
 * optimal-string-alignment Damerau-Levenshtein distance and a length-bucketed vocabulary.
 */

/** Edit distance with adjacent transpositions; returns max + 1 as soon as it exceeds max. */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (a === b) return 0;
  let prevPrev = new Array<number>(lb + 1).fill(0);
  let prev = Array.from({ length: lb + 1 }, (_, j) => j);
  let curr = new Array<number>(lb + 1).fill(0);
  for (let i = 1; i <= la; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, prevPrev[j - 2]! + 1);
      }
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, curr] = [prev, curr, prevPrev];
  }
  return prev[lb]!;
}

export interface Correction {
  readonly word: string;
  readonly distance: number;
}

export const LATIN_WORD = /^[a-z]+$/;

/** The normalised letters of the Latin, Cyrillic and Greek alphabets, a character class each. */
const ALPHABETS = ['a-z', '\\u0430-\\u045f\\u0491', '\\u03b1-\\u03c9'];

/**
 * A word of one alphabet whose normalised letters are single code points: Latin, Cyrillic or
 * Greek. Typos are corrected within such words only (Arabic and Hebrew drop the short vowels a
 * typo would change; Chinese, Japanese, Korean and Thai have no words to correct).
 */
export const ALPHABET_WORD = new RegExp(`^(?:${ALPHABETS.map((a) => `[${a}]+`).join('|')})$`);

/** Runs of four or more letters of one of those alphabets: the words a rule's regex text holds. */
export const ALPHABET_RUNS = new RegExp(ALPHABETS.map((a) => `[${a}]{4,}`).join('|'), 'g');

/** Words shorter than this are too ambiguous to correct ("lost" vs "post"). */
export const MIN_TYPO_LENGTH = 5;

const LENGTH_OFFSETS = [1, 0, -1, 2, -2] as const;

/** How many last letters of a Cyrillic or Greek word are its inflection ending. */
const ENDING = 3;

export function maxTypoDistance(length: number): number {
  return length >= 8 ? 2 : 1;
}

/** A vocabulary word and the languages (small integers) it belongs to; null: every language. */
interface Target {
  readonly word: string;
  langs: number[] | null;
}

export class FuzzyVocabulary {
  private readonly known = new Map<string, Target>();
  private readonly byLength = new Map<number, Target[]>();

  /**
   * `words` are of every language; `add` files words of particular languages, so that a
   * correction can be kept to the languages a message is plausibly in.
   */
  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word, null);
  }

  /** Files a word of the given languages (null: of every language). */
  add(word: string, langs: readonly number[] | null): void {
    const known = this.known.get(word);
    if (known) {
      if (known.langs === null) return;
      if (langs === null) known.langs = null;
      else for (const l of langs) if (!known.langs.includes(l)) known.langs.push(l);
      return;
    }
    const target: Target = { word, langs: langs ? [...langs] : null };
    this.known.set(word, target);
    if (word.length < MIN_TYPO_LENGTH - 1 || !ALPHABET_WORD.test(word)) return;
    const bucket = this.byLength.get(word.length);
    if (bucket) bucket.push(target);
    else this.byLength.set(word.length, [target]);
  }

  get size(): number {
    return this.known.size;
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /**
   * Closest vocabulary word within the typo budget, or null for known/uncorrectable words.
   * With `allowed` (non-zero by language), only words of those languages are candidates: an
   * unknown French word must not become an Italian rule word ("partie" -> "partite").
   * `maxDistance` lowers the typo budget.
   */
  correct(
    token: string,
    allowed: Uint8Array | null = null,
    maxDistance = Number.POSITIVE_INFINITY,
  ): Correction | null {
    if (token.length < MIN_TYPO_LENGTH || this.known.has(token) || !ALPHABET_WORD.test(token)) {
      return null;
    }
    // Cyrillic and Greek inflect by their endings: a second change, or a changed letter near
    // the end, is more often another word or case ("возраста"/"возврата", "попытку"/"попытка")
    // than a slip. Only one dropped, added or changed letter before the ending is corrected.
    const inflected = !LATIN_WORD.test(token);
    const max = Math.min(maxDistance, inflected ? 1 : maxTypoDistance(token.length));
    let best: Correction | null = null;
    // Dropped letters are the commonest carrier typo, so longer words are tried first.
    for (const offset of LENGTH_OFFSETS) {
      if (Math.abs(offset) > max) continue;
      const bucket = this.byLength.get(token.length + offset);
      if (!bucket) continue;
      for (const { word, langs } of bucket) {
        // A typo rarely hits both of the first two letters; this prunes most of the bucket.
        if (
          word.charCodeAt(0) !== token.charCodeAt(0) &&
          word.charCodeAt(1) !== token.charCodeAt(1)
        ) {
          continue;
        }
        if (allowed !== null && langs !== null && !langs.some((l) => allowed[l] !== 0)) continue;
        if (inflected && changesEnding(token, word)) continue;
        // A changed first letter and a second slip make another word ("hasarsız", undamaged,
        // is two letters from "başarısız", failed): with another first letter, one slip only.
        const budget = word.charCodeAt(0) === token.charCodeAt(0) ? max : Math.min(max, 1);
        const limit = best ? Math.min(best.distance - 1, budget) : budget;
        const d = damerauLevenshtein(token, word, limit);
        if (d <= limit) {
          best = { word, distance: d };
          if (d === 1) return best;
        }
      }
    }
    return best;
  }
}

/** The letters of the same length words differ in include one of their last three. */
function changesEnding(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = a.length - ENDING; i < a.length; i++) if (a[i] !== b[i]) return true;
  return false;
}
