import { createHash } from 'node:crypto';
import { MAX_READ_LENGTH } from './status-normalizer.js';
import { precedenceRank, type TrackingStatus } from './tracking-status.js';

/** Larger batches are refused whole: a carrier can split them, and one transaction stays short. */
export const MAX_EVENTS_PER_BATCH = 500;
/** A carrier message longer than the normalizer reads is refused, not half read. */
export const MAX_EVENT_MESSAGE_LENGTH = MAX_READ_LENGTH;
/** Carrier event codes are short (PostNL I01, Colissimo LIVCFM); longer text is not a code. */
export const MAX_EVENT_CODE_LENGTH = 40;
/** Clocks drift and time zones get mislabelled; more than a day ahead is a bad timestamp. */
export const MAX_FUTURE_SKEW_MS = 24 * 60 * 60 * 1000;

export interface IncomingEvent {
  eventId?: string | null | undefined;
  /** Parsed where it enters (the DateTime scalar): unreadable times never get this far. */
  occurredAt: Date;
  location?: string | null | undefined;
  message: string;
  /** The carrier's own event code, read before the wording (content/carrier-codes). */
  code?: string | null | undefined;
}

export interface ValidEvent {
  index: number;
  eventId: string | null;
  occurredAt: Date;
  location: string | null;
  message: string;
  code: string | null;
  /** What makes a replay a duplicate: the carrier's id, else the time and wording. */
  key: string;
}

export interface EventProblem {
  index: number;
  field: 'occurredAt' | 'message' | 'eventId' | 'location' | 'code';
  message: string;
}

export function eventKey(eventId: string | null, occurredAt: Date, message: string): string {
  if (eventId) return `id:${eventId}`;
  const digest = createHash('sha256')
    .update(`${occurredAt.toISOString()}\n${message}`)
    .digest('base64url');
  return `h:${digest}`;
}

/** The earliest event time accepted (the latest is one day after now). */
export const EARLIEST_EVENT_MS = Date.UTC(2000, 0, 1);

function checkEvent(e: IncomingEvent, index: number, now: Date): ValidEvent | EventProblem {
  const message = e.message.trim();
  if (!message) return { index, field: 'message', message: `Event ${index} has an empty message.` };
  if (message.length > MAX_EVENT_MESSAGE_LENGTH) {
    return {
      index,
      field: 'message',
      message: `Event ${index}'s message is longer than ${MAX_EVENT_MESSAGE_LENGTH} characters.`,
    };
  }
  const { occurredAt } = e;
  // Year 0000 is no date PostgreSQL stores, year 0001 became 2001, pre-1970 broke lastEventAt:
  // tracking events of this system's carriers are all from this century.
  if (occurredAt.getTime() < EARLIEST_EVENT_MS) {
    return {
      index,
      field: 'occurredAt',
      message: `Event ${index} occurred before 2000-01-01 (${occurredAt.toISOString()}): send the time the carrier scanned the parcel.`,
    };
  }
  if (occurredAt.getTime() - now.getTime() > MAX_FUTURE_SKEW_MS) {
    return {
      index,
      field: 'occurredAt',
      message: `Event ${index} occurred more than a day in the future (${occurredAt.toISOString()}).`,
    };
  }
  const eventId = e.eventId?.trim() || null;
  if (eventId && eventId.length > 200) {
    return {
      index,
      field: 'eventId',
      message: `Event ${index}'s eventId is longer than 200 characters.`,
    };
  }
  const location = e.location?.trim() || null;
  if (location && location.length > 200) {
    return {
      index,
      field: 'location',
      message: `Event ${index}'s location is longer than 200 characters.`,
    };
  }
  const code = e.code?.trim() || null;
  if (code && code.length > MAX_EVENT_CODE_LENGTH) {
    return {
      index,
      field: 'code',
      message: `Event ${index}'s code is longer than ${MAX_EVENT_CODE_LENGTH} characters.`,
    };
  }
  return {
    index,
    eventId,
    occurredAt,
    location,
    message,
    code,
    key: eventKey(eventId, occurredAt, message),
  };
}

/** The whole batch is valid, or the first problem names the event that is not. */
export function validateEvents(
  events: readonly IncomingEvent[],
  now: Date,
): { ok: true; events: ValidEvent[] } | { ok: false; problem: EventProblem } {
  const valid: ValidEvent[] = [];
  for (const [index, e] of events.entries()) {
    const checked = checkEvent(e, index, now);
    if ('field' in checked) return { ok: false, problem: checked };
    valid.push(checked);
  }
  return { ok: true, events: valid };
}

export interface StatusPoint {
  status: TrackingStatus;
  occurredAt: Date;
}

/**
 * A shipment's status is that of its newest readable event by the time it happened, not by
 * arrival: a late, older scan never moves it backwards. UNKNOWN events (noise, unread wording)
 * never replace a known status.
 */
export function currentStatus(
  current: StatusPoint | null,
  incoming: readonly StatusPoint[],
): StatusPoint | null {
  let best = current && current.status !== 'UNKNOWN' ? current : null;
  for (const e of incoming) {
    if (e.status === 'UNKNOWN') continue;
    const delta = best ? e.occurredAt.getTime() - best.occurredAt.getTime() : 1;
    // Two scans in the same instant: the stronger status (a delivery over its last mile) wins.
    if (
      delta > 0 ||
      (delta === 0 && best && precedenceRank(e.status) < precedenceRank(best.status))
    ) {
      best = e;
    }
  }
  return (
    best ??
    current ??
    (incoming.length ? { status: 'UNKNOWN', occurredAt: maxTime(incoming) } : null)
  );
}

function maxTime(points: readonly StatusPoint[]): Date {
  return new Date(Math.max(...points.map((p) => p.occurredAt.getTime())));
}
