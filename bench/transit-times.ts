/**
 * How long synthetic parcels take, per lane: the delivery-estimate backtest
 * (`npm run eta:backtest`) needs lanes whose transit times really differ, as they do in life.
 * Domestic parcels take days, intra-European ones most of a week, parcels from China two weeks,
 * and some destinations hold a share of imports in customs for days to weeks.
 */

const DAY_MS = 86_400_000;
const EU = new Set(['DE', 'FR', 'ES', 'NL', 'IT', 'PT', 'PL']);

export interface LaneProfile {
  /** Median days from the first scan to delivery, without customs. */
  medianDays: number;
  /** Log-normal spread: 0.3 is a steady lane, 0.6 an erratic one. */
  sigma: number;
  /** Median extra days for a parcel held by customs on this lane. */
  customsMedianDays: number;
}

export function laneProfile(origin: string, destination: string): LaneProfile {
  if (origin === destination) return { medianDays: 2, sigma: 0.3, customsMedianDays: 0 };
  if (EU.has(origin) && EU.has(destination)) {
    return { medianDays: 4, sigma: 0.3, customsMedianDays: 0 };
  }
  // Slow, heavily inspected imports.
  const slowCustoms = destination === 'BR' || destination === 'RU';
  const fromChina = origin === 'CN';
  return {
    medianDays: (fromChina ? 13 : 7) * (slowCustoms ? 1.4 : 1),
    sigma: fromChina || slowCustoms ? 0.45 : 0.35,
    customsMedianDays: slowCustoms ? 9 : 3,
  };
}

/** A standard normal draw (Box–Muller). */
function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** How much of the journey the leg into each kind of scan takes, before normalising. */
const LEG_WEIGHT: Record<string, number> = {
  info: 0.2,
  accepted: 0.6,
  departed: 1.2,
  transit: 1.5,
  arrived: 3,
  customs: 0.3,
  cleared: 0.4,
  outForDelivery: 1,
  attempt: 0.2,
  pickup: 0.6,
  delivered: 0.5,
  returned: 2,
  exception: 0.5,
  noise: 0.2,
};

/**
 * Gaps in milliseconds before each scan of a journey (the first is 0): the whole journey lasts
 * a log-normal draw for the lane, split by leg weights with some jitter, and a customs hold
 * adds its own log-normal delay before the parcel is cleared.
 */
export function journeyGaps(
  rand: () => number,
  stages: readonly string[],
  origin: string,
  destination: string,
): number[] {
  const lane = laneProfile(origin, destination);
  const totalDays = lane.medianDays * Math.exp(lane.sigma * normal(rand));
  const weights = stages.map((s, i) => (i === 0 ? 0 : (LEG_WEIGHT[s] ?? 1) * (0.5 + rand())));
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  return stages.map((s, i) => {
    const base = (weights[i]! / sum) * totalDays * DAY_MS;
    const held =
      s === 'cleared' && lane.customsMedianDays > 0
        ? lane.customsMedianDays * Math.exp(0.6 * normal(rand)) * DAY_MS
        : 0;
    return base + held;
  });
}
