/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

export function helpfulRate(helpful: number, total: number): number | null {
  return total === 0 ? null : helpful / total;
}

/**
 * Lower bound of the Wilson score interval: ranks answers by how sure we are they help,
 * so 3 of 3 votes does not outrank 95 of 100.
 */
export function wilsonLowerBound(helpful: number, total: number, z = Z95): number | null {
  if (total === 0) return null;
  const p = helpful / total;
  const z2 = z * z;
  const centre = p + z2 / (2 * total);
  const margin = z * Math.sqrt((p * (1 - p) + z2 / (4 * total)) / total);
  return (centre - margin) / (1 + z2 / total);
}

/** Upper bound of the same interval: with the lower bound, what a chart draws as the interval. */
export function wilsonUpperBound(helpful: number, total: number, z = Z95): number | null {
  if (total === 0) return null;
  const p = helpful / total;
  const z2 = z * z;
  const centre = p + z2 / (2 * total);
  const margin = z * Math.sqrt((p * (1 - p) + z2 / (4 * total)) / total);
  return (centre + margin) / (1 + z2 / total);
}

export type Interval = 'DAY' | 'WEEK';

const DAY_MS = 86_400_000;

/** Start of the UTC day or ISO week (Monday) containing `date`, as PostgreSQL's date_trunc. */
export function bucketStart(date: Date, interval: Interval): Date {
  const day = Math.floor(date.getTime() / DAY_MS) * DAY_MS;
  if (interval === 'DAY') return new Date(day);
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  return new Date(day - weekday * DAY_MS);
}

/** Every bucket from the one holding `from` to the one holding `to`, so gaps read as zero. */
export function bucketStarts(from: Date, to: Date, interval: Interval): Date[] {
  const step = interval === 'DAY' ? DAY_MS : 7 * DAY_MS;
  const starts: Date[] = [];
  for (let t = bucketStart(from, interval).getTime(); t <= to.getTime(); t += step) {
    starts.push(new Date(t));
  }
  return starts;
}
