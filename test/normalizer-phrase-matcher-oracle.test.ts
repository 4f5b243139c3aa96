import { describe, it } from 'vitest';
import { checkAgainstOracle } from './support/phrase-oracle.js';

describe('phrase matcher against the regex form of the rules', () => {
  it('finds exactly the kinds the regexes find, on every text and every word offset (half 2)', () => {
    // The first half is in normalizer-phrase-matcher.test.ts; the two files run side by side.
    checkAgainstOracle(1, 2);
  }, 600_000);
});
