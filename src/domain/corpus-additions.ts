import { createHash } from 'node:crypto';
import type { LabelledWording } from './normalizer-eval.js';
import { UNSPACED } from './status-rule-language.js';
import { normalizeMessage } from './text-normalize.js';

/**
 * A wording as the alias index matches it (case, accents, punctuation, places folded), so that
 * two rows with the same key are the same wording. Chinese, Japanese, Korean and Thai phrases
 * match with or without spaces between words, so "고객 부재" is "고객부재".
 */
export function wordingKey(message: string): string {
  const key = normalizeMessage(message.trim());
  return UNSPACED.test(key) ? key.replaceAll(' ', '') : key;
}

/**
 * The split a source belongs to, fixed by its description before any of its rows is read:
 * the first hex digit of the SHA-1 of the source string, 0-d training, e-f held-out (c and d were
 * held-out until 2026-12-05, when their sources moved to training; docs/normalizer-evaluation.md).
 */
export function splitOfSource(source: string): 'train' | 'test' {
  const digit = Number.parseInt(createHash('sha1').update(source).digest('hex')[0]!, 16);
  return digit < 14 ? 'train' : 'test';
}

export type Candidate = Omit<LabelledWording, 'split'>;

export type SourceVerdict =
  | { readonly source: string; readonly outcome: 'held-out' }
  /** Some wordings repeat held-out ones: the source is skipped whole and they stay unnamed. */
  | { readonly source: string; readonly outcome: 'overlaps-held-out'; readonly overlapping: number }
  | {
      readonly source: string;
      readonly outcome: 'added';
      readonly rows: readonly LabelledWording[];
      /** Rows whose wording the training split or the aliases already hold. */
      readonly known: number;
    };

/**
 * What adding candidate rows to the corpus would do, source by source. Only training sources
 * are added (to a training source already in the corpus too): a held-out source found later
 * would be read while it is being copied, and rules
 * written by the same hands would no longer be measured on unseen wordings. A source that
 * repeats a held-out wording (the same list published twice) would make that wording seen.
 */
export function planCorpusAdditions(
  candidates: readonly Candidate[],
  corpus: readonly LabelledWording[],
  aliasPhrases: readonly string[],
): SourceVerdict[] {
  const heldOut = new Set(
    corpus.filter((r) => r.split === 'test').map((r) => wordingKey(r.message)),
  );
  const known = new Set(
    corpus.filter((r) => r.split === 'train').map((r) => `${r.language}\t${wordingKey(r.message)}`),
  );
  const aliases = new Set(aliasPhrases.map(wordingKey));
  // A training source may grow (an issue thread's excerpts arrive in pieces): its split is its
  // hash's, so more of it cannot be held-out. A held-out source never is read into training.
  const heldOutSources = new Set(corpus.filter((r) => r.split === 'test').map((r) => r.source));
  const bySource = new Map<string, { candidate: Candidate; key: string }[]>();
  for (const candidate of candidates) {
    const entry = { candidate, key: wordingKey(candidate.message) };
    const list = bySource.get(candidate.source);
    if (list) list.push(entry);
    else bySource.set(candidate.source, [entry]);
  }

  return [...bySource].map(([source, list]): SourceVerdict => {
    if (heldOutSources.has(source) || splitOfSource(source) === 'test') {
      return { source, outcome: 'held-out' };
    }
    const overlapping = list.filter(({ key }) => heldOut.has(key)).length;
    if (overlapping > 0) return { source, outcome: 'overlaps-held-out', overlapping };
    const rows: LabelledWording[] = [];
    for (const { candidate: c, key } of list) {
      const inLanguage = `${c.language}\t${key}`;
      if (known.has(inLanguage) || aliases.has(key)) continue;
      known.add(inLanguage);
      rows.push({ ...c, message: c.message.trim(), split: 'train' });
    }
    return { source, outcome: 'added', rows, known: list.length - rows.length };
  });
}
