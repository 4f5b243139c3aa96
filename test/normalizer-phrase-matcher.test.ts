import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAliasContentSync, loadRuleFiles } from '../src/db/content.js';
import { PhraseMatcher, spacesAreWordEdges, wordsOf } from '../src/domain/status-phrase-matcher.js';
import {
  compileRuleEntry,
  parseRulePhrase,
  RULE_KINDS,
  type RuleKind,
} from '../src/domain/status-rule-language.js';
import { gapStoppers, RuleSet } from '../src/domain/status-rules.js';
import { normalizeMessage } from '../src/domain/text-normalize.js';

/**
 * The rules are matched on words (status-phrase-matcher.ts), but what a phrase means is its
 * regex form (compileRuleEntry). Every kind's regex, built from every entry of the kind, is
 * the oracle here: on the corpus, the aliases, variants of both and texts made from the rule
 * phrases themselves, the rule set must find exactly the kinds the regexes find.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Every language's phrases in every message, as the regexes read them (no language scoping).
const rules = new RuleSet(loadRuleFiles(), { byLanguage: false });

/**
 * The oracle: each entry's own regex (compileRuleEntry). A kind's regex is the alternation of
 * its entries, so the kind matches when one entry does. One alternation of thousands of entries
 * costs milliseconds per text, and with ~100,000 texts the test outgrew its time on a busy
 * machine; an entry is tried only when its first word, which its regex contains literally, is
 * in the text (filed by that word's first three characters). `re:` entries are always tried.
 */
interface OracleEntry {
  readonly bit: number;
  readonly re: RegExp;
  readonly firstWords: readonly string[];
}
const always: OracleEntry[] = [];
const byStart = new Map<string, OracleEntry[]>();
for (const file of loadRuleFiles()) {
  for (const [kind, entries] of Object.entries(file.rules)) {
    const bit = 1 << RULE_KINDS.indexOf(kind as (typeof RULE_KINDS)[number]);
    for (const entry of entries) {
      const re = new RegExp(compileRuleEntry(entry, gapStoppers(file, kind as RuleKind)));
      if (entry.startsWith('re:')) {
        always.push({ bit, re, firstWords: [] });
        continue;
      }
      // A phrase never starts with a gap (parseRulePhrase refuses it).
      const first = parseRulePhrase(entry).steps[0]!;
      const firstWords = first.gap ? [] : first.words.map((w) => w.word);
      const oracleEntry = { bit, re, firstWords };
      for (const start of new Set(firstWords.map((w) => w.slice(0, 3)))) {
        const bucket = byStart.get(start);
        if (bucket) bucket.push(oracleEntry);
        else byStart.set(start, [oracleEntry]);
      }
    }
  }
}

function oracleKinds(text: string): number {
  let kinds = 0;
  for (const { bit, re } of always) if ((kinds & bit) === 0 && re.test(text)) kinds |= bit;
  const starts = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    starts
      .add(text.slice(i, i + 3))
      .add(text.slice(i, i + 2))
      .add(text[i]!);
  }
  for (const start of starts) {
    for (const { bit, re, firstWords } of byStart.get(start) ?? []) {
      if ((kinds & bit) !== 0 || !firstWords.some((w) => text.includes(w))) continue;
      if (re.test(text)) kinds |= bit;
    }
  }
  return kinds;
}

function names(kinds: number): string[] {
  return RULE_KINDS.filter((_, i) => (kinds & (1 << i)) !== 0);
}

function tsvMessages(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split('\t')[0]!);
}

const corpusDir = path.join(repoRoot, 'content/corpus');
const messages = [
  ...readdirSync(corpusDir)
    .filter((f) => f.endsWith('.tsv'))
    .flatMap((f) => tsvMessages(path.join(corpusDir, f))),
  ...['carrier-messages.holdout.tsv', 'carrier-messages.regression.tsv'].flatMap((f) =>
    tsvMessages(path.join(repoRoot, 'test/fixtures', f)),
  ),
  ...loadAliasContentSync().map((a) => a.phrase),
];

/** A text each phrase should match: first alternatives, stems extended, gaps filled. */
function textsOfPhrase(entry: string): string[] {
  if (entry.startsWith('re:')) return [];
  const { steps } = parseRulePhrase(entry);
  const full: string[] = [];
  const short: string[] = [];
  steps.forEach((step, i) => {
    if (step.gap) {
      full.push('und so');
      return;
    }
    const alt = step.words[i % step.words.length]!;
    const word = alt.stem ? `${alt.word}ung` : alt.word;
    full.push(word);
    if (!step.optional) short.push(word);
  });
  return [full.join(' '), short.join(' '), `zz ${full.join(' ')} zz`];
}

const phraseTexts = loadRuleFiles().flatMap((file) =>
  Object.values(file.rules).flatMap((entries) => entries.flatMap(textsOfPhrase)),
);

const texts = [
  ...new Set(
    [
      ...messages.flatMap((m) => [m, m.toUpperCase(), `${m}, CHICAGO, IL 60607`, `x ${m} y`]),
      ...phraseTexts,
    ]
      .map(normalizeMessage)
      .filter((t) => t.length > 0),
  ),
];

describe('phrase matcher against the regex form of the rules', () => {
  it('finds exactly the kinds the regexes find, on every text and every word offset', () => {
    let matched = 0;
    // Dropping leading words moves every phrase to the start of a text. Variants of one
    // message share tails, and each regex pass is the cost here, so each tail is read once.
    const tails = new Set<string>();
    for (const text of texts) {
      const words = text.split(' ');
      for (let at = 0; at < Math.min(words.length, 4); at++) tails.add(words.slice(at).join(' '));
    }
    for (const tail of tails) {
      const want = oracleKinds(tail);
      if (want !== 0) matched++;
      if (rules.kindsOf(tail) !== want) {
        expect(names(rules.kindsOf(tail)), `"${tail}"`).toEqual(names(want));
      }
    }
    expect(texts.length).toBeGreaterThan(10_000);
    expect(matched).toBeGreaterThan(5_000);
    // Every kind's regex over every tail: about half a minute alone, two minutes beside a CI
    // run, six with five other sessions on the same two cores.
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
