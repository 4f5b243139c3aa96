import { describe, expect, it } from 'vitest';
import { normalizerRules } from '../src/db/content.js';
import { StatusClassifier } from '../src/domain/status-classifier.js';
import { buildAliasIndex } from '../src/domain/status-normalizer.js';
import { rulesIndex } from './support/normalizer.js';

const aliases = [
  {
    id: 1,
    status: 'IN_TRANSIT',
    locale: 'xx',
    phrase: 'zorbed at the blorp hub',
    source: 'carrier',
  },
  {
    id: 2,
    status: 'IN_TRANSIT',
    locale: 'xx',
    phrase: 'zorbed onward from blorp',
    source: 'carrier',
  },
  { id: 3, status: 'DELIVERED', locale: 'xx', phrase: 'quux handed to wibbler', source: 'carrier' },
  { id: 4, status: 'DELIVERED', locale: 'xx', phrase: 'quux handed wibbler ok', source: 'carrier' },
] as const;

describe('StatusClassifier', () => {
  const classifier = new StatusClassifier(aliases);

  it('guesses from character n-grams of the alias data', () => {
    expect(classifier.guess('zorbed at blorp')?.status).toBe('IN_TRANSIT');
    expect(classifier.guess('quux handed wibbler')?.status).toBe('DELIVERED');
  });

  it('abstains when most n-grams were never seen', () => {
    expect(classifier.guess('completely different words')).toBeNull();
  });
});

describe('classifier fallback in the normalizer', () => {
  it('does not guess where the rules saw words that take a reading away', () => {
    // A "no" after the label makes the return conditional and denies the pickup: the rules read
    // nothing, and the content's classifier (sure of both labels) must not bring them back.
    expect(rulesIndex.match('Returned to sender: no').status).toBe('UNKNOWN');
    expect(rulesIndex.match('Available for pickup: no').status).toBe('UNKNOWN');
    expect(rulesIndex.match('Returned to sender').status).toBe('RETURNED_TO_SENDER');
  });

  const index = buildAliasIndex([...aliases], {
    rules: normalizerRules(),
    memoSize: 0,
    classifierThreshold: 0,
  });

  it('answers with method CLASSIFIER where nothing else read the wording', () => {
    const match = index.match('zorbed at blorp');
    expect(match).toMatchObject({ status: 'IN_TRANSIT', method: 'CLASSIFIER' });
    expect(match.confidence).toBeLessThan(0.7);
  });

  it('never answers DELIVERED from a guess, but may suggest it', () => {
    expect(index.match('quux handed wibbler').status).toBe('UNKNOWN');
    expect(index.suggest('quux handed wibbler')?.status).toBe('DELIVERED');
  });

  it('stays silent below the threshold', () => {
    const strict = buildAliasIndex([...aliases], { rules: normalizerRules(), memoSize: 0 });
    expect(strict.match('zorbed at blorpish').method).not.toBe('CLASSIFIER');
  });
});
