import { describe, expect, it } from 'vitest';
import { GramTable } from '../src/domain/gram-table.js';

describe('GramTable', () => {
  it('finds an n-gram at a position of a longer text without cutting it out', () => {
    const table = new GramTable([
      [' de', 1],
      ['del', 2],
      ['deli', 3],
    ]);
    const text = ' delivered ';
    expect(table.get(text, 0, 3)).toBe(1);
    expect(table.get(text, 1, 3)).toBe(2);
    expect(table.get(text, 1, 4)).toBe(3);
    // Same start, other lengths, other places: not in the table.
    expect(table.get(text, 1, 5)).toBeUndefined();
    expect(table.get(text, 2, 3)).toBeUndefined();
  });

  it('keeps the first value of a repeated n-gram', () => {
    const table = new GramTable([
      ['abc', 1],
      ['abc', 2],
    ]);
    expect(table.size).toBe(1);
    expect(table.get('abc', 0, 3)).toBe(1);
  });

  it('answers exactly for thousands of n-grams, present or not', () => {
    const grams = Array.from({ length: 5000 }, (_, i) => `g${i.toString(36)}`);
    const table = new GramTable(grams.map((g, i) => [g, i] as const));
    const text = `x${grams.join('x')}x`;
    let at = 1;
    grams.forEach((g, i) => {
      expect(table.get(text, at, g.length)).toBe(i);
      expect(table.get(text, at - 1, g.length)).toBeUndefined();
      at += g.length + 1;
    });
    expect(table.get('zzzz', 0, 4)).toBeUndefined();
  });
});
