import { LOCALE_TAG } from '../domain/locale.js';

/** Shared `locale` argument: a malformed tag is an error, an unknown language falls back. */
export function localeArg(description?: string) {
  return {
    defaultValue: 'en',
    description:
      description ??
      'BCP 47 language tag, e.g. "en", "pt-BR". A language without content falls back to "en"; the `locale` field of each result says which was served.',
    validate: {
      regex: [LOCALE_TAG, { message: 'locale must be a language tag such as "en" or "pt-BR"' }] as [
        RegExp,
        { message: string },
      ],
      maxLength: [35, { message: 'locale must be at most 35 characters' }] as [
        number,
        { message: string },
      ],
    },
  };
}
