import { describe, expect, it } from 'vitest';
import { evaluate, type LabelledWording } from '../src/domain/normalizer-eval.js';
import type { TrackingStatus } from '../src/domain/tracking-status.js';

const row = (message: string, expected: TrackingStatus, language = 'en'): LabelledWording => ({
  message,
  expected,
  language,
  carrier: 'x',
  source: 's',
  split: 'test',
});

describe('evaluate', () => {
  const rows = [
    row('Delivered', 'DELIVERED'),
    row('Zugestellt', 'DELIVERED', 'de'),
    row('In transit', 'IN_TRANSIT'),
    row('Weird', 'EXCEPTION'),
  ];
  const readings = new Map<string, { status: TrackingStatus; method: string }>([
    ['Delivered', { status: 'DELIVERED', method: 'RULE' }],
    ['Zugestellt', { status: 'OUT_FOR_DELIVERY', method: 'RULE' }],
    ['In transit', { status: 'IN_TRANSIT', method: 'FUZZY' }],
    ['Weird', { status: 'UNKNOWN', method: 'NONE' }],
  ]);

  it('scores accuracy, precision and coverage overall and per language', () => {
    const result = evaluate(rows, (r) => readings.get(r.message)!.status);
    expect(result.overall).toMatchObject({ total: 4, correct: 2, answered: 3, accuracy: 0.5 });
    expect(result.overall.precision).toBeCloseTo(2 / 3);
    expect(result.byLanguage.get('de')).toMatchObject({ total: 1, correct: 0, answered: 1 });
    expect(result.misses.map((m) => m.got)).toEqual(['OUT_FOR_DELIVERY', 'UNKNOWN']);
    // A bare status says nothing of the method.
    expect(result.byMethod.size).toBe(0);
  });

  it('scores each method the readings came by', () => {
    const result = evaluate(rows, (r) => readings.get(r.message)!);
    expect([...result.byMethod.keys()]).toEqual(['FUZZY', 'NONE', 'RULE']);
    expect(result.byMethod.get('RULE')).toMatchObject({ total: 2, correct: 1, precision: 0.5 });
    expect(result.byMethod.get('FUZZY')).toMatchObject({ total: 1, correct: 1, precision: 1 });
    expect(result.byMethod.get('NONE')).toMatchObject({ total: 1, answered: 0 });
    // Right only by the typo pass: fragile when a rule edit makes its word known.
    expect(result.guessedRight).toEqual([{ row: rows[2], method: 'FUZZY' }]);
  });
});
