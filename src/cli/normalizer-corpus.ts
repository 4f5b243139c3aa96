import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledWording } from '../domain/normalizer-eval.js';
import { isTrackingStatus } from '../domain/tracking-status.js';

/** One TSV per language, so that work on one language never touches another's file. */
const CORPUS_DIR = fileURLToPath(
  new URL('../../test/fixtures/normalizer-corpus/', import.meta.url),
);
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
