import { createHash, timingSafeEqual } from 'node:crypto';

/** "sw1a 1aa", "SW1A-1AA" and "SW1A1AA" are the same postal code. */
export function normalizePostalCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]+/g, '');
}

/** How the postal code given with a lookup relates to the one on file. */
export type PostalCodeCheck = 'NOT_GIVEN' | 'MATCHED' | 'MISMATCHED' | 'NOT_ON_FILE';

/**
 * Lets a page say "that postal code does not match" instead of showing a wrong code as if none
 * had been given. It tells no more than the hidden details already do (a code is on file); the
 * lookup rate limit is what makes guessing the code itself impractical.
 */
export function checkPostalCode(
  stored: string | null,
  given: string | null | undefined,
): PostalCodeCheck {
  if (stored === null) return 'NOT_ON_FILE';
  if (!given?.trim()) return 'NOT_GIVEN';
  return postalCodeMatches(stored, given) ? 'MATCHED' : 'MISMATCHED';
}

/**
 * Compares in constant time so response timing does not reveal how much of a guess was right.
 * Both sides are hashed first, which also evens out their lengths.
 */
export function postalCodeMatches(stored: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = createHash('sha256').update(stored).digest();
  const b = createHash('sha256').update(normalizePostalCode(given)).digest();
  return timingSafeEqual(a, b);
}
