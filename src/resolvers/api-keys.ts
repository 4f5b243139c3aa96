import { and, asc, eq, isNull } from 'drizzle-orm';
import { generateApiKey, hashApiKey, keyPrefix } from '../auth/api-key-format.js';
import type { Role } from '../auth/roles.js';
import { apiKeys } from '../db/schema.js';
import { NotFoundError } from '../domain/errors.js';
import type { UseCaseContext } from './context.js';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

/** The CLI runs these too, with only a database. */
type DbOnly = Pick<UseCaseContext, 'db'>;

/** Creates a key; the plain key is returned this once and only its hash is stored. */
export async function createApiKey(
  ctx: DbOnly,
  input: { role: Role; name: string },
): Promise<{ apiKey: ApiKeyRow; key: string }> {
  const key = generateApiKey();
  const [apiKey] = await ctx.db
    .insert(apiKeys)
    .values({
      name: input.name,
      role: input.role,
      keyHash: hashApiKey(key),
      keyPrefix: keyPrefix(key),
    })
    .returning();
  return { apiKey: apiKey!, key };
}

export async function listApiKeys(ctx: DbOnly): Promise<ApiKeyRow[]> {
  return ctx.db.select().from(apiKeys).orderBy(asc(apiKeys.id));
}

export async function findApiKey(ctx: DbOnly, id: number): Promise<ApiKeyRow | null> {
  const [key] = await ctx.db.select().from(apiKeys).where(eq(apiKeys.id, id));
  return key ?? null;
}

/**
 * Revokes a key. The server's key cache is cleared as well, so the key is refused from the very
 * next request; the CLI has no cache to clear.
 */
export async function revokeApiKey(
  ctx: DbOnly & Partial<Pick<UseCaseContext, 'identities'>>,
  id: number,
): Promise<ApiKeyRow> {
  const [revoked] = await ctx.db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  ctx.identities?.invalidate();
  if (revoked) return revoked;
  const [existing] = await ctx.db.select().from(apiKeys).where(eq(apiKeys.id, id));
  if (!existing) throw new NotFoundError(`There is no API key with id ${id}.`);
  return existing;
}
