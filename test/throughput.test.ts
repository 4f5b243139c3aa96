import { describe, expect, it } from 'vitest';
import { measureThroughput, median } from '../src/cli/throughput.js';

describe('measureThroughput', () => {
  it('reads whole passes over the inputs: warm-up first, then equal rounds', () => {
    const seen: string[] = [];
    const t = measureThroughput((m) => seen.push(m), ['a', 'b', 'c'], {
      rounds: 3,
      perRound: 7,
      warmupPasses: 1,
    });
    // 7 messages round up to 3 passes of 3 inputs.
    expect(t.perRound).toBe(9);
    expect(seen).toHaveLength(3 + 3 * 9);
    expect(t.wall).toHaveLength(3);
    expect(t.cpu).toHaveLength(3);
    expect(t.answered).toBe(true);
  });

  it('lists round times fastest first', () => {
    const t = measureThroughput(() => 1, ['x'], { rounds: 6, perRound: 2000 });
    expect([...t.cpu].sort((a, b) => a - b)).toEqual(t.cpu);
    expect([...t.wall].sort((a, b) => a - b)).toEqual(t.wall);
  });

  it('says when nothing was answered', () => {
    expect(measureThroughput(() => 0, ['x'], { rounds: 1, perRound: 1 }).answered).toBe(false);
  });
});

describe('median', () => {
  it('takes the middle value, the lower one of an even count', () => {
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 3, 9])).toBe(2);
    expect(median([4])).toBe(4);
  });
});
