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

const LATIN_WORD = /^[a-z]+$/;

/** Words shorter than this are too ambiguous to correct ("lost" vs "post"). */
const MIN_TYPO_LENGTH = 5;

const LENGTH_OFFSETS = [1, 0, -1, 2, -2] as const;

export function maxTypoDistance(length: number): number {
  return length >= 8 ? 2 : 1;
}

export class FuzzyVocabulary {
  private readonly known = new Set<string>();
  private readonly byLength = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (this.known.has(word)) continue;
      this.known.add(word);
      if (word.length < MIN_TYPO_LENGTH - 1 || !LATIN_WORD.test(word)) continue;
      const bucket = this.byLength.get(word.length);
      if (bucket) bucket.push(word);
      else this.byLength.set(word.length, [word]);
    }
  }

  get size(): number {
    return this.known.size;
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /** Closest vocabulary word within the typo budget, or null for known/uncorrectable words. */
  correct(token: string): Correction | null {
    if (token.length < MIN_TYPO_LENGTH || this.known.has(token) || !LATIN_WORD.test(token)) {
      return null;
    }
    const max = maxTypoDistance(token.length);
    let best: Correction | null = null;
    // Dropped letters are the commonest carrier typo, so longer words are tried first.
    for (const offset of LENGTH_OFFSETS) {
      if (Math.abs(offset) > max) continue;
      const bucket = this.byLength.get(token.length + offset);
      if (!bucket) continue;
      for (const word of bucket) {
        // A typo rarely hits both of the first two letters; this prunes most of the bucket.
        if (
          word.charCodeAt(0) !== token.charCodeAt(0) &&
          word.charCodeAt(1) !== token.charCodeAt(1)
        ) {
          continue;
        }
        const d = damerauLevenshtein(token, word, best ? best.distance - 1 : max);
        if (d <= (best ? best.distance - 1 : max)) {
          best = { word, distance: d };
          if (d === 1) return best;
        }
      }
    }
    return best;
  }
}
