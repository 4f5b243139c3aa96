import { createHash, timingSafeEqual } from 'node:crypto';

/** "sw1a 1aa", "SW1A-1AA" and "SW1A1AA" are the same postal code. */
export function normalizePostalCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]+/g, '');
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
