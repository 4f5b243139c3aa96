import {
  CARRIER_FORMATS,
  type CarrierFormat,
  FAILED_CHECK_DIGIT_FACTOR,
} from './carrier-formats.js';
import { s10CheckDigit } from './check-digits.js';
import { isIsoCountryCode, postalOperator } from './postal-operators.js';

export const TRACKING_NUMBER_PROBLEMS = [
  'EMPTY',
  'TOO_SHORT',
  'TOO_LONG',
  'INVALID_CHARACTERS',
  'BAD_CHECK_DIGIT',
  'UNKNOWN_FORMAT',
] as const;
export type TrackingNumberProblem = (typeof TRACKING_NUMBER_PROBLEMS)[number];

export interface CarrierCandidate {
  /** Stable code, e.g. 'upu-s10', 'cainiao', 'ups', 'fedex', 'dhl-express', 'usps'. */
  carrier: string;
  /** Display name, e.g. 'China Post' for an S10 item from CN, 'UPS'. */
  name: string;
  /** 0..1 */
  confidence: number;
  /** null when the format has no check digit. */
  checkDigitValid: boolean | null;
  trackingUrl: string;
  /** ISO 3166-1 alpha-2 origin, known for S10 items. */
  originCountry?: string;
}

export type TrackingNumberAnalysis =
  | { ok: true; trackingNumber: string; candidates: CarrierCandidate[] }
  | { ok: false; trackingNumber: string; problem: TrackingNumberProblem; message: string };

export const MIN_TRACKING_NUMBER_LENGTH = 8;
export const MAX_TRACKING_NUMBER_LENGTH = 40;

const S10_PATTERN = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/;
const S10_CONFIDENCE = 0.98;
const FALLBACK_TRACKING_URL = 'https://www.17track.net/en/track?nums={n}';

/** People paste numbers with the grouping printed on labels; carriers never mean it. */
export function normalizeTrackingNumber(raw: string): string {
  return raw
    .trim()
    .toUpperCase()
    .replace(/[\s.\-\u2010-\u2015]/g, '');
}

interface Match {
  candidate: CarrierCandidate;
  strict: boolean;
}

function fillUrl(template: string, trackingNumber: string): string {
  return template.replace('{n}', encodeURIComponent(trackingNumber));
}

function matchS10(trackingNumber: string): Match | undefined {
  const parts = S10_PATTERN.exec(trackingNumber);
  if (!parts) return undefined;
  const [, , serial, check, country] = parts;
  // The suffix must be a real country; private look-alikes (Yanwen's "YW") are not S10.
  if (!serial || !check || !country || !isIsoCountryCode(country)) return undefined;
  const valid = s10CheckDigit(serial) === Number(check);
  const operator = postalOperator(country);
  return {
    strict: true,
    candidate: {
      carrier: 'upu-s10',
      name: operator?.name ?? `Postal service of ${country}`,
      // An unlisted country is still a postal item, but we know less about who handles it.
      confidence: scaled(operator ? S10_CONFIDENCE : S10_CONFIDENCE - 0.1, valid),
      checkDigitValid: valid,
      trackingUrl: fillUrl(operator?.trackingUrl ?? FALLBACK_TRACKING_URL, trackingNumber),
      originCountry: country,
    },
  };
}

function scaled(confidence: number, checkDigitValid: boolean | null): number {
  const value = checkDigitValid === false ? confidence * FAILED_CHECK_DIGIT_FACTOR : confidence;
  return Math.round(value * 100) / 100;
}

function matchFormat(format: CarrierFormat, trackingNumber: string): Match | undefined {
  if (!format.pattern.test(trackingNumber)) return undefined;
  const checkDigitValid = format.checkDigit ? format.checkDigit(trackingNumber) : null;
  return {
    strict: format.strict === true,
    candidate: {
      carrier: format.carrier,
      name: format.name,
      confidence: scaled(format.confidence, checkDigitValid),
      checkDigitValid,
      trackingUrl: fillUrl(format.trackingUrl, trackingNumber),
    },
  };
}

/** Several formats of one carrier can match; the client wants one row per carrier. */
function bestPerCarrier(matches: Match[]): Match[] {
  const best = new Map<string, Match>();
  for (const match of matches) {
    const current = best.get(match.candidate.carrier);
    if (!current || match.candidate.confidence > current.candidate.confidence) {
      best.set(match.candidate.carrier, match);
    }
  }
  return [...best.values()].sort((a, b) => b.candidate.confidence - a.candidate.confidence);
}

function problem(
  trackingNumber: string,
  kind: TrackingNumberProblem,
  message: string,
): TrackingNumberAnalysis {
  return { ok: false, trackingNumber, problem: kind, message };
}

function badCheckDigitMessage(matches: Match[]): string {
  const names = [...new Set(matches.filter((m) => m.strict).map((m) => m.candidate.name))];
  const carrier = names.length > 0 ? names.join(' or ') : 'carrier';
  return (
    `This looks like a ${carrier} tracking number, but its last digits don't add up ` +
    '(the check digit is wrong), so a character was probably mistyped. ' +
    'Please copy the number again from your shipping confirmation.'
  );
}

function firstInvalidCharacter(value: string): string | undefined {
  return /[^A-Z0-9]/u.exec(value)?.[0];
}

export function analyzeTrackingNumber(raw: string): TrackingNumberAnalysis {
  const trackingNumber = normalizeTrackingNumber(raw);
  if (trackingNumber === '') {
    return problem(trackingNumber, 'EMPTY', 'Please enter a tracking number.');
  }
  const invalid = firstInvalidCharacter(trackingNumber);
  if (invalid !== undefined) {
    return problem(
      trackingNumber,
      'INVALID_CHARACTERS',
      `This tracking number contains "${invalid}", which tracking numbers never use: ` +
        'they are made of letters A-Z and digits 0-9 only.',
    );
  }
  if (trackingNumber.length < MIN_TRACKING_NUMBER_LENGTH) {
    return problem(
      trackingNumber,
      'TOO_SHORT',
      'This tracking number is too short: tracking numbers have at least ' +
        `${MIN_TRACKING_NUMBER_LENGTH} characters.`,
    );
  }
  if (trackingNumber.length > MAX_TRACKING_NUMBER_LENGTH) {
    return problem(
      trackingNumber,
      'TOO_LONG',
      'This tracking number is too long: tracking numbers have at most ' +
        `${MAX_TRACKING_NUMBER_LENGTH} characters.`,
    );
  }

  const matches: Match[] = [];
  const s10 = matchS10(trackingNumber);
  if (s10) matches.push(s10);
  for (const format of CARRIER_FORMATS) {
    const match = matchFormat(format, trackingNumber);
    if (match) matches.push(match);
  }

  if (matches.length === 0) {
    return problem(
      trackingNumber,
      'UNKNOWN_FORMAT',
      "We don't recognise this tracking number. Please check it against your shipping " +
        'confirmation, or contact the shop that sent the parcel.',
    );
  }
  // Only a distinctive format may reject a number: an all-digit number that fails one
  // carrier's check could still belong to a carrier we do not know.
  const allFailed = matches.every((m) => m.candidate.checkDigitValid === false);
  if (allFailed && matches.some((m) => m.strict)) {
    return problem(trackingNumber, 'BAD_CHECK_DIGIT', badCheckDigitMessage(matches));
  }
  return {
    ok: true,
    trackingNumber,
    candidates: bestPerCarrier(matches).map((m) => m.candidate),
  };
}

export { s10CheckDigit } from './check-digits.js';
