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

function must(parts: readonly string[]): RegExp {
  const re = compile(parts);
  if (!re) throw new Error('empty pattern list');
  return re;
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
  readonly any: RegExp;
  readonly unless: RegExp | null;
}

const RULES: readonly CompiledRule[] = KEYWORD_RULES.map((rule) => ({
  status: rule.status,
  any: must(rule.any),
  unless: compile(rule.unless),
}));

// Status-level vetoes, applied to alias substring hits as well as to keyword evidence.
// An IN_TRANSIT alias hit ("received by carrier") is vetoed like the generic receipt words:
// inside "information received by carrier" it is pre-shipment data, not movement.
const STATUS_VETO = new Map<TrackingStatus, RegExp>();
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
    ].flatMap((re) => re.source.match(/[a-z]{4,}/g) ?? []),
  ),
];

/** True when the text denies or postpones a delivery: fuzzy matching must not claim one. */
export function deniesDelivery(text: string): boolean {
  return NEGATED.test(text) || FUTURE.test(text) || CONDITIONAL.test(text);
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
  if (NOISE.test(text) || SERVICE.test(text)) return { status: 'UNKNOWN', candidates: 1 };

  const found = new Set<TrackingStatus>();
  for (const status of aliasHits) {
    const veto = STATUS_VETO.get(status);
    if (status !== 'UNKNOWN' && !veto?.test(text)) found.add(status);
  }
  for (const rule of RULES) {
    if (found.has(rule.status)) continue;
    if (rule.any.test(text) && !rule.unless?.test(text)) found.add(rule.status);
  }

  const negated = NEGATED.test(text);
  const conditional = CONDITIONAL.test(text);
  // A parcel left at a pickup point, or only a notice delivered: the recipient must collect.
  const atPickupPoint = PICKUP_POINT.test(text) || NOTICE.test(text);
  found.delete('DELIVERED');
  if (!negated && !conditional && !FUTURE.test(text)) {
    if (COLLECTED.test(text)) found.add('DELIVERED');
    else if (!atPickupPoint && (aliasHits.has('DELIVERED') || DELIVERED.test(text))) {
      found.add('DELIVERED');
    }
  }
  if (atPickupPoint && !found.has('DELIVERED')) found.add('WAITING_FOR_PICKUP');
  // A failed delivery with no attempt or notice is an exception (DESIGN rule 2).
  if (negated && !found.has('WAITING_FOR_PICKUP')) found.add('EXCEPTION');
  if (conditional) found.delete('RETURNED_TO_SENDER');
  if (NOT_YET_SHIPPED.test(text)) {
    found.delete('IN_TRANSIT');
    found.add('INFO_RECEIVED');
  }

  let best: TrackingStatus | null = null;
  for (const status of found) {
    if (best === null || precedenceRank(status) < precedenceRank(best)) best = status;
  }
  return best === null ? null : { status: best, candidates: found.size };
}
