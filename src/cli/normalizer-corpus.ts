import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LabelledWording } from '../domain/normalizer-eval.js';
import { isTrackingStatus } from '../domain/tracking-status.js';

const CORPUS = fileURLToPath(new URL('../../test/fixtures/normalizer-corpus.tsv', import.meta.url));

export function readCorpus(file = CORPUS): LabelledWording[] {
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n');
  if (header !== 'message\texpected_status\tlanguage\tcarrier\tsource\tsplit') {
    throw new Error(`${file}: unexpected header`);
  }
  return lines
    .filter((line) => line.trim().length > 0)
    .map((line, i) => {
      const [message = '', expected = '', language = '', carrier = '', source = '', split = ''] =
        line.split('\t');
      if (!isTrackingStatus(expected) || (split !== 'train' && split !== 'test') || !source) {
        throw new Error(`${file}:${i + 2}: bad row`);
      }
      return { message, expected, language, carrier, source, split };
    });
}
