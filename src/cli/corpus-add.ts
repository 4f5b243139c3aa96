/**
 * `npm run corpus:add -- <candidates.tsv> [--dry]`: adds real carrier wordings from new public
 * sources to the evaluation corpus's training split. Each candidate line is
 * `message<TAB>expected_status<TAB>language<TAB>carrier<TAB>source` (no header). A source that
 * hashes to the held-out split, is a held-out source of the corpus, or repeats a held-out wording
 * is skipped whole, and held-out wordings are never printed (docs/normalizer-evaluation.md). A
 * training source of the corpus may grow by new wordings.
 */
import { readFileSync } from 'node:fs';
import { loadAliasContentSync } from '../db/content.js';
import { appendCorpusRows, corpusLanguages, readCorpus } from '../db/corpus.js';
import { type Candidate, planCorpusAdditions } from '../domain/corpus-additions.js';
import { isTrackingStatus } from '../domain/tracking-status.js';

function readCandidates(file: string): Candidate[] {
  const languages = corpusLanguages();
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, lineNo: i + 1 }))
    .filter(({ line }) => line.trim().length > 0)
    .map(({ line, lineNo }) => {
      const [message = '', expected = '', language = '', carrier = '', source = ''] =
        line.split('\t');
      if (!message.trim() || !carrier.trim() || !source.trim() || !isTrackingStatus(expected)) {
        throw new Error(`${file}:${lineNo}: expected message, status, language, carrier, source`);
      }
      if (!languages.has(language)) {
        throw new Error(`${file}:${lineNo}: no corpus file for language "${language}"`);
      }
      return { message, expected, language, carrier, source };
    });
}

function main(): void {
  const [file, ...flags] = process.argv.slice(2);
  if (!file) throw new Error('usage: npm run corpus:add -- <candidates.tsv> [--dry]');
  const dry = flags.includes('--dry');
  const verdicts = planCorpusAdditions(
    readCandidates(file),
    readCorpus(),
    loadAliasContentSync().map((a) => a.phrase),
  );
  let added = 0;
  for (const v of verdicts) {
    switch (v.outcome) {
      case 'held-out':
        console.log(`skipped, a held-out source by its hash (do not use it): ${v.source}`);
        break;
      case 'overlaps-held-out':
        console.log(`skipped whole, ${v.overlapping} wordings repeat held-out ones: ${v.source}`);
        break;
      case 'added':
        console.log(
          `${dry ? 'would add' : 'added'} ${v.rows.length} (${v.known} known): ${v.source}`,
        );
        if (!dry) appendCorpusRows(v.rows);
        added += v.rows.length;
    }
  }
  console.log(`${dry ? 'would add' : 'added'} ${added} training wordings`);
}

main();
