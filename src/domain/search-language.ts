import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import { fold, type SearchLanguage } from './faq-search.js';

/**
 * Polish and Czech have no Snowball stemmer here. Their inflections change the ending
 * ("paczka", "paczki", "paczkę"; "zásilka", "zásilku"), so the first five letters stand in for
 * the stem: crude, but in a help center of a few questions a shared prefix is the same word far
 * more often than not, and synonyms cover the stems it splits ("cło", "cła").
 */
const prefixStem =
  (length: number) =>
  (word: string): string =>
    Array.from(word).slice(0, length).join('');

/**
 * Korean glues particles onto the word before them ("택배가", "세관에서"): the word is what
 * remains, kept to at least two syllables so a short noun ending in a particle's syllable stays.
 */
const KOREAN_PARTICLES = [
  // The copula after a noun ("배송완료인데", "보관중이에요").
  '이에요',
  '인가요',
  '입니다',
  '이라고',
  '인데',
  '에서는',
  '으로는',
  '에게서',
  '에서',
  '으로',
  '에게',
  '한테',
  '까지',
  '부터',
  '처럼',
  '보다',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '요',
];
/**
 * A Sino-Korean noun made a verb by 하다 or 되다 ("확인하나요", "시도했다는데", "표시되어"): the
 * noun is what comes before the verb's first syllable, kept to at least two syllables ("해결해야"
 * is 해결, "위해" stays).
 */
const KOREAN_VERB = /^(.{2,}?)[하한할함합해했되된될됨됩돼됐]/u;
function korean(word: string): string {
  const verb = KOREAN_VERB.exec(word);
  if (verb) return verb[1]!;
  for (const particle of KOREAN_PARTICLES) {
    if (word.endsWith(particle) && word.length - particle.length >= 2) {
      return word.slice(0, -particle.length);
    }
  }
  return word;
}

/** Snowball stemmers (Orama's port) and the stand-ins above; other languages match whole words. */
const STEMMERS: Readonly<Record<string, (word: string) => string>> = {
  en: english,
  es: spanish,
  pt: portuguese,
  fr: french,
  de: german,
  nl: dutch,
  it: italian,
  ru: russian,
  tr: turkish,
  uk: ukrainian,
  pl: prefixStem(5),
  cs: prefixStem(5),
  ko: korean,
};

/**
 * Chinese and Japanese write without spaces: ICU's dictionary segmentation finds the words
 * ("我的|包裹|在|哪里"). Per language, since the same characters split differently.
 */
const SEGMENTED: ReadonlySet<string> = new Set(['zh', 'ja']);

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
  const stopWords = vocabulary.stopWords[locale] ?? [];
  const written = new Set(stopWords.map((w) => w.toLowerCase()));
  const synonyms = new Map<string, Set<string>>();
  for (const group of vocabulary.synonyms[locale] ?? []) {
    // A stop word of the group counts only through querySynonyms: its stem is often another
    // word's ("entrega", "entregado"), which must not take on the group.
    const stems = group.filter((w) => !written.has(w.toLowerCase())).map(stemOf);
    for (const s of stems) {
      const set = synonyms.get(s) ?? new Set<string>();
      for (const other of stems) if (other !== s) set.add(other);
      synonyms.set(s, set);
    }
  }
  const grouped = (vocabulary.synonyms[locale] ?? []).flat().map((w) => w.toLowerCase());
  const querySynonyms = new Map<string, Set<string>>();
  for (const group of vocabulary.synonyms[locale] ?? []) {
    for (const word of group) {
      const lower = word.toLowerCase();
      if (!written.has(lower)) continue;
      const set = querySynonyms.get(lower) ?? new Set<string>();
      for (const other of group) if (other.toLowerCase() !== lower) set.add(stemOf(other));
      querySynonyms.set(lower, set);
      // Also under the folded form, which a typo fix yields ("dónde" as "donde").
      if (!querySynonyms.has(fold(lower))) querySynonyms.set(fold(lower), new Set(set));
    }
  }
  return {
    stem,
    segmenter: SEGMENTED.has(locale)
      ? new Intl.Segmenter(locale, { granularity: 'word' })
      : undefined,
    stopWords: new Set(stopWords.map(fold)),
    meaningful: new Set(grouped.filter((w) => !written.has(w))),
    queryMeaningful: new Set(grouped.filter((w) => written.has(w))),
    querySynonyms: new Map([...querySynonyms].map(([w, set]) => [w, [...set]])),
    synonyms: new Map([...synonyms].map(([s, set]) => [s, [...set]])),
  };
}
