import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { apiKeys } from '../db/schema.js';
import { hashApiKey, parseBearer, sameHash } from './api-key-format.js';
import { ANONYMOUS, type Identity } from './roles.js';

/** A credential was sent but cannot be used: the whole request is refused with 401. */
export class UnauthenticatedError extends Error {
  override name = 'UnauthenticatedError';
}

export interface IdentityResolverOptions {
  /** WISMO_ADMIN_KEY: accepted as an admin key without a database row. */
  adminKey?: string | undefined;
  /** How long a looked-up key is trusted before it is read again. @default 10000 */
  cacheTtlMs?: number;
  now?: () => number;
}

interface CachedKey {
  identity: Identity;
  expiresAt: number;
}

const CACHE_MAX = 1000;
/** last_used_at is a hint for key hygiene, not an audit log: one write a minute per key. */
const LAST_USED_EVERY_MS = 60_000;

/**
 * Turns an Authorization header into an identity. Keys are looked up by hash and cached
 * briefly, so an authenticated request costs no SQL most of the time; a revocation in this
 * process takes effect at once, in others within the cache TTL.
 */
export class IdentityResolver {
  readonly #cache = new Map<string, CachedKey>();
  readonly #lastUsedWrite = new Map<number, number>();
  readonly #adminHash: string | null;
  readonly #ttl: number;
  readonly #now: () => number;

  constructor(
    private readonly db: Db,
    options: IdentityResolverOptions = {},
  ) {
    this.#adminHash = options.adminKey ? hashApiKey(options.adminKey) : null;
    this.#ttl = options.cacheTtlMs ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  async resolve(authorization: string | null): Promise<Identity> {
    const bearer = parseBearer(authorization);
    if (bearer.kind === 'none') return ANONYMOUS;
    if (bearer.kind === 'malformed') {
      throw new UnauthenticatedError(`Invalid Authorization header: ${bearer.reason}.`);
    }
    const hash = hashApiKey(bearer.key);
    if (this.#adminHash && sameHash(hash, this.#adminHash)) {
      return { role: 'admin', keyId: null, keyName: 'WISMO_ADMIN_KEY' };
    }
    const now = this.#now();
    const cached = this.#cache.get(hash);
    const identity =
      cached && cached.expiresAt > now ? cached.identity : await this.#lookup(hash, now);
    if (identity.keyId !== null) this.#touch(identity.keyId, now);
    return identity;
  }

  /** Forgets cached keys, e.g. right after a revocation. */
  invalidate(): void {
    this.#cache.clear();
  }

  async #lookup(hash: string, now: number): Promise<Identity> {
    const [row] = await this.db
      .select({
        id: apiKeys.id,
        name: apiKeys.name,
        role: apiKeys.role,
        revokedAt: apiKeys.revokedAt,
      })
      .from(apiKeys)
      .where(eq(apiKeys.keyHash, hash));
    if (!row || row.revokedAt) {
      // One message for both: telling "revoked" from "never existed" helps only an attacker.
      throw new UnauthenticatedError('This API key is not valid: it is unknown or was revoked.');
    }
    const identity: Identity = { role: row.role, keyId: row.id, keyName: row.name };
    if (this.#cache.size >= CACHE_MAX) this.#cache.clear();
    this.#cache.set(hash, { identity, expiresAt: now + this.#ttl });
    return identity;
  }

  #touch(keyId: number, now: number): void {
    const last = this.#lastUsedWrite.get(keyId) ?? 0;
    if (now - last < LAST_USED_EVERY_MS) return;
    this.#lastUsedWrite.set(keyId, now);
    this.db
      .update(apiKeys)
      .set({ lastUsedAt: new Date(now) })
      .where(eq(apiKeys.id, keyId))
      .catch(() => this.#lastUsedWrite.delete(keyId));
  }
}
