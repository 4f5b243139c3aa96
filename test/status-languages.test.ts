import { describe, expect, it } from 'vitest';
import { FuzzyVocabulary } from '../src/domain/fuzzy.js';
import { buildAliasIndex } from '../src/domain/status-normalizer.js';
import type { RuleFile } from '../src/domain/status-rule-language.js';
import { RuleSet } from '../src/domain/status-rules.js';
import { normalizeMessage } from '../src/domain/text-normalize.js';

/**
 * The rules of every language are one set: a phrase of one language must not read a message
 * plainly in another (Slovak `col*` in French "colis", French `transport` in English), and
 * the typo pass must not correct a word into another language's rule word.
 */

// Small made-up rule files: the mechanism, not the content, is under test.
const english: RuleFile = {
  language: 'en',
  name: 'English',
  rules: { exception: ['parcel damaged', 'placed on hold'], transit: ['in transit'] },
};
const french: RuleFile = {
  language: 'fr',
  name: 'French',
  rules: { transit: ['transport', 'colis en cours'], delivered: ['colis livré'] },
};
const slovak: RuleFile = {
  language: 'sk',
  name: 'Slovak',
  rules: { customs: ['col*'], exception: ['poškoden*'] },
};
const shared: RuleFile = { language: 'mul', name: 'Mixed', rules: { delay: ['delay*'] } };
const files = [english, french, shared, slovak];

const read = (set: RuleSet, message: string) =>
  set.evaluate(normalizeMessage(message))?.status ?? 'UNKNOWN';

describe('language scoping of rule phrases', () => {
  const scoped = new RuleSet(files);
  const everywhere = new RuleSet(files, { byLanguage: false });

  it('ignores a phrase of a language the message shows far less evidence of', () => {
    // "parcel", "placed", "on" are English rule words; only "transport" is French.
    expect(read(everywhere, 'Parcel placed on transport')).toBe('IN_TRANSIT');
    expect(read(scoped, 'Parcel placed on transport')).toBe('UNKNOWN');
    // The Slovak stem `col*` inside French "colis".
    expect(read(everywhere, 'Colis en cours')).toBe('HELD_BY_CUSTOMS');
    expect(read(scoped, 'Colis en cours')).toBe('IN_TRANSIT');
  });

  it('still reads a language the message is plausibly in, and shared files everywhere', () => {
    expect(read(scoped, 'Zásielka poškodená, colné konanie')).toBe('EXCEPTION');
    expect(read(scoped, 'colne konanie')).toBe('HELD_BY_CUSTOMS');
    expect(read(scoped, 'Transport')).toBe('IN_TRANSIT');
    // mul.json words belong to no one language: never ruled out.
    expect(read(scoped, 'Colis en cours, delayed')).toBe('EXCEPTION');
  });

  it('counts how many words of a message each language file knows', () => {
    const words = normalizeMessage('parcel placed on transport').split(' ');
    const support = scoped.languageSupport(words);
    const by = Object.fromEntries(scoped.languages.map((l, i) => [l, support[i]]));
    expect(by).toEqual({ en: 3, fr: 1, mul: 0, sk: 0 });
  });
});

describe('typo correction keeps to the message language', () => {
  it('corrects only into words of the allowed languages', () => {
    const vocabulary = new FuzzyVocabulary();
    vocabulary.add('partite', [1]);
    vocabulary.add('parties', [0]);
    vocabulary.add('delivered', null);
    expect(vocabulary.correct('partie')?.word).toBe('partite');
    expect(vocabulary.correct('partie', Uint8Array.of(1, 0))?.word).toBe('parties');
    expect(vocabulary.correct('partie', Uint8Array.of(0, 0))).toBeNull();
    // Words of every language stay candidates; a lowered budget refuses two-letter slips.
    expect(vocabulary.correct('delivred', Uint8Array.of(0, 0))?.word).toBe('delivered');
    expect(vocabulary.correct('dleivred', null)?.word).toBe('delivered');
    expect(vocabulary.correct('dleivred', null, 1)).toBeNull();
  });

  it('corrects a Cyrillic or Greek slip, but not a changed ending or a second change', () => {
    const vocabulary = new FuzzyVocabulary();
    for (const word of ['доставлена', 'возврата', 'попытка', 'παραδοθηκε'])
      vocabulary.add(word, null);
    // A doubled or dropped letter is a slip.
    expect(vocabulary.correct('доставленна')?.word).toBe('доставлена');
    expect(vocabulary.correct('παραδοθκε')?.word).toBe('παραδοθηκε');
    // Another case of the word, or another word two letters away, is not.
    expect(vocabulary.correct('попытку')).toBeNull();
    expect(vocabulary.correct('возраста')).toBeNull();
  });

  it('corrects a changed first letter only when it is the one slip', () => {
    const vocabulary = new FuzzyVocabulary();
    for (const word of ['basarisiz', 'received', 'delivered']) vocabulary.add(word, null);
    // "hasarsız" (undamaged) is two letters from "başarısız" (failed), one of them the first.
    expect(vocabulary.correct('hasarsiz')).toBeNull();
    expect(vocabulary.correct('basarsiz')?.word).toBe('basarisiz');
    // A slip past the first letter, or one mistyped first letter alone, is corrected.
    expect(vocabulary.correct('rceeived')?.word).toBe('received');
    expect(vocabulary.correct('ecleived')).toBeNull();
    expect(vocabulary.correct('felivered')?.word).toBe('delivered');
  });

  it("does not read a message through another language's rule word", () => {
    const italian: RuleFile = {
      language: 'it',
      name: 'Italian',
      rules: { transit: ['partite', 'merce in viaggio'], exception: ['danneggiato'] },
    };
    const index = buildAliasIndex([], {
      rules: new RuleSet([english, french, italian]),
      memoSize: 0,
    });
    // "partie" is one letter from Italian "partite", but "colis" is French.
    expect(index.match('Colis partie').status).toBe('UNKNOWN');
    // An Italian message's slip is corrected into its own language's word.
    expect(index.match('Merce partte').status).toBe('IN_TRANSIT');
    expect(index.match('Merce daneggiatto').status).toBe('EXCEPTION');
    // Without any language's word to go by, only a one-letter slip is corrected.
    expect(index.match('Partte').status).toBe('IN_TRANSIT');
    expect(index.match('Daneggiatto').status).toBe('UNKNOWN');
  });
});
