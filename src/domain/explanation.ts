import { lateNotice, type OutlookInput, outlookSentence } from './delivery-outlook.js';
import { explanationPhrases, fillPhrase } from './explanation-phrases.js';
import type { TrackingStatus } from './tracking-status.js';

export interface ExplanationInput {
  status: TrackingStatus;
  meaning: string;
  nextSteps: readonly string[];
  actionRequired: boolean;
  terminal: boolean;
  /** Days without news after which this status is worth worrying about; null never. */
  staleAfterDays: number | null;
  lastEventAt: Date | null;
  now: Date;
  locale: string;
  /** The delivery estimate, when past deliveries give one; it then decides what is late. */
  estimate?: (OutlookInput & { late: boolean }) | null;
}

export interface Explanation {
  status: TrackingStatus;
  meaning: string;
  nextSteps: string[];
  actionRequired: boolean;
  stale: boolean;
  daysSinceLastUpdate: number | null;
  /** When parcels like this one usually arrive, in the shopper's language; null without an estimate. */
  outlook: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

/**
 * What the shopper should do now: the status's own steps, led by a notice when the shipment
 * is stale. A stale shipment needs the customer to act even when its status alone does not.
 * Where past deliveries give an estimate, being past its latest date is what makes a shipment
 * stale: a fixed number of days is only the fallback for lanes wismo knows too little about.
 */
export function explain(input: ExplanationInput): Explanation {
  const days = input.lastEventAt ? daysBetween(input.lastEventAt, input.now) : null;
  const { estimate } = input;
  if (estimate && !input.terminal) {
    return {
      status: input.status,
      meaning: input.meaning,
      nextSteps: estimate.late
        ? [lateNotice(estimate.latest, input.locale), ...input.nextSteps]
        : [...input.nextSteps],
      actionRequired: input.actionRequired || estimate.late,
      stale: estimate.late,
      daysSinceLastUpdate: days,
      outlook: outlookSentence(estimate, input.locale),
    };
  }
  const stale =
    !input.terminal &&
    input.staleAfterDays !== null &&
    days !== null &&
    days > input.staleAfterDays;
  // The notice is put first when a shipment has gone quiet for longer than its status allows.
  const notice = (days: number) =>
    fillPhrase(explanationPhrases(input.locale).staleNotice, { days });
  return {
    status: input.status,
    meaning: input.meaning,
    nextSteps: stale && days !== null ? [notice(days), ...input.nextSteps] : [...input.nextSteps],
    actionRequired: input.actionRequired || stale,
    stale,
    daysSinceLastUpdate: days,
    outlook: null,
  };
}
