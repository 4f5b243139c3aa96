import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { statusAliases } from '../db/schema.js';
import { AliasAlreadyExists, NotFoundError } from '../domain/errors.js';
import type { AliasEntry } from '../domain/status-normalizer.js';
import type { TrackingStatus } from '../domain/tracking-status.js';
import type { UseCaseContext } from './context.js';
import { knowledgeChanged } from './knowledge-changes.js';

/** A transaction or the database itself. */
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface NewAlias {
  status: TrackingStatus;
  /** Trimmed. */
  phrase: string;
  locale: string;
  source: 'editor' | 'unmatched-queue';
}

const aliasColumns = {
  id: statusAliases.id,
  status: statusAliases.status,
  locale: statusAliases.locale,
  phrase: statusAliases.phrase,
  source: statusAliases.source,
  removedAt: statusAliases.removedAt,
};

const entry = ({ removedAt: _removed, ...alias }: AliasEntry & { removedAt: Date | null }) =>
  alias as AliasEntry;

/**
 * Inserts the alias inside the caller's transaction. The unique index is on
 * (locale, lower(phrase)) and also covers removed rows, so a removed alias with the same
 * wording is revived with the new status rather than refused.
 */
export async function insertAlias(tx: Tx, alias: NewAlias): Promise<AliasEntry> {
  const sameWording = and(
    eq(statusAliases.locale, alias.locale),
    sql`lower(${statusAliases.phrase}) = lower(${alias.phrase})`,
  );
  // Locked so a concurrent add or removal of the same wording waits for this one.
  const [existing] = await tx
    .select(aliasColumns)
    .from(statusAliases)
    .where(sameWording)
    .for('update');
  if (existing && !existing.removedAt) throw new AliasAlreadyExists(entry(existing));
  if (existing) {
    const [revived] = await tx
      .update(statusAliases)
      .set({ status: alias.status, phrase: alias.phrase, source: alias.source, removedAt: null })
      .where(eq(statusAliases.id, existing.id))
      .returning(aliasColumns);
    return entry(revived!);
  }
  const [inserted] = await tx
    .insert(statusAliases)
    .values(alias)
    .onConflictDoNothing()
    .returning(aliasColumns);
  if (inserted) return entry(inserted);
  // Another editor added the same wording between our read and our insert.
  const [winner] = await tx.select(aliasColumns).from(statusAliases).where(sameWording);
  throw new AliasAlreadyExists(entry(winner!));
}

export async function addStatusAlias(ctx: UseCaseContext, input: Omit<NewAlias, 'source'>) {
  const alias = await ctx.db.transaction((tx) => insertAlias(tx, { ...input, source: 'editor' }));
  await knowledgeChanged(ctx);
  return alias;
}

/** Removal is a tombstone, so the startup seed does not bring a removed wording back. */
export async function removeStatusAlias(ctx: UseCaseContext, id: number): Promise<AliasEntry> {
  const [removed] = await ctx.db
    .update(statusAliases)
    .set({ removedAt: ctx.now() })
    .where(and(eq(statusAliases.id, id), isNull(statusAliases.removedAt)))
    .returning(aliasColumns);
  if (!removed) throw new NotFoundError(`There is no active status alias with id ${id}.`);
  await knowledgeChanged(ctx);
  return entry(removed);
}
