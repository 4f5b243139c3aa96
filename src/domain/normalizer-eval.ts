import { STATUS_PRECEDENCE, type TrackingStatus } from './tracking-status.js';

/** One labelled wording of the evaluation corpus (content/corpus/<lang>.tsv). */
export interface LabelledWording {
  readonly message: string;
  readonly expected: TrackingStatus;
  readonly language: string;
  readonly carrier: string;
  readonly source: string;
  readonly split: 'train' | 'test';
}

export interface Scores {
  readonly total: number;
  readonly correct: number;
  /** Answers other than UNKNOWN. */
  readonly answered: number;
  readonly answeredCorrect: number;
  /** Answered DELIVERED where the label is something else: the costliest error. */
  readonly wrongDelivered: number;
  readonly accuracy: number;
  /** Share of non-UNKNOWN answers that are right (1 when nothing was answered). */
  readonly precision: number;
  /** Share of wordings answered at all. */
  readonly coverage: number;
}

export interface Evaluation {
  readonly overall: Scores;
  readonly byLanguage: ReadonlyMap<string, Scores>;
  /** expected -> predicted -> count */
  readonly confusion: ReadonlyMap<TrackingStatus, ReadonlyMap<TrackingStatus, number>>;
  readonly misses: readonly { row: LabelledWording; got: TrackingStatus }[];
  /**
   * Rows read right only by a guess (the typo pass, the classifier): a rule edit that makes the
   * guessed word known can silently turn such a reading off.
   */
  readonly guessedRight: readonly { row: LabelledWording; method: string }[];
  /** Scores per method the answers came by (when the classifier says), UNKNOWN ones included. */
  readonly byMethod: ReadonlyMap<string, Scores>;
}

/** A reading: its status, and optionally how it was reached (alias, rule, typo, guess…). */
export type Reading = TrackingStatus | { readonly status: TrackingStatus; readonly method: string };

class Tally {
  total = 0;
  correct = 0;
  answered = 0;
  answeredCorrect = 0;
  wrongDelivered = 0;

  add(expected: TrackingStatus, got: TrackingStatus): void {
    this.total++;
    const right = expected === got;
    if (right) this.correct++;
    if (got !== 'UNKNOWN') {
      this.answered++;
      if (right) this.answeredCorrect++;
    }
    if (got === 'DELIVERED' && expected !== 'DELIVERED') this.wrongDelivered++;
  }

  scores(): Scores {
    return {
      total: this.total,
      correct: this.correct,
      answered: this.answered,
      answeredCorrect: this.answeredCorrect,
      wrongDelivered: this.wrongDelivered,
      accuracy: this.total ? this.correct / this.total : 1,
      precision: this.answered ? this.answeredCorrect / this.answered : 1,
      coverage: this.total ? this.answered / this.total : 1,
    };
  }
}

/** The ways of reading that guess rather than read (MatchMethod). */
const GUESSES: ReadonlySet<string> = new Set(['FUZZY', 'CLASSIFIER']);

/** Scores a classifier on labelled wordings, overall, per language and as a confusion table. */
export function evaluate(
  rows: readonly LabelledWording[],
  classify: (row: LabelledWording) => Reading,
): Evaluation {
  const overall = new Tally();
  const byLanguage = new Map<string, Tally>();
  const confusion = new Map<TrackingStatus, Map<TrackingStatus, number>>(
    STATUS_PRECEDENCE.map((s) => [s, new Map()]),
  );
  const misses: { row: LabelledWording; got: TrackingStatus }[] = [];
  const byMethod = new Map<string, Tally>();
  const guessedRight: { row: LabelledWording; method: string }[] = [];
  for (const row of rows) {
    const reading = classify(row);
    const got = typeof reading === 'string' ? reading : reading.status;
    overall.add(row.expected, got);
    if (typeof reading !== 'string') {
      const method = byMethod.get(reading.method) ?? new Tally();
      byMethod.set(reading.method, method);
      method.add(row.expected, got);
    }
    const lang = byLanguage.get(row.language) ?? new Tally();
    byLanguage.set(row.language, lang);
    lang.add(row.expected, got);
    const line = confusion.get(row.expected)!;
    line.set(got, (line.get(got) ?? 0) + 1);
    if (got !== row.expected) misses.push({ row, got });
    else if (typeof reading !== 'string' && GUESSES.has(reading.method)) {
      guessedRight.push({ row, method: reading.method });
    }
  }
  return {
    overall: overall.scores(),
    byLanguage: new Map([...byLanguage].sort().map(([l, t]) => [l, t.scores()])),
    confusion,
    misses,
    guessedRight,
    byMethod: new Map([...byMethod].sort().map(([m, t]) => [m, t.scores()])),
  };
}
