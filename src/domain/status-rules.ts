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
import { precedenceRank, type TrackingStatus } from './tracking-status.js';

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
  readonly status: TrackingStatus;
  readonly any: Gated;
  readonly unless: Gated | null;
}

const RULES: readonly CompiledRule[] = KEYWORD_RULES.map((rule) => ({
  status: rule.status,
  any: must(rule.any),
  unless: rule.unless ? must(rule.unless) : null,
}));

// Status-level vetoes, applied to alias substring hits as well as to keyword evidence.
// An IN_TRANSIT alias hit ("received by carrier") is vetoed like the generic receipt words:
// inside "information received by carrier" it is pre-shipment data, not movement.
const STATUS_VETO = new Map<TrackingStatus, Gated>();
for (const rule of RULES) {
  if (rule.unless && rule.status !== 'EXCEPTION') {
    STATUS_VETO.set(rule.status, rule.unless);
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
export function evaluateRules(
  text: string,
  aliasHits: ReadonlySet<TrackingStatus> = new Set(),
): RuleVerdict | null {
  if (text.length === 0) return null;
  const mask = PREFILTER.candidates(text);
  const has = (g: Gated) => (mask & g.bit) !== 0 && g.re.test(text);
  if (has(NOISE) || has(SERVICE)) return { status: 'UNKNOWN', candidates: 1 };

  const found = new Set<TrackingStatus>();
  for (const status of aliasHits) {
    const veto = STATUS_VETO.get(status);
    if (status !== 'UNKNOWN' && !(veto && has(veto))) found.add(status);
  }
  for (const rule of RULES) {
    if (found.has(rule.status)) continue;
    if (has(rule.any) && !(rule.unless && has(rule.unless))) found.add(rule.status);
  }

  const negated = has(NEGATED);
  const conditional = has(CONDITIONAL);
  // A parcel left at a pickup point, or only a notice delivered: the recipient must collect.
  const atPickupPoint = has(PICKUP_POINT) || has(NOTICE);
  found.delete('DELIVERED');
  if (!negated && !conditional && !has(FUTURE)) {
    if (has(COLLECTED)) found.add('DELIVERED');
    else if (!atPickupPoint && (aliasHits.has('DELIVERED') || has(DELIVERED))) {
      found.add('DELIVERED');
    }
  }
  if (atPickupPoint && !found.has('DELIVERED')) found.add('WAITING_FOR_PICKUP');
  // A failed delivery with no attempt or notice is an exception (DESIGN rule 2).
  if (negated && !found.has('WAITING_FOR_PICKUP')) found.add('EXCEPTION');
  if (conditional) found.delete('RETURNED_TO_SENDER');
  if (has(NOT_YET_SHIPPED)) {
    found.delete('IN_TRANSIT');
    found.add('INFO_RECEIVED');
  }

  let best: TrackingStatus | null = null;
  for (const status of found) {
    if (best === null || precedenceRank(status) < precedenceRank(best)) best = status;
  }
  return best === null ? null : { status: best, candidates: found.size };
}
