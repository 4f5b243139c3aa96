import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadAliasContentSync, loadRuleFiles } from '../../src/db/content.js';
import {
  compileRuleEntry,
  parseRulePhrase,
  RULE_KINDS,
  type RuleKind,
} from '../../src/domain/status-rule-language.js';
import { gapStoppers, RuleSet } from '../../src/domain/status-rules.js';
import { normalizeMessage } from '../../src/domain/text-normalize.js';

/**
 * The rules are matched on words (status-phrase-matcher.ts), but what a phrase means is its
 * regex form (compileRuleEntry). Every kind's regex, built from every entry of the kind, is
 * the oracle here: on the corpus, the aliases, variants of both and texts made from the rule
 * phrases themselves, the rule set must find exactly the kinds the regexes find. The check is
 * the suite's longest single piece of work (about 100 s on a slow CI machine), so it is split
 * across two test files that the two workers run side by side.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Every language's phrases in every message, as the regexes read them (no language scoping).
export const rules = new RuleSet(loadRuleFiles(), { byLanguage: false });

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

/**
 * Part `part` of `parts` of the oracle check: the rule set finds exactly the kinds the regexes
 * find on every text and every word offset (tails dealt round-robin between the parts).
 */
export function checkAgainstOracle(part: number, parts: number): void {
  let matched = 0;
  // Dropping leading words moves every phrase to the start of a text. Variants of one
  // message share tails, and each regex pass is the cost here, so each tail is read once.
  const tails = new Set<string>();
  for (const text of texts) {
    const words = text.split(' ');
    for (let at = 0; at < Math.min(words.length, 4); at++) tails.add(words.slice(at).join(' '));
  }
  let i = 0;
  for (const tail of tails) {
    if (i++ % parts !== part) continue;
    const want = oracleKinds(tail);
    if (want !== 0) matched++;
    if (rules.kindsOf(tail) !== want) {
      expect(names(rules.kindsOf(tail)), `"${tail}"`).toEqual(names(want));
    }
  }
  expect(texts.length).toBeGreaterThan(10_000);
  expect(matched).toBeGreaterThan(5_000 / parts);
}
