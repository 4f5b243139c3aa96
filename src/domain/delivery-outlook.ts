import { DAY_MS, type EstimateBasis, type EstimateFromStatus } from './delivery-histogram.js';
import { EXPLANATION_PHRASES, explanationPhrases, fillPhrase } from './explanation-phrases.js';

/** What the explanation needs to say an estimate in words. */
export interface OutlookInput {
  basis: EstimateBasis;
  fromStatus: EstimateFromStatus;
  /** When the shipment first reached its current status: the estimate counts from there. */
  since: Date;
  earliest: Date;
  latest: Date;
  destinationCountry: string | null;
}

/**
 * Intl formatters per locale: building one costs far more than formatting with it (it was the
 * largest share of a lookup's own CPU time). Locales are client-chosen tags, so the memo is
 * bounded and simply starts over when full.
 */
const MAX_LOCALES = 64;
const regionNames = new Map<string, Intl.DisplayNames | null>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function memo<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let value = map.get(locale);
  if (value === undefined) {
    if (map.size >= MAX_LOCALES) map.clear();
    value = make();
    map.set(locale, value);
  }
  return value;
}

function countryName(code: string, locale: string): string {
  const names = memo(regionNames, locale, () => {
    try {
      return new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      return null;
    }
  });
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * "Parcels on this route usually arrive 3–7 days after reaching the destination country."
 * Whole days, rounded outwards so the words never promise a narrower window than the numbers.
 */
export function outlookSentence(input: OutlookInput, locale: string): string {
  const p = explanationPhrases(locale);
  const lo = Math.floor((input.earliest.getTime() - input.since.getTime()) / DAY_MS);
  const hi = Math.max(lo + 1, Math.ceil((input.latest.getTime() - input.since.getTime()) / DAY_MS));
  const country = input.destinationCountry ? countryName(input.destinationCountry, locale) : '';
  const scope = fillPhrase(p.scope[input.basis], { country });
  return fillPhrase(p.sentence, { scope, lo, hi, after: p.after[input.fromStatus] });
}

/** Put first in the next steps when a shipment is past the latest estimate. */
export function lateNotice(latest: Date, locale: string): string {
  const tag = EXPLANATION_PHRASES[locale] ? locale : 'en';
  const date = memo(
    dateFormats,
    tag,
    () => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }),
  ).format(latest);
  return fillPhrase(explanationPhrases(tag).late, { latest: date });
}
