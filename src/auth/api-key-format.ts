import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'wismo_';
/** 32 random bytes: 256 bits, far past guessing, so a fast hash is safe at rest. */
const KEY_BYTES = 32;
/** Generated keys are wismo_ + 43 base64url characters; WISMO_ADMIN_KEY may be any long token. */
const KEY_SHAPE = /^[A-Za-z0-9_.~+/=-]{24,256}$/;

export function generateApiKey(): string {
  return PREFIX + randomBytes(KEY_BYTES).toString('base64url');
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Enough of the key to recognise it in a listing, too little to use it. */
export function keyPrefix(key: string): string {
  return key.slice(0, PREFIX.length + 6);
}

export type BearerParse =
  | { kind: 'none' }
  | { kind: 'malformed'; reason: string }
  | { kind: 'key'; key: string };

/** Reads `Authorization: Bearer <key>`; anything else present is malformed, not anonymous. */
export function parseBearer(header: string | null): BearerParse {
  if (header === null || header.trim() === '') return { kind: 'none' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  if (!match) return { kind: 'malformed', reason: 'use "Authorization: Bearer <key>"' };
  const key = match[1]!;
  if (!KEY_SHAPE.test(key)) return { kind: 'malformed', reason: 'that is not a wismo API key' };
  return { kind: 'key', key };
}

/** Constant-time comparison of two hex digests. */
export function sameHash(a: string, b: string): boolean {
  const ba = Buffer.from(a, 'hex');
  const bb = Buffer.from(b, 'hex');
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}
