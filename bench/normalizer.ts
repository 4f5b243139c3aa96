/**
 * Throughput of AliasIndex.match on a mixed corpus (dev set, holdout set and variations with
 * places, dates and typos). Run with `npx tsx bench/normalizer.ts`; not part of the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizerRules } from '../src/db/content.js';
import { type AliasEntry, buildAliasIndex } from '../src/domain/status-normalizer.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function readMessages(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0] ?? '')
    .filter((message) => message.length > 0);
}

const raw = JSON.parse(readFileSync(path.join(repoRoot, 'content/aliases.json'), 'utf8')) as Omit<
  AliasEntry,
  'id'
>[];
const aliases: AliasEntry[] = raw.map((alias, i) => ({ ...alias, id: i + 1 }));

const base = [
  ...readMessages(path.resolve(repoRoot, '../shared/data/carrier-messages.dev.tsv')),
  ...readMessages(path.join(repoRoot, 'test/fixtures/carrier-messages.holdout.tsv')),
];
// Variations make most messages unique, so the numbers do not just measure a Map lookup.
const places = [
  '[Madrid]',
  '【Shenzhen】',
  ', CHICAGO, IL 60607',
  ' 2024-03-01 14:05',
  ' (LONDON)',
];
const corpus: string[] = [];
for (const [i, message] of base.entries()) {
  corpus.push(message);
  corpus.push(`${message}${places[i % places.length]}`);
  corpus.push(message.toUpperCase());
  corpus.push(message.replace(/e/, ''));
}

let sink = 0;

function run(label: string, memoSize: number | undefined): void {
  const built = performance.now();
  const index = buildAliasIndex(aliases, {
    rules: normalizerRules(),
    ...(memoSize === undefined ? {} : { memoSize }),
  });
  const buildMs = performance.now() - built;
  for (let i = 0; i < 20_000; i++) sink += index.match(corpus[i % corpus.length]!).confidence;
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < 2000) {
    for (const message of corpus) sink += index.match(message).confidence;
    count += corpus.length;
    elapsed = performance.now() - start;
  }
  const perSecond = Math.round((count / elapsed) * 1000);
  console.log(
    `normalizer ${label}: ${perSecond.toLocaleString('en')} messages/s over ` +
      `${count.toLocaleString('en')} matches (${corpus.length} distinct inputs, ` +
      `${index.size} aliases, index built in ${buildMs.toFixed(1)} ms)`,
  );
}

// Default configuration: repeated wordings are answered from the memo, as in production.
run('default', undefined);
// Every message read from scratch by the rules: the worst case for unseen wordings.
run('without memo', 0);
if (Number.isNaN(sink)) console.log('unreachable');
