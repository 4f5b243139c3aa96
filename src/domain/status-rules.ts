import { RegexPrefilter } from './status-prefilter.js';
import {
  compileRuleEntry,
  RULE_KINDS,
  type RuleFile,
  type RuleKind,
  RulePhraseError,
} from './status-rule-language.js';
import { STATUS_PRECEDENCE, type TrackingStatus } from './tracking-status.js';

/**
 * Sets of statuses are bit masks indexed by precedence rank (bit 0 is the strongest): the
 * rules run for every message, and a mask needs no allocation and picks its winner in one step.
 */
export type StatusMask = number;

const BIT = new Map(STATUS_PRECEDENCE.map((status, rank) => [status, 1 << rank]));

export function statusBit(status: TrackingStatus): StatusMask {
  return BIT.get(status)!;
}

/** The strongest status in a non-empty mask. */
export function strongest(mask: StatusMask): TrackingStatus {
  return STATUS_PRECEDENCE[31 - Math.clz32(mask & -mask)]!;
}

function countBits(mask: StatusMask): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

const DELIVERED_BIT = statusBit('DELIVERED');
const PICKUP_BIT = statusBit('WAITING_FOR_PICKUP');
const RETURNED_BIT = statusBit('RETURNED_TO_SENDER');
const TRANSIT_BIT = statusBit('IN_TRANSIT');
const UNKNOWN_BIT = statusBit('UNKNOWN');
const EXCEPTION_BIT = statusBit('EXCEPTION');
const INFO_BIT = statusBit('INFO_RECEIVED');
const CUSTOMS_BIT = statusBit('HELD_BY_CUSTOMS');

export interface RuleVerdict {
  /** UNKNOWN here means the message was recognised as noise or a service label. */
  readonly status: TrackingStatus;
  /** How many distinct statuses had evidence; more means a less certain reading. */
  readonly candidates: number;
}

/** A kind's phrases from every language as one regex, and its pre-filter bit. */
interface Gated {
  readonly re: RegExp;
  readonly bit: number;
}

/** Plain status evidence: kind -> status, vetoed by another kind. */
const EVIDENCE: readonly { kind: RuleKind; status: TrackingStatus; unless?: RuleKind }[] = [
  { kind: 'customsDone', status: 'IN_TRANSIT' },
  { kind: 'returned', status: 'RETURNED_TO_SENDER' },
  { kind: 'pickup', status: 'WAITING_FOR_PICKUP', unless: 'senderPickup' },
  { kind: 'outForDelivery', status: 'OUT_FOR_DELIVERY' },
  { kind: 'exception', status: 'EXCEPTION' },
  { kind: 'refused', status: 'EXCEPTION' },
  // Delays are exceptions unless the delay is customs clearance (DESIGN rule 4).
  { kind: 'delay', status: 'EXCEPTION', unless: 'delayCustoms' },
  { kind: 'customs', status: 'HELD_BY_CUSTOMS', unless: 'customsDone' },
  { kind: 'arrived', status: 'ARRIVED_AT_DESTINATION' },
  { kind: 'transit', status: 'IN_TRANSIT' },
  // Generic receipt/acceptance words: movement unless they talk about data.
  { kind: 'receipt', status: 'IN_TRANSIT', unless: 'infoContext' },
  { kind: 'info', status: 'INFO_RECEIVED' },
];

export interface CompiledKind {
  readonly kind: RuleKind;
  readonly re: RegExp;
}

/**
 * The multilingual rules (DESIGN rules 1-5), compiled from the language files. Each kind's
 * phrases from all languages form one alternation; one pre-filter pass over the message tells
 * which alternations can match at all, so most are never run.
 */
export class RuleSet {
  readonly languages: readonly string[];
  /** Latin words the rules look for: typo correction aims at these as well as alias words. */
  readonly words: readonly string[];
  private readonly prefilter = new RegexPrefilter();
  private readonly gates = new Map<RuleKind, Gated>();
  private readonly evidence: readonly { bit: StatusMask; any: Gated; unless: Gated | null }[];
  /** Status-level vetoes for alias hits, indexed by precedence rank. */
  private readonly statusVeto: (Gated | null)[] = STATUS_PRECEDENCE.map(() => null);

