import { GramTable } from './gram-table.js';
import { normalizeMessage } from './text-normalize.js';
import { TRACKING_STATUSES, type TrackingStatus } from './tracking-status.js';

/**
 * A small character n-gram naive Bayes classifier trained on the alias phrases. It is the
 * last resort when no code, alias or rule reads a message: it answers only above
 * CLASSIFIER_THRESHOLD, and never DELIVERED (a guessed delivery is the costliest error).
 * Below the threshold its guess is still offered to editors as a suggestion.
 */

/**
 * Chosen by 5-fold cross-validation over the alias data (each fold guessed by a classifier
 * trained on the other four; `npm run eval:normalizer` prints the table): the lowest
 * threshold whose answers stayed ≥ 98% precise (26/26 at 0.95, 54/57 at 0.9).
 */
export const CLASSIFIER_THRESHOLD = 0.95;
/** Scales the per-n-gram evidence into a confidence; chosen with the threshold. */
const SHARPNESS = 2;

/** Too little text to go on ("OP-31" is two letters once numbers go): no guess. */
const MIN_GRAMS = 12;
const MIN_N = 3;
const MAX_N = 5;
/** Add-alpha smoothing for n-grams a status never saw. */
const ALPHA = 0.1;

/** UNKNOWN is not a class. DELIVERED is one, so delivery wordings are not pushed into other
 * statuses; the normalizer still never answers a DELIVERED guess (it may be suggested). */
const GUESSABLE: readonly TrackingStatus[] = TRACKING_STATUSES.filter((s) => s !== 'UNKNOWN');

export interface Guess {
  readonly status: TrackingStatus;
  /** 0..1, the share of the evidence behind the best status. */
  readonly confidence: number;
}

function grams(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    if (!word) continue;
    const padded = ` ${word} `;
    for (let n = MIN_N; n <= MAX_N; n++) {
      for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
    }
  }
  return out;
}

export class StatusClassifier {
  /** n-gram -> per-status log-probabilities. */
  private readonly table: GramTable<Float64Array>;
  private readonly totals: Float64Array;
  private readonly priors: Float64Array;
  private readonly vocabulary: number;
  private readonly unseen: Float64Array;
  private readonly scores = new Float64Array(GUESSABLE.length);

  constructor(examples: readonly { phrase: string; status: TrackingStatus }[]) {
    const k = GUESSABLE.length;
    this.totals = new Float64Array(k);
    const docs = new Float64Array(k);
    // n-gram -> per-status counts, turned into log-probabilities below.
    const counts = new Map<string, Float64Array>();
    for (const { phrase, status } of examples) {
      const c = GUESSABLE.indexOf(status);
      if (c < 0) continue;
      docs[c]!++;
      for (const g of grams(normalizeMessage(phrase))) {
        const row = counts.get(g) ?? new Float64Array(k);
        counts.set(g, row);
        row[c]!++;
        this.totals[c]!++;
      }
    }
    const n = docs.reduce((a, b) => a + b, 0) || 1;
    this.priors = docs.map((d) => Math.log((d + 1) / (n + k)));
    this.vocabulary = Math.max(1, counts.size);
    // Log-probabilities are computed once here, not per message.
    this.unseen = this.totals.map((t) => Math.log(ALPHA / (t + ALPHA * this.vocabulary)));
    for (const row of counts.values()) {
      for (let c = 0; c < k; c++) {
        row[c] = Math.log((row[c]! + ALPHA) / (this.totals[c]! + ALPHA * this.vocabulary));
      }
    }
    this.table = new GramTable(counts);
  }

  /** The best status for an already normalised message, or null when nothing is known of it. */
  guess(text: string): Guess | null {
    // The n-grams of grams(text), in its order (the sums must come out bit for bit the same),
    // looked up in place: word text[start, end) is padded[start, end + 2) with its spaces.
    const padded = ` ${text} `;
    let total = 0;
    let known = 0;
    const k = GUESSABLE.length;
    // One scratch array per classifier: a typed array per guess costs more than the sums.
    const scores = this.scores;
    scores.set(this.priors);
    let start = 0;
    for (let end = 0; end <= text.length; end++) {
      if (end < text.length && text.charCodeAt(end) !== 32) continue;
      const length = end - start + 2;
      if (end > start) {
        for (let n = MIN_N; n <= MAX_N; n++) {
          for (let i = 0; i + n <= length; i++) {
            const row = this.table.get(padded, start + i, n);
            total++;
            if (row) known++;
            const logs = row ?? this.unseen;
            for (let c = 0; c < k; c++) scores[c]! += logs[c]!;
          }
        }
      }
      start = end + 1;
    }
    // Mostly unseen n-grams (another script, a place name): no basis for a guess.
    if (total < MIN_GRAMS || known / total < 0.5) return null;
    // Per-gram averaging keeps long messages from looking certain on weak evidence.
    let best = 0;
    for (let c = 1; c < k; c++) if (scores[c]! > scores[best]!) best = c;
    let sum = 0;
    for (let c = 0; c < k; c++) sum += Math.exp(((scores[c]! - scores[best]!) / total) * SHARPNESS);
    return { status: GUESSABLE[best]!, confidence: 1 / sum };
  }
}
