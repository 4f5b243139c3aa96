/**
 * Check-digit algorithms used by parcel tracking numbers. Each function takes the
 * characters that precede the check digit and returns the digit the carrier would
 * have printed, so callers compare it with the last character themselves.
 */

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;
const FEDEX12_WEIGHTS = [3, 1, 7] as const;

function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  if (!(code >= 0 && code <= 9)) {
    throw new RangeError(`Expected a digit at position ${index} of "${text}"`);
  }
  return code;
}

function assertDigits(text: string, length?: number): void {
  if (!/^\d+$/.test(text) || (length !== undefined && text.length !== length)) {
    throw new RangeError(
      `Expected ${length ?? 'one or more'} digits, got "${text}" (${text.length} characters)`,
    );
  }
}

/** UPU S10: weights 8,6,4,2,3,5,9,7; C = 11 - (sum mod 11); 10 -> 0, 11 -> 5. */
export function s10CheckDigit(serial8: string): number {
  assertDigits(serial8, 8);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += digitAt(serial8, i) * S10_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  if (check === 10) return 0;
  if (check === 11) return 5;
  return check;
}

/**
 * GS1-style mod 10: weights alternate starting from the rightmost body digit
 * (3,1,3,1… for USPS IMpb and FedEx Ground), so the result does not depend on
 * whether the body has an odd or even length.
 */
export function mod10CheckDigit(
  body: string,
  weightsFromRight: readonly number[] = [3, 1],
): number {
  assertDigits(body);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const weight = weightsFromRight[i % weightsFromRight.length]!;
    sum += digitAt(body, body.length - 1 - i) * weight;
  }
  return (10 - (sum % 10)) % 10;
}

/** FedEx Express 12-digit: weights 3,1,7 from the left over 11 digits, (sum mod 11) mod 10. */
export function fedex12CheckDigit(body11: string): number {
  assertDigits(body11, 11);
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += digitAt(body11, i) * FEDEX12_WEIGHTS[i % 3]!;
  return (sum % 11) % 10;
}

/** DHL Express waybill: the body read as one number, modulo 7. */
export function mod7CheckDigit(body: string): number {
  assertDigits(body);
  // Digit by digit so that long bodies never lose precision as a JS number.
  let remainder = 0;
  for (let i = 0; i < body.length; i++) remainder = (remainder * 10 + digitAt(body, i)) % 7;
  return remainder;
}

/** UPS letters count as digits: A=2 … H=9, I=0, J=1 … (code point minus 3, mod 10). */
function upsValue(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return (code - 3) % 10;
  throw new RangeError(`UPS tracking numbers use only A-Z and 0-9, got "${char}"`);
}

/**
 * UPS 1Z: over the 15 characters between "1Z" and the check digit, odd positions
 * count once and even positions twice; the check digit tops the sum up to a multiple of 10.
 */
export function upsCheckDigit(body15: string): number {
  if (!/^[A-Z0-9]{15}$/.test(body15)) {
    throw new RangeError(`Expected 15 letters or digits, got "${body15}"`);
  }
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += upsValue(body15.charAt(i)) * (i % 2 === 0 ? 1 : 2);
  return (10 - (sum % 10)) % 10;
}

/** True when the last character of `value` is the digit `compute` derives from the rest. */
export function hasCheckDigit(value: string, compute: (body: string) => number): boolean {
  const last = value.charAt(value.length - 1);
  if (!/^\d$/.test(last)) return false;
  try {
    return compute(value.slice(0, -1)) === Number(last);
  } catch {
    return false;
  }
}
