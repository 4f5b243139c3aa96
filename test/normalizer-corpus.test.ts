import { describe, expect, it } from 'vitest';
import { readCorpus } from '../src/cli/normalizer-corpus.js';
import { loadAliasContentSync } from '../src/db/content.js';
import { evaluate } from '../src/domain/normalizer-eval.js';
import { UNSPACED } from '../src/domain/status-rule-language.js';
import { normalizeMessage } from '../src/domain/text-normalize.js';
import { contentIndex as index } from './support/normalizer.js';

const corpus = readCorpus();

describe('normalizer evaluation corpus (test/fixtures/normalizer-corpus/<lang>.tsv)', () => {
  it('carries a carrier and a source on every row, and splits by source', () => {
    for (const row of corpus) {
      expect(row.carrier, row.message).not.toBe('');
      expect(row.source, row.message).not.toBe('');
    }
    const splitOf = new Map<string, string>();
    for (const row of corpus) {
      expect(splitOf.get(row.source) ?? row.split, row.source).toBe(row.split);
      splitOf.set(row.source, row.split);
    }
    const test = corpus.filter((r) => r.split === 'test');
    expect(new Set(test.map((r) => r.language)).size).toBeGreaterThanOrEqual(8);
  });

  it('keeps held-out wordings out of the alias data', () => {
    const phrases = new Set(loadAliasContentSync().map((a) => a.phrase.trim().toLowerCase()));
    const leaked = corpus
      .filter((r) => r.split === 'test')
      .filter((r) => phrases.has(r.message.trim().toLowerCase()));
    expect(leaked.map((r) => r.message)).toEqual([]);
  });

  it('holds each wording once, and no held-out wording the normalizer has already seen', () => {
    // Seen = the same wording once normalised (case, accents, punctuation, places), as the
    // alias index itself matches: a training row or an alias phrase with it is not unseen.
    // Chinese, Japanese, Korean and Thai phrases match with or without spaces between words,
    // so "고객 부재" has been seen once "고객부재" has.
    const key = (message: string) => {
      const k = normalizeMessage(message.trim());
      return UNSPACED.test(k) ? k.replaceAll(' ', '') : k;
    };
    const aliases = new Set(loadAliasContentSync().map((a) => key(a.phrase)));
    const training = new Set(
      corpus.filter((r) => r.split === 'train').map((r) => `${r.language}\t${key(r.message)}`),
    );
    const seen = corpus
      .filter((r) => r.split === 'test')
      .filter(
        (r) => training.has(`${r.language}\t${key(r.message)}`) || aliases.has(key(r.message)),
      );
    expect(seen.map((r) => r.message)).toEqual([]);
    const once = new Set<string>();
    const repeated = corpus.filter((r) => {
      const k = `${r.split}\t${r.language}\t${key(r.message)}`;
      if (once.has(k)) return true;
      once.add(k);
      return false;
    });
    expect(repeated.map((r) => r.message)).toEqual([]);
  });

  it('never answers DELIVERED wrongly, on either split', () => {
    const result = evaluate(corpus, (r) => index.match(r.message).status);
    const wrong = result.misses.filter(({ got }) => got === 'DELIVERED');
    // Training rows by message, to fix; held-out rows only counted per language: naming them
    // would invite tuning on the split that must stay unseen.
    expect(wrong.filter((m) => m.row.split === 'train').map((m) => m.row.message)).toEqual([]);
    const heldOut = new Map<string, number>();
    for (const { row } of wrong.filter((m) => m.row.split === 'test')) {
      heldOut.set(row.language, (heldOut.get(row.language) ?? 0) + 1);
    }
    expect(Object.fromEntries(heldOut), 'held-out rows answered DELIVERED wrongly').toEqual({});
  });

  it('is precise on the training split', () => {
    const result = evaluate(
      corpus.filter((r) => r.split === 'train'),
      (r) => index.match(r.message).status,
    );
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.9);
  });
});
