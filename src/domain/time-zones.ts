/**
 * Calendar buckets in an IANA time zone: an analyst in Berlin counts "Monday" from Berlin's
 * midnight, not UTC's. Offsets come from the platform's time-zone database (Intl), so
 * daylight-saving changes are right without a table of our own.
 */

export type Interval = 'DAY' | 'WEEK';

const DAY_MS = 86_400_000;

/** True for names Intl knows ("Europe/Berlin", "UTC"); false for "CET+1" or "Mars/Base". */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a zone, as if they were UTC (for offset arithmetic). */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
}

/** The local calendar date (UTC midnight of the same Y-M-D) of an instant. */
export function localDate(instant: Date, timeZone: string): number {
  const wall = wallClockAsUtc(instant.getTime(), timeZone);
  return Math.floor(wall / DAY_MS) * DAY_MS;
}

/** The instant a local calendar date (given as UTC midnight of that Y-M-D) begins in a zone. */
export function startOfLocalDate(date: number, timeZone: string): Date {
  // Two passes settle the offset even on a daylight-saving change day.
  let guess = date;
  for (let i = 0; i < 2; i++) guess = date - (wallClockAsUtc(guess, timeZone) - guess);
  return new Date(guess);
}

export interface ZonedBucket {
  /** The local calendar date the bucket starts on, "YYYY-MM-DD": how SQL groups it. */
  key: string;
  start: Date;
  end: Date;
  /** The range cuts this bucket: its count covers only part of the day or week. */
  partial: boolean;
}

/**
 * Every day or ISO week (from Monday) touched by [from, to] in the zone, so gaps read as zero;
 * the first and last are marked partial when the range does not cover them whole.
 */
export function zonedBuckets(
  from: Date,
  to: Date,
  interval: Interval,
  timeZone: string,
): ZonedBucket[] {
  let day = localDate(from, timeZone);
  if (interval === 'WEEK') day -= ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
  const step = interval === 'DAY' ? DAY_MS : 7 * DAY_MS;
  const buckets: ZonedBucket[] = [];
  for (;;) {
    const start = startOfLocalDate(day, timeZone);
    if (start > to) break;
    const end = startOfLocalDate(day + step, timeZone);
    buckets.push({
      key: new Date(day).toISOString().slice(0, 10),
      start,
      end,
      partial: start < from || end.getTime() - 1 > to.getTime(),
    });
    day += step;
  }
  return buckets;
}
