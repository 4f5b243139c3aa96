import type { TrackingStatus } from './tracking-status.js';

export interface HandoffRule {
  status?: TrackingStatus | undefined;
  questionSlug?: string | undefined;
  queue: string;
}

export interface HandoffRouting {
  defaultQueue: string;
  /** First match wins; a rule matches when every condition it names holds. */
  rules: readonly HandoffRule[];
}

/**
 * The shipment's situation is more telling than the question a shopper picked, so rules on
 * status are listed first in the data; the order of the rules is the only precedence.
 */
export function routeHandoff(
  routing: HandoffRouting,
  situation: { questionSlug: string; status: TrackingStatus | null },
): string {
  const rule = routing.rules.find(
    (r) =>
      (r.status === undefined || r.status === situation.status) &&
      (r.questionSlug === undefined || r.questionSlug === situation.questionSlug),
  );
  return rule?.queue ?? routing.defaultQueue;
}
