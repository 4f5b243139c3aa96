import { and, asc, desc, eq, gt, isNull, type SQL, sql } from 'drizzle-orm';
import { trackingEvents, unmatchedMessages } from '../db/schema.js';
import { AliasAlreadyExists, NotFoundError } from '../domain/errors.js';
import { phrasePrivacyWarnings } from '../domain/phrase-privacy.js';
import type { Guess } from '../domain/status-classifier.js';
import type { AliasEntry } from '../domain/status-normalizer.js';
import { normalizeMessage } from '../domain/text-normalize.js';
import type { TrackingStatus } from '../domain/tracking-status.js';
import { insertAlias } from './aliases.js';
import type { UseCaseContext } from './context.js';
import { pastCursor } from './keyset.js';
import { knowledgeChanged } from './knowledge-changes.js';
import type { PageRequest } from './pagination.js';
import { recomputeShipmentStatuses, rowsOf } from './shipment-status.js';
import { foldUnmatchedSightings } from './unmatched-sightings.js';

export type UnmatchedMessageRow = typeof unmatchedMessages.$inferSelect;

/** last_seen_at is stored in milliseconds, so a JavaScript date keeps the exact position. */
export interface UnmatchedCursor {
  lastSeenAt: Date;
  id: number;
}

const position = [unmatchedMessages.lastSeenAt, unmatchedMessages.id] as const;

/** Open messages, most recently seen first: keyset on (last_seen_at desc, id desc). */
export async function listUnmatchedMessages(
  ctx: UseCaseContext,
  page: PageRequest<UnmatchedCursor>,
): Promise<UnmatchedMessageRow[]> {
  await foldUnmatchedSightings(ctx.db);
  const order = page.inverted
    ? [asc(unmatchedMessages.lastSeenAt), asc(unmatchedMessages.id)]
    : [desc(unmatchedMessages.lastSeenAt), desc(unmatchedMessages.id)];
  return ctx.db
    .select()
    .from(unmatchedMessages)
    .where(
      and(
        // Matches the partial index's predicate, so the page is read from it.
        isNull(unmatchedMessages.resolvedAt),
        page.after
          ? pastCursor(position, [page.after.lastSeenAt, page.after.id], 'down')
          : undefined,
        page.before
          ? pastCursor(position, [page.before.lastSeenAt, page.before.id], 'up')
          : undefined,
      ),
    )
    .orderBy(...order)
    .limit(page.limit);
}

export async function findUnmatchedMessage(
  ctx: UseCaseContext,
  id: number,
): Promise<UnmatchedMessageRow | null> {
  await foldUnmatchedSightings(ctx.db);
  const [row] = await ctx.db.select().from(unmatchedMessages).where(eq(unmatchedMessages.id, id));
  return row ?? null;
}

export interface ResolveUnmatchedResult {
  alias: AliasEntry;
  reclassifiedEvents: number;
  updatedShipments: number;
  /** What in the phrase may be private (digits, addresses): aliases are public. */
  warnings: string[];
}

/** Stored events read per statement while re-normalising. */
export const RECLASSIFY_BATCH_SIZE = 1000;

/**
 * Turns a queued wording into an alias, then re-reads the stored events that carried it.
 * The alias and the resolution commit together; the re-reading follows in bounded batches,
 * each its own short statements, so a large event table is never held in memory or locked
 * in one long transaction.
 */
