import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnownWording } from '../domain/known-wordings.js';
import type { LabelledWording } from '../domain/normalizer-eval.js';
import { StatusClassifier } from '../domain/status-classifier.js';
import { isTrackingStatus } from '../domain/tracking-status.js';
import { CONTENT_DIR, loadAliasContentSync } from './content.js';

/**
 * content/corpus/<lang>.tsv: real carrier wordings, each with our label, its carrier, the public
 * source it was copied from and its split (docs/normalizer-evaluation.md). One TSV per language,
 * so that work on one language never touches another's file.
 */
const CORPUS_DIR = join(CONTENT_DIR, 'corpus');
const HEADER = 'message\texpected_status\tlanguage\tcarrier\tsource\tsplit';

export function readCorpus(dir = CORPUS_DIR): LabelledWording[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.tsv'))
    .sort()
    .flatMap((name) => readCorpusFile(join(dir, name), name.slice(0, -'.tsv'.length)));
}

function readCorpusFile(file: string, fileLanguage: string): LabelledWording[] {
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n');
  if (header !== HEADER) throw new Error(`${file}: unexpected header`);
  return lines
    .map((line, i) => ({ line, lineNo: i + 2 }))
    .filter(({ line }) => line.trim().length > 0)
    .map(({ line, lineNo }) => {
      const [message = '', expected = '', language = '', carrier = '', source = '', split = ''] =
        line.split('\t');
      if (!isTrackingStatus(expected) || (split !== 'train' && split !== 'test') || !source) {
        throw new Error(`${file}:${lineNo}: bad row`);
      }
      if (language !== fileLanguage) {
        throw new Error(`${file}:${lineNo}: language ${language} in the ${fileLanguage} file`);
      }
      return { message, expected, language, carrier, source, split };
    });
}

/** The language files a corpus directory holds (one TSV per language). */
export function corpusLanguages(dir = CORPUS_DIR): Set<string> {
  return new Set(
    readdirSync(dir)
      .filter((name) => name.endsWith('.tsv'))
      .map((name) => name.slice(0, -'.tsv'.length)),
  );
}

/** Appends rows to their language's file, in the corpus's column order. */
export function appendCorpusRows(rows: readonly LabelledWording[], dir = CORPUS_DIR): void {
  for (const r of rows) {
    const file = join(dir, `${r.language}.tsv`);
    if (!existsSync(file)) throw new Error(`${file}: no corpus file for ${r.language}`);
    const cells = [r.message, r.expected, r.language, r.carrier, r.source, r.split];
    if (cells.some((c) => c.includes('\t') || c.includes('\n'))) {
      throw new Error(`a tab or line break inside a cell: ${r.message}`);
    }
    appendFileSync(file, `${cells.join('\t')}\n`);
  }
}

/**
 * The wordings the normalizer knows verbatim: the training split only. The held-out split is
 * what measures the rules on wordings never seen, so it is never read into the product.
 */
export function loadKnownWordings(dir = CORPUS_DIR): KnownWording[] {
  return knownWordingsOf(readCorpus(dir));
}

/** The known wordings among corpus rows already read: their training split. */
export function knownWordingsOf(rows: readonly LabelledWording[]): KnownWording[] {
  return rows
    .filter((r) => r.split === 'train')
    .map((r) => ({ message: r.message, status: r.expected }));
}

let knownWordings: readonly KnownWording[] | undefined;

/** The known wordings, read once per process: they change with a deploy, like the rules. */
export function normalizerKnownWordings() {
  knownWordings ??= loadKnownWordings();
  return knownWordings;
}

let suggester: StatusClassifier | undefined;

/**
 * The classifier behind editors' suggestions for unread wordings, trained on the seeded aliases
 * and the known wordings (about 1 s and 20 MB, so built on the first suggestion, not at start).
 * Cross-validated by source on the training split, it guesses right 58 % of wordings from
 * sources it never saw, against 30 % for the aliases alone (docs/normalizer-evaluation.md).
 */
export function normalizerSuggester(): StatusClassifier {
  suggester ??= new StatusClassifier([
    ...loadAliasContentSync().filter((a) => a.status !== 'UNKNOWN'),
    ...normalizerKnownWordings()
      .filter((w) => w.status !== 'UNKNOWN')
      .map((w) => ({ phrase: w.message, status: w.status })),
  ]);
  return suggester;
}
