import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { fold, type SearchLanguage } from './faq-search.js';

/** Snowball stemmers (Orama's port) for the languages wismo serves; others match whole words. */
const STEMMERS: Readonly<Record<string, (word: string) => string>> = {
  en: english,
  es: spanish,
  pt: portuguese,
  fr: french,
  de: german,
  nl: dutch,
  it: italian,
  ru: russian,
};

/** Editable word lists per locale: content/search-stop-words.json and search-synonyms.json. */
export interface SearchVocabulary {
  stopWords: Readonly<Record<string, readonly string[]>>;
  /** Groups of words that mean the same to a shopper ("got", "received", "arrived"). */
  synonyms: Readonly<Record<string, readonly (readonly string[])[]>>;
}

export const EMPTY_SEARCH_VOCABULARY: SearchVocabulary = { stopWords: {}, synonyms: {} };

export function searchLanguage(locale: string, vocabulary: SearchVocabulary): SearchLanguage {
  const base = STEMMERS[locale];
  const stem = base ?? ((word: string) => word);
  const stemOf = (word: string) => fold(stem(word.toLowerCase()));
  const synonyms = new Map<string, Set<string>>();
  for (const group of vocabulary.synonyms[locale] ?? []) {
    const stems = group.map(stemOf);
    for (const s of stems) {
      const set = synonyms.get(s) ?? new Set<string>();
      for (const other of stems) if (other !== s) set.add(other);
      synonyms.set(s, set);
    }
  }
  const stopWords = vocabulary.stopWords[locale] ?? [];
  const written = new Set(stopWords.map((w) => w.toLowerCase()));
  return {
    stem,
    stopWords: new Set(stopWords.map(fold)),
    meaningful: new Set(
      (vocabulary.synonyms[locale] ?? [])
        .flat()
        .map((w) => w.toLowerCase())
        .filter((w) => !written.has(w)),
    ),
    synonyms: new Map([...synonyms].map(([s, set]) => [s, [...set]])),
  };
}
