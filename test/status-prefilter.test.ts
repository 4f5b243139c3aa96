import { describe, expect, it } from 'vitest';
import { filterGrams, RegexPrefilter, requiredGrams } from '../src/domain/status-prefilter.js';

// The filter marks word starts and ends of beginnings with \u0001 and \u0002 (not letters).
const plain = (grams: Set<string> | null) =>
  grams === null
    ? null
    : [...grams].map((g) => [...g].filter((c) => c.charCodeAt(0) > 2).join('')).sort();

describe('requiredGrams: literals every match holds, where the beginning is unbounded', () => {
  it('takes a literal after any words', () => {
    expect(plain(requiredGrams('^(\\w+ )?delivery attempt (none|tomorrow)$'))).toEqual([
      'delivery att',
    ]);
  });

  it('reads inside a positive lookahead, never a negative one', () => {
    expect(plain(requiredGrams('^(?=.*\\b(signed|left)\\b)(\\w+ ){0,4}\\w+ no$'))).toEqual([
      'left',
      'signed',
    ]);
    expect(plain(requiredGrams('^(?!.*\\bbezorgd\\b).*\\bindien\\b'))).toEqual(['indien']);
  });

  it('needs a literal in every alternative', () => {
    expect(requiredGrams('(?:.*\\bindien\\b)|(?:^\\w+$)')).toBeNull();
    expect(plain(requiredGrams('(?:.*\\bindien\\b)|(?:^\\w+ sms$)'))).toEqual([' sms', 'indien']);
  });

  it('skips optional groups', () => {
    expect(requiredGrams('.*(?:sms)?$')).toBeNull();
    expect(requiredGrams('.*(?:sms){0,2}$')).toBeNull();
    expect(plain(requiredGrams('.*(?:sms)+$'))?.every((g) => g.startsWith('sms'))).toBe(true);
  });

  it('is only the fallback of filterGrams: a bounded beginning comes first', () => {
    expect(plain(filterGrams('sms (sent|received)'))).toEqual(['sms received', 'sms sent']);
  });
});

describe('RegexPrefilter with required literals', () => {
  const re = /^(?=.*\b(delivered|signed)\b)(\w+ ){0,4}\w+ (no|false)$/;
  const filter = new RegexPrefilter();
  const id = filter.add(re);

  it('wakes the regex where its literal occurs and leaves it asleep elsewhere', () => {
    expect(filter.candidates('parcel delivered no')).toContain(id);
    expect(re.test('parcel delivered no')).toBe(true);
    expect(filter.candidates('parcel in transit no')).not.toContain(id);
  });
});

describe('RegexPrefilter and word starts', () => {
  it('reads "preceded by a space or nothing" as a word start', () => {
    const filter = new RegexPrefilter();
    const id = filter.add(/(?<![^ ])nije utovaren/);
    expect(filter.candidates('posiljka nije utovarena')).toContain(id);
    // Inside a word the regex cannot match: it stays asleep.
    expect(filter.candidates('vnije utovaren')).not.toContain(id);
  });

  it('looks up a required literal after a space at word starts only', () => {
    const filter = new RegexPrefilter();
    const id = filter.add(/^((?!delivered\b)\w+ ){0,2}delivered no$/);
    expect(filter.candidates('parcel delivered no')).toContain(id);
    expect(filter.candidates('undelivered no')).not.toContain(id);
  });
});
