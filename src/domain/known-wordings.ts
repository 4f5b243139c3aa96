import { messageText } from './message-parts.js';
import type { TrackingStatus } from './tracking-status.js';

/** A real carrier wording with its label (content/corpus, training split). */
export interface KnownWording {
  readonly message: string;
  readonly status: TrackingStatus;
}

/**
 * Normalised wording -> status. Two sources may label one wording differently once case,
 * accents and places are folded away ("Delivered" on one list, a return's "DELIVERED" on
 * another): such a wording is left to the rules.
 */
export function knownStatuses(
  wordings: readonly KnownWording[],
): ReadonlyMap<string, TrackingStatus> {
  // Every alias edit rebuilds the alias index, with the same wordings each time: normalising
  // thirteen thousand of them again would be most of the rebuild.
  const cached = byWordings.get(wordings);
  if (cached) return cached;
  const statuses = new Map<string, TrackingStatus | null>();
  for (const { message, status } of wordings) {
    const text = messageText(message);
    if (!text) continue;
    const seen = statuses.get(text);
    statuses.set(text, seen === undefined || seen === status ? status : null);
  }
  const known = new Map<string, TrackingStatus>();
  for (const [text, status] of statuses) if (status) known.set(text, status);
  byWordings.set(wordings, known);
  return known;
}

const byWordings = new WeakMap<readonly KnownWording[], ReadonlyMap<string, TrackingStatus>>();
