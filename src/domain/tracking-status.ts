/** Canonical statuses, in the order a shipment usually passes through them. */
export const TRACKING_STATUSES = [
  'INFO_RECEIVED',
  'IN_TRANSIT',
  'ARRIVED_AT_DESTINATION',
  'HELD_BY_CUSTOMS',
  'OUT_FOR_DELIVERY',
  'WAITING_FOR_PICKUP',
  'DELIVERED',
  'RETURNED_TO_SENDER',
  'EXCEPTION',
  'UNKNOWN',
] as const;

export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

/**
 * When one carrier message says several things, the first status here wins
 * (DESIGN.md rule 1): a return or a delivery outranks everything that led to it.
 */
export const STATUS_PRECEDENCE: readonly TrackingStatus[] = [
  'RETURNED_TO_SENDER',
  'DELIVERED',
  'WAITING_FOR_PICKUP',
  'OUT_FOR_DELIVERY',
  'EXCEPTION',
  'HELD_BY_CUSTOMS',
  'ARRIVED_AT_DESTINATION',
  'IN_TRANSIT',
  'INFO_RECEIVED',
  'UNKNOWN',
];

const RANK = new Map(STATUS_PRECEDENCE.map((status, i) => [status, i]));

/** Lower is stronger. */
export function precedenceRank(status: TrackingStatus): number {
  return RANK.get(status) ?? STATUS_PRECEDENCE.length;
}

export function isTrackingStatus(value: string): value is TrackingStatus {
  return (TRACKING_STATUSES as readonly string[]).includes(value);
}
