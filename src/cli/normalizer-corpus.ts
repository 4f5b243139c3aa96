import { readdirSync, readFileSync } from 'node:fs';
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
