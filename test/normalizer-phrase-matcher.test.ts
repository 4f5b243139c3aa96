import { describe, expect, it } from 'vitest';
import { PhraseMatcher, spacesAreWordEdges, wordsOf } from '../src/domain/status-phrase-matcher.js';
import { compileRuleEntry, parseRulePhrase } from '../src/domain/status-rule-language.js';
import { RuleSet } from '../src/domain/status-rules.js';
import { checkAgainstOracle } from './support/phrase-oracle.js';

describe('phrase matcher against the regex form of the rules', () => {
  it('finds exactly the kinds the regexes find, on every text and every word offset (half 1)', () => {
    // The other half: normalizer-phrase-matcher-oracle.test.ts, run beside this file.
    checkAgainstOracle(0, 2);
  }, 600_000);

  it('reads words that mix ASCII with other characters like the regexes do', () => {
    const set = new RuleSet([
      { language: 'xx', name: 'X', rules: { delivered: ['delivered', 'доставлено'] } },
    ]);
    expect(wordsOf('non-delivered')).toBeNull();
    expect(wordsOf('ħdelivered now')).toBeNull();
    expect(wordsOf('a  b')).toBeNull();
    expect(spacesAreWordEdges('доставлено delivered 12')).toBe(true);
    expect(spacesAreWordEdges(' delivered')).toBe(false);
    // Words the caller split already are read like the text's own.
    expect(set.kindsOf('x delivered', ['x', 'delivered'])).toBe(set.kindsOf('delivered'));
    // "\b" sees a hyphen or a Cyrillic letter as a word edge, the lookarounds only a space.
    expect(set.kindsOf('non-delivered')).not.toBe(0);
    expect(set.kindsOf('ядоставлено')).toBe(0);
    expect(set.kindsOf('яdelivered')).not.toBe(0);
    expect(set.kindsOf('доставлено2')).toBe(0);
  });

  it('reads the same after more distinct words than it remembers, and long unspaced runs', () => {
    const matcher = new PhraseMatcher(2);
    matcher.add(parseRulePhrase('zugestell*'), 1, 0);
    matcher.add(parseRulePhrase('delivered to'), 2, 1);
    const kinds = (text: string) => matcher.match(text.split(' '));
    expect(kinds('delivered to neighbour')).toBe(2);
    // Enough distinct place names to make the word cache start over, twice.
    for (let i = 0; i < 120_000; i++) kinds(`place${i} zugestellt`);
    expect(kinds('delivered to neighbour')).toBe(2);
    expect(kinds('zugestellte sendung')).toBe(1);
    expect(kinds(`${'z'.repeat(40)} delivered to`)).toBe(2);
    expect(kinds(`zugestellt${'x'.repeat(40)}`)).toBe(1);
  });

  it('matches stems, alternatives, optional words and gaps on words', () => {
    const matcher = new PhraseMatcher();
    matcher.add(parseRulePhrase('left at the? door/porch*'), 1);
    matcher.add(parseRulePhrase('attempt ~ refused'), 2);
    matcher.add(parseRulePhrase('doręczon*'), 4);
    const kinds = (text: string) => matcher.match(text.split(' '));
    expect(kinds('parcel left at door')).toBe(1);
    expect(kinds('left at the porches')).toBe(1);
    expect(kinds('left at a door')).toBe(0);
    expect(kinds('attempt refused')).toBe(2);
    expect(kinds('attempt one two three refused')).toBe(2);
    expect(kinds('attempt one two three four refused')).toBe(0);
    expect(kinds('przesylka doreczona')).toBe(4);
    expect(kinds('doreczo')).toBe(0);
    expect(() => matcher.add(parseRulePhrase('配達完了'), 8)).toThrow();
  });

  it('tells where the longest phrase of given kinds starting at a word ends, gaps empty', () => {
    const matcher = new PhraseMatcher();
    matcher.add(parseRulePhrase('left at the? door/porch*'), 1);
    matcher.add(parseRulePhrase('left'), 4);
    matcher.add(parseRulePhrase('attempt ~ refused'), 2);
    const reach = (text: string, at: number, bits: number) =>
      matcher.reachOf(text.split(' '), at, bits, null);
    expect(reach('parcel left at the door now', 1, 1)).toBe(5);
    expect(reach('parcel left at door', 1, 1)).toBe(4);
    expect(reach('parcel left at door', 1, 4)).toBe(2);
    expect(reach('parcel left at door', 1, 2)).toBe(-1);
    expect(reach('parcel left at door', 0, 1)).toBe(-1);
    // A gap is taken empty: the reach never runs over words the phrase does not name.
    expect(reach('attempt refused then refused', 0, 2)).toBe(2);
    expect(reach('attempt then refused', 0, 2)).toBe(-1);
  });

  it('never lets a gap run over one of its stoppers, as the regex form does not', () => {
    const matcher = new PhraseMatcher();
    matcher.add(parseRulePhrase('recipient ~ collected'), 1, 0, ['not']);
    const kinds = (text: string) => matcher.match(text.split(' '));
    expect(kinds('recipient has collected')).toBe(1);
    expect(kinds('recipient has not collected')).toBe(0);
    expect(kinds('recipient not collected')).toBe(0);
    const re = new RegExp(compileRuleEntry('recipient ~ collected', ['not']));
    expect(re.test('recipient has collected')).toBe(true);
    expect(re.test('recipient has not collected')).toBe(false);
    expect(re.test('recipient has nothing collected')).toBe(true);
  });

  it('files phrases under their second word without losing those it cannot file there', () => {
    const matcher = new PhraseMatcher();
    // One first word, second steps of every shape: whole words, optional, stem, gap, none.
    matcher.add(parseRulePhrase('in transit/transito'), 1);
    matcher.add(parseRulePhrase('in the? depot'), 2);
    matcher.add(parseRulePhrase('in deliver* now'), 4);
    matcher.add(parseRulePhrase('in ~ customs'), 8);
    matcher.add(parseRulePhrase('in*'), 16);
    matcher.add(parseRulePhrase('in transit now'), 32);
    const kinds = (text: string) => matcher.match(text.split(' '));
    expect(kinds('in transito')).toBe(1 | 16);
    expect(kinds('still in transit now')).toBe(1 | 16 | 32);
    expect(kinds('in depot')).toBe(2 | 16);
    expect(kinds('in the depot')).toBe(2 | 16);
    expect(kinds('in delivery now')).toBe(4 | 16);
    expect(kinds('in a b customs')).toBe(8 | 16);
    // A second word the text ends before, or another second word: only the first word's own.
    expect(kinds('parcel in')).toBe(16);
    expect(kinds('in storage')).toBe(16);
    expect(kinds('transit in')).toBe(16);
  });
});