  constructor(files: readonly RuleFile[]) {
    this.languages = files.map((f) => f.language);
    const sources = new Map<RuleKind, string[]>(RULE_KINDS.map((k) => [k, []]));
    for (const file of files) {
      for (const [kind, entries] of Object.entries(file.rules) as [RuleKind, string[]][]) {
        const list = sources.get(kind);
        if (!list) throw new RulePhraseError(`${file.language}: unknown rule kind "${kind}"`);
        for (const entry of entries) {
          try {
            list.push(compileRuleEntry(entry));
          } catch (error) {
            throw new RulePhraseError(`${file.language}.${kind}: ${(error as Error).message}`);
          }
        }
      }
    }
    for (const [kind, list] of sources) {
      // A kind no language fills can never match; "(?!)" keeps the code paths uniform.
      const re = new RegExp(list.length ? list.map((p) => `(?:${p})`).join('|') : '(?!)');
      this.gates.set(kind, { re, bit: list.length ? this.prefilter.add(re) : 0 });
    }
    this.evidence = EVIDENCE.map((e) => ({
      bit: statusBit(e.status),
      any: this.gate(e.kind),
      unless: e.unless ? this.gate(e.unless) : null,
    }));
    // An IN_TRANSIT alias hit ("received by carrier") is vetoed like the generic receipt
    // words: inside "information received by carrier" it is pre-shipment data, not movement.
    this.statusVeto[31 - Math.clz32(PICKUP_BIT)] = this.gate('senderPickup');
    this.statusVeto[31 - Math.clz32(CUSTOMS_BIT)] = this.gate('customsDone');
    this.statusVeto[31 - Math.clz32(TRANSIT_BIT)] = this.gate('infoContext');
    const latin = new Set<string>();
    for (const kind of RULE_KINDS) {
      // Escapes such as "\b" would glue a letter onto the word ("bverzonden").
      const source = this.gate(kind).re.source.replace(/\\[a-zA-Z]/g, ' ');
      for (const w of source.match(/[a-z]{4,}/g) ?? []) latin.add(w);
    }
    this.words = [...latin];
  }

  /** Every compiled kind, for tests of the pre-filter. */
  compiled(): CompiledKind[] {
    return [...this.gates].map(([kind, g]) => ({ kind, re: g.re }));
  }

  private gate(kind: RuleKind): Gated {
    return this.gates.get(kind)!;
  }

  private hit(kind: RuleKind, mask: number, text: string): boolean {
    const g = this.gate(kind);
    return (mask & g.bit) !== 0 && g.re.test(text);
  }

  private hitGate(g: Gated, mask: number, text: string): boolean {
    return (mask & g.bit) !== 0 && g.re.test(text);
  }

  /** True when the text denies or postpones a delivery: fuzzy matching must not claim one. */
  deniesDelivery(text: string): boolean {
    const mask = this.prefilter.candidates(text);
    return (
      this.hit('negatedDelivery', mask, text) ||
      this.hit('futureDelivery', mask, text) ||
      this.hit('conditionalReturn', mask, text)
    );
  }

  /**
   * Reads a normalised message. `aliasHits` are statuses of alias phrases found inside the
   * message; they get the same vetoes. Returns null when nothing points at any status.
   */
  evaluate(text: string, aliasHits: StatusMask = 0): RuleVerdict | null {
    if (text.length === 0) return null;
    const mask = this.prefilter.candidates(text);
    if (this.hit('noise', mask, text) || this.hit('serviceLabel', mask, text)) {
      return { status: 'UNKNOWN', candidates: 1 };
    }

    let found = 0;
    for (let rest = aliasHits & ~UNKNOWN_BIT; rest !== 0; rest &= rest - 1) {
      const bit = rest & -rest;
      const veto = this.statusVeto[31 - Math.clz32(bit)];
      if (!(veto && this.hitGate(veto, mask, text))) found |= bit;
    }
    for (const rule of this.evidence) {
      if ((found & rule.bit) !== 0) continue;
      if (
        this.hitGate(rule.any, mask, text) &&
        !(rule.unless && this.hitGate(rule.unless, mask, text))
      ) {
        found |= rule.bit;
      }
    }

    const negated = this.hit('negatedDelivery', mask, text);
    const conditional = this.hit('conditionalReturn', mask, text);
    // A parcel left at a pickup point, or only a notice delivered: the recipient must collect.
    // "Dropped off at an access point by the sender" names a pickup point the sender used.
    const atPickupPoint =
      (this.hit('pickupPointDelivery', mask, text) && !this.hit('senderPickup', mask, text)) ||
      this.hit('noticeDelivered', mask, text);
    found &= ~DELIVERED_BIT;
    if (
      !negated &&
      !conditional &&
      !this.hit('futureDelivery', mask, text) &&
      !this.hit('notADelivery', mask, text)
    ) {
      if (this.hit('collectedByRecipient', mask, text)) found |= DELIVERED_BIT;
      else if (
        !atPickupPoint &&
        ((aliasHits & DELIVERED_BIT) !== 0 || this.hit('delivered', mask, text))
      ) {
        found |= DELIVERED_BIT;
      }
    }
    if (atPickupPoint && (found & DELIVERED_BIT) === 0) found |= PICKUP_BIT;
    // A failed delivery with no attempt or notice is an exception (DESIGN rule 2).
    if (negated && (found & PICKUP_BIT) === 0) found |= EXCEPTION_BIT;
    if (conditional) found &= ~RETURNED_BIT;
    // "Attempted delivery - refused by customer": the refusal, not the attempt, is the news.
    if ((found & PICKUP_BIT) !== 0 && this.hit('refused', mask, text)) {
      found = (found & ~PICKUP_BIT) | EXCEPTION_BIT;
    }
    if (this.hit('preShipment', mask, text)) {
      found &= ~TRANSIT_BIT;
      found |= INFO_BIT;
    }

    return found === 0 ? null : { status: strongest(found), candidates: countBits(found) };
  }
}
