import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

/**
 * Moves every pending sighting into the editors' queue in one statement: the rows are deleted
 * and their counts added to `unmatched_messages` together, so a sighting is counted once
 * whichever instance folds it, and none is lost if a fold fails. Two folds at once are safe:
 * the second skips the rows the first deleted. A wording seen again after an editor resolved
 * it is opened again, as when ingestion wrote the queue directly. Readers of the queue fold
 * first, so what they show includes every batch that committed before they asked.
 */
export async function foldUnmatchedSightings(db: Db): Promise<void> {
  await db.execute(sql`
    with moved as (
      delete from unmatched_sightings
      returning normalized, sample_message, occurrences, seen_at
    ), wordings as (
      select normalized,
        (array_agg(sample_message order by seen_at))[1] as sample_message,
        sum(occurrences)::int as occurrences,
        min(seen_at) as first_seen_at,
        max(seen_at) as last_seen_at
      from moved
      group by normalized
    )
    insert into unmatched_messages (normalized, sample_message, occurrences, first_seen_at,
      last_seen_at)
    select normalized, sample_message, occurrences, first_seen_at, last_seen_at from wordings
    on conflict (normalized) do update set
      occurrences = unmatched_messages.occurrences + excluded.occurrences,
      last_seen_at = greatest(unmatched_messages.last_seen_at, excluded.last_seen_at),
      resolved_at = null`);
}

/**
 * Folds on a timer so the sightings table stays small when nobody reads the queue. A failed
 * fold is logged and retried at the next tick (its sightings stay where they are). The
 * returned stop waits for a fold in progress, so the database can be closed after it.
 */
export function foldUnmatchedSightingsEvery(
  db: Db,
  intervalMs: number,
  onError: (err: unknown) => void,
): () => Promise<void> {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = foldUnmatchedSightings(db)
      .catch(onError)
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
