import { KEYWORD_RULES, PRE_SHIPMENT, SERVICE_LABEL, SYSTEM_NOISE } from './status-keywords.js';
import {
  COLLECTED_BY_RECIPIENT,
  CONDITIONAL_RETURN,
  DELIVERED_WORDS,
  FUTURE_DELIVERY,
  NEGATED_DELIVERY,
  NOTICE_DELIVERED,
  PICKUP_POINT_DELIVERY,
} from './status-patterns.js';
import { RegexPrefilter } from './status-prefilter.js';
import { foldDiacritics } from './text-normalize.js';
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

export interface RuleVerdict {
  /** UNKNOWN here means the message was recognised as noise or a service label. */
  readonly status: TrackingStatus;
  /** How many distinct statuses had evidence; more means a less certain reading. */
  readonly candidates: number;
}

// Patterns are written with accents where the language has them; fold them like the input.
function compile(parts: readonly string[] | undefined): RegExp | null {
  if (!parts || parts.length === 0) return null;
  return new RegExp(parts.map((p) => `(?:${foldDiacritics(p)})`).join('|'));
}

// Every rule regex is registered with one pre-filter: a single pass over the message tells
// which of them can possibly match, so most of the ~25 alternations are never run.
const PREFILTER = new RegexPrefilter();

/** A rule regex and its pre-filter bit; `hit` runs the regex only when the bit is set. */
interface Gated {
  readonly re: RegExp;
  readonly bit: number;
}

function gate(re: RegExp): Gated {
  return { re, bit: PREFILTER.add(re) };
}

function must(parts: readonly string[]): Gated {
  const re = compile(parts);
  if (!re) throw new Error('empty pattern list');
  return gate(re);
}

function hit(g: Gated, mask: number, text: string): boolean {
  return (mask & g.bit) !== 0 && g.re.test(text);
}

const NEGATED = must(NEGATED_DELIVERY);
const FUTURE = must(FUTURE_DELIVERY);
const CONDITIONAL = must(CONDITIONAL_RETURN);
const PICKUP_POINT = must(PICKUP_POINT_DELIVERY);
const NOTICE = must(NOTICE_DELIVERED);
const COLLECTED = must(COLLECTED_BY_RECIPIENT);
const DELIVERED = must(DELIVERED_WORDS);
const NOISE = must(SYSTEM_NOISE);
const SERVICE = must(SERVICE_LABEL);
const NOT_YET_SHIPPED = must(PRE_SHIPMENT);

interface CompiledRule {
  readonly bit: StatusMask;
  readonly any: Gated;
  readonly unless: Gated | null;
}

const RULES: readonly CompiledRule[] = KEYWORD_RULES.map((rule) => ({
  bit: statusBit(rule.status),
  any: must(rule.any),
  unless: rule.unless ? must(rule.unless) : null,
}));

// Status-level vetoes, applied to alias substring hits as well as to keyword evidence.
// An IN_TRANSIT alias hit ("received by carrier") is vetoed like the generic receipt words:
// inside "information received by carrier" it is pre-shipment data, not movement.
// Indexed by precedence rank.
const STATUS_VETO: (Gated | null)[] = STATUS_PRECEDENCE.map(() => null);
for (const rule of RULES) {
  if (rule.unless && rule.bit !== EXCEPTION_BIT) {
    STATUS_VETO[31 - Math.clz32(rule.bit)] = rule.unless;
  }
}

/** Latin words the rules look for: typo correction aims at these as well as alias words. */
export const RULE_WORDS: readonly string[] = [
  ...new Set(
    [
      NEGATED,
      FUTURE,
      CONDITIONAL,
      PICKUP_POINT,
      COLLECTED,
      DELIVERED,
      ...RULES.map((r) => r.any),
    ].flatMap((g) => g.re.source.match(/[a-z]{4,}/g) ?? []),
  ),
];

/** True when the text denies or postpones a delivery: fuzzy matching must not claim one. */
export function deniesDelivery(text: string): boolean {
  const mask = PREFILTER.candidates(text);
  return hit(NEGATED, mask, text) || hit(FUTURE, mask, text) || hit(CONDITIONAL, mask, text);
}

/**
 * Reads a normalised message with the multilingual rules (DESIGN rules 1-5). `aliasHits`
 * are statuses of alias phrases found inside the message; they get the same vetoes.
 * Returns null when nothing in the text points at any status.
 */
export function evaluateRules(text: string, aliasHits: StatusMask = 0): RuleVerdict | null {
  if (text.length === 0) return null;
  const mask = PREFILTER.candidates(text);
  if (hit(NOISE, mask, text) || hit(SERVICE, mask, text)) {
    return { status: 'UNKNOWN', candidates: 1 };
  }

  let found = 0;
  for (let rest = aliasHits & ~UNKNOWN_BIT; rest !== 0; rest &= rest - 1) {
    const bit = rest & -rest;
    const veto = STATUS_VETO[31 - Math.clz32(bit)];
    if (!(veto && hit(veto, mask, text))) found |= bit;
  }
  for (const rule of RULES) {
    if ((found & rule.bit) !== 0) continue;
    if (hit(rule.any, mask, text) && !(rule.unless && hit(rule.unless, mask, text))) {
      found |= rule.bit;
    }
  }

  const negated = hit(NEGATED, mask, text);
  const conditional = hit(CONDITIONAL, mask, text);
  // A parcel left at a pickup point, or only a notice delivered: the recipient must collect.
  const atPickupPoint = hit(PICKUP_POINT, mask, text) || hit(NOTICE, mask, text);
  found &= ~DELIVERED_BIT;
  if (!negated && !conditional && !hit(FUTURE, mask, text)) {
    if (hit(COLLECTED, mask, text)) found |= DELIVERED_BIT;
    else if (!atPickupPoint && ((aliasHits & DELIVERED_BIT) !== 0 || hit(DELIVERED, mask, text))) {
      found |= DELIVERED_BIT;
    }
  }
  if (atPickupPoint && (found & DELIVERED_BIT) === 0) found |= PICKUP_BIT;
  // A failed delivery with no attempt or notice is an exception (DESIGN rule 2).
  if (negated && (found & PICKUP_BIT) === 0) found |= EXCEPTION_BIT;
  if (conditional) found &= ~RETURNED_BIT;
  if (hit(NOT_YET_SHIPPED, mask, text)) {
    found &= ~TRANSIT_BIT;
    found |= INFO_BIT;
  }

  return found === 0 ? null : { status: strongest(found), candidates: countBits(found) };
}
