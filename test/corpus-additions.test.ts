import { describe, expect, it } from 'vitest';
import {
  type Candidate,
  planCorpusAdditions,
  splitOfSource,
  wordingKey,
} from '../src/domain/corpus-additions.js';
import type { LabelledWording } from '../src/domain/normalizer-eval.js';

const TRAIN_SOURCE = 'Carrier 1 event list (test)';
const TRAIN_SOURCE_2 = 'Carrier 2 event list (test)';
const HELD_OUT_SOURCE = 'Carrier 12 event list (test)';

const row = (message: string, split: 'train' | 'test', source = 'old'): LabelledWording => ({
  message,
  expected: 'DELIVERED',
  language: 'de',
  carrier: 'DHL',
  source,
  split,
});
const candidate = (message: string, source: string): Candidate => ({
  message,
  expected: 'DELIVERED',
  language: 'de',
  carrier: 'DHL',
  source,
});

describe('adding corpus rows from new sources', () => {
  it('adds more rows to a training source the corpus holds, not the ones it has', () => {
    const [verdict] = planCorpusAdditions(
      [candidate('Paket zugestellt', 'old'), candidate('Sendung abgeholt', 'old')],
      [row('Paket zugestellt', 'train')],
      [],
    );
    expect(verdict).toEqual({
      source: 'old',
      outcome: 'added',
      rows: [{ ...candidate('Sendung abgeholt', 'old'), split: 'train' }],
      known: 1,
    });
  });

  it('splits a source by the first hex digit of its SHA-1: 0-d training, e-f held-out', () => {
    expect(splitOfSource(TRAIN_SOURCE)).toBe('train');
    expect(splitOfSource(TRAIN_SOURCE_2)).toBe('train');
    expect(splitOfSource(HELD_OUT_SOURCE)).toBe('test');
  });

  it('keys wordings as the index matches them: case, accents and CJK spacing folded', () => {
    expect(wordingKey('  Zugestellt! ')).toBe(wordingKey('zugestellt'));
    expect(wordingKey('고객 부재')).toBe(wordingKey('고객부재'));
    expect(wordingKey('Zugestellt')).not.toBe(wordingKey('Zustellung'));
  });

  it('adds a training source, dropping wordings the training split or the aliases hold', () => {
    const [verdict] = planCorpusAdditions(
      [
        candidate('Sendung zugestellt', TRAIN_SOURCE),
        candidate('SENDUNG ZUGESTELLT.', TRAIN_SOURCE),
        candidate('Paket zugestellt', TRAIN_SOURCE),
        candidate('Zugestellt', TRAIN_SOURCE),
      ],
      [row('Paket zugestellt', 'train')],
      ['zugestellt'],
    );
    expect(verdict).toEqual({
      source: TRAIN_SOURCE,
      outcome: 'added',
      rows: [{ ...candidate('Sendung zugestellt', TRAIN_SOURCE), split: 'train' }],
      known: 3,
    });
  });

  it('never adds to a held-out source, nor a source repeating a held-out wording', () => {
    const verdicts = planCorpusAdditions(
      [
        candidate('Sendung zugestellt', HELD_OUT_SOURCE),
        candidate('Sendung zugestellt', 'x'),
        candidate('Neu', TRAIN_SOURCE),
        candidate('Empfänger hat die Sendung erhalten', TRAIN_SOURCE),
        candidate('Sendung zugestellt', TRAIN_SOURCE_2),
      ],
      [row('Paket zugestellt', 'train'), row('empfanger hat die sendung erhalten', 'test', 'x')],
      [],
    );
    expect(verdicts).toEqual([
      { source: HELD_OUT_SOURCE, outcome: 'held-out' },
      // 'x' is a held-out source of the corpus, whatever its hash says today.
      { source: 'x', outcome: 'held-out' },
      { source: TRAIN_SOURCE, outcome: 'overlaps-held-out', overlapping: 1 },
      expect.objectContaining({ source: TRAIN_SOURCE_2, outcome: 'added', known: 0 }),
    ]);
  });
});
