import type { TrackingStatus } from './tracking-status.js';

/** One carrier's event-code table (content/carrier-codes/<carrier>.json). */
export interface CarrierCodeTable {
  readonly carrier: string;
  /** Carrier names integrations send for this carrier (compared case-insensitively). */
  readonly carriers: readonly string[];
  readonly codes: readonly { code: string; status: TrackingStatus; wording: string }[];
}

/**
 * Event codes are the most precise reading: a carrier's code means one thing, whatever
 * language its wording is in. Codes are compared upper-cased without spaces, hyphens or
 * underscores, because Correios sends an event type and a status ("BDE" + "01") that
 * integrations join as "BDE01", "BDE-01" or "BDE 01". Dots stay: Russian Post's "2.3" is
 * not "23".
 */
export class CarrierCodes {
  private readonly byCarrier = new Map<string, Map<string, TrackingStatus>>();

  constructor(tables: readonly CarrierCodeTable[]) {
    for (const table of tables) {
      const codes = new Map(table.codes.map((c) => [normalizeCode(c.code), c.status]));
      for (const name of [table.carrier, ...table.carriers]) {
        this.byCarrier.set(name.trim().toLowerCase(), codes);
      }
    }
  }

  lookup(
    carrier: string | null | undefined,
    code: string | null | undefined,
  ): TrackingStatus | null {
    if (!carrier || !code) return null;
    return this.byCarrier.get(carrier.trim().toLowerCase())?.get(normalizeCode(code)) ?? null;
  }
}

function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[\s_-]+/g, '');
}

export const NO_CARRIER_CODES = new CarrierCodes([]);