export async function resolveUnmatchedMessage(
  ctx: UseCaseContext,
  input: { id: number; status: TrackingStatus; locale: string; phrase?: string | null | undefined },
): Promise<ResolveUnmatchedResult> {
  let phrase = '';
  // Sightings from before this resolution must not reopen it once folded.
  await foldUnmatchedSightings(ctx.db);
  const { alias, normalized } = await ctx.db.transaction(async (tx) => {
    const [message] = await tx
      .select()
      .from(unmatchedMessages)
      .where(and(eq(unmatchedMessages.id, input.id), isNull(unmatchedMessages.resolvedAt)))
      .for('update');
    if (!message) {
      throw new NotFoundError(`There is no open unmatched message with id ${input.id}.`);
    }
    // The editor's edited wording (places and names taken out), or the sample as it came.
    phrase = input.phrase?.trim() || message.sampleMessage.trim();
    const alias = await insertAlias(tx, {
      status: input.status,
      locale: input.locale,
      phrase,
      source: 'unmatched-queue',
    }).catch((error: unknown) => {
      // The wording came back to the queue (an instance read it before its reload): an alias
      // that already says the same thing closes it; one that says otherwise is a conflict.
      if (error instanceof AliasAlreadyExists && error.existing.status === input.status) {
        return error.existing;
      }
      throw error;
    });
    await tx
      .update(unmatchedMessages)
      .set({ resolvedAt: ctx.now(), resolvedAliasId: alias.id })
      .where(eq(unmatchedMessages.id, message.id));
    // The events carrying the wording are found by its normal form as the code folds it now:
    // a row queued before a change of folding (Thai marks kept since 2026-12-07) keeps the old
    // form as its key, which no event's text folds to any more.
    return { alias, normalized: normalizeMessage(message.sampleMessage) };
  });
  await knowledgeChanged(ctx);
  const { reclassifiedEvents, shipmentIds } = await reclassifyEvents(ctx, normalized);
  return {
    alias,
    reclassifiedEvents,
    updatedShipments: shipmentIds.size,
    warnings: phrasePrivacyWarnings(phrase),
  };
}

/**
 * Re-reads unread events (match_method NONE) whose wording normalises to `normalized`, with
 * the current alias index. The normal form is computed in code, not SQL, so candidates are
 * scanned by id in batches; each batch costs one select, at most one update of events and one
 * of shipments.
 */
async function reclassifyEvents(ctx: UseCaseContext, normalized: string) {
  const index = ctx.knowledge.current.aliasIndex;
  const shipmentIds = new Set<number>();
  const changedNumbers = new Set<string>();
  let reclassifiedEvents = 0;
  let lastId = 0;
  for (;;) {
    const batch = await ctx.db
      .select({
        id: trackingEvents.id,
        shipmentId: trackingEvents.shipmentId,
        rawMessage: trackingEvents.rawMessage,
      })
      .from(trackingEvents)
      .where(and(eq(trackingEvents.matchMethod, 'NONE'), gt(trackingEvents.id, lastId)))
      .orderBy(asc(trackingEvents.id))
      .limit(RECLASSIFY_BATCH_SIZE);
    if (batch.length === 0) break;
    lastId = batch.at(-1)!.id;
    const readings = batch
      .filter((e) => normalizeMessage(e.rawMessage) === normalized)
      .map((e) => ({ ...e, match: index.match(e.rawMessage) }))
      .filter((e) => e.match.method !== 'NONE');
    if (readings.length > 0) {
      const rows: SQL[] = readings.map(
        (e) =>
          sql`(${e.id}::integer, ${e.match.status}::tracking_status, ${e.match.method}::match_method, ${e.match.confidence}::real, ${e.match.alias?.id ?? null}::integer)`,
      );
      // Still NONE: an event another request re-read meanwhile keeps that reading.
      const updated = rowsOf<{ shipment_id: number }>(
        await ctx.db.execute(sql`
        update ${trackingEvents} as e
        set status = v.status, match_method = v.method, match_confidence = v.confidence, alias_id = v.alias_id
        from (values ${sql.join(rows, sql`, `)}) as v(id, status, method, confidence, alias_id)
        where e.id = v.id and e.match_method = 'NONE'
        returning e.shipment_id`),
      );
      const touched = [...new Set(updated.map((r) => Number(r.shipment_id)))];
      reclassifiedEvents += updated.length;
      for (const changed of await recomputeShipmentStatuses(ctx, touched)) {
        shipmentIds.add(changed.id);
        changedNumbers.add(changed.trackingNumber);
      }
    }
    if (batch.length < RECLASSIFY_BATCH_SIZE) break;
  }
  for (const trackingNumber of changedNumbers) {
    ctx.pubsub.publish('shipmentUpdated', trackingNumber, { trackingNumber });
  }
  return { reclassifiedEvents, shipmentIds };
}

/** The classifier's guess for an unread wording, from the in-memory index: no SQL. */
export function suggestStatus(ctx: UseCaseContext, row: UnmatchedMessageRow): Guess | null {
  return ctx.knowledge.current.aliasIndex.suggest(row.sampleMessage);
}
