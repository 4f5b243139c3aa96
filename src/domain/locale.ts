/** Locales with seeded content; anything else well-formed falls back to the default. */
export const SUPPORTED_LOCALES = [
  'en',
  'es',
  'pt',
  'fr',
  'de',
  'nl',
  'it',
  'ru',
  'zh',
  'ja',
  'ko',
  'pl',
  'tr',
  'uk',
  'cs',
] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** A BCP 47-shaped tag such as `pt`, `pt-BR` or `zh-Hans-CN`. */
export const LOCALE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}$/;

export interface ResolvedLocale {
  requested: string;
  locale: string;
  /** True when the requested language has no content and the default was served instead. */
  fallback: boolean;
}

/**
 * Picks the content language for a request: `pt-BR` reads `pt`; a language with no content
 * reads the default, and says so, rather than answering with an empty list.
 */
export function resolveLocale(requested: string, available: ReadonlySet<string>): ResolvedLocale {
  const language = requested.split(/[-_]/)[0]?.toLowerCase() ?? '';
  const served = available.has(language);
  return {
    requested,
    locale: served ? language : DEFAULT_LOCALE,
    fallback: !served,
  };
}

const SEARCH_CONFIGS: Record<Locale, string> = {
  en: 'english',
  es: 'spanish',
  pt: 'portuguese',
  fr: 'french',
  de: 'german',
  nl: 'dutch',
  it: 'italian',
  ru: 'russian',
  tr: 'turkish',
  // PostgreSQL has no stemmer for these; 'simple' still indexes their words (Chinese and
  // Japanese runs as one word each: the in-memory search segments them, see search-language.ts).
  zh: 'simple',
  ja: 'simple',
  ko: 'simple',
  pl: 'simple',
  uk: 'simple',
  cs: 'simple',
};

export function searchConfigFor(locale: string): string {
  return SEARCH_CONFIGS[locale as Locale] ?? 'simple';
}
