import { normalizeMessage } from './text-normalize.js';

/**
 * The shapes a raw carrier message comes in before it is normalised: an enum's name with its
 * words run together, or several sentences and fields side by side.
 */

/**
 * A camel-case identifier of two words or more ("DeliveryFailed", "DeliveredToNeighbour"); a
 * name such as "ParcelShop" is also tried run together (AliasIndex.read).
 */
const IDENTIFIER_RE = /^[A-Za-z][a-z]+(?:[A-Z][a-z]+){1,}$/;
const HUMP_RE = /([a-z])([A-Z])/g;

/** "DeliveredToNeighbour" as "Delivered To Neighbour"; any other message as it is. */
export function identifierWords(raw: string): string {
  return IDENTIFIER_RE.test(raw) ? raw.replace(HUMP_RE, '$1 $2') : raw;
}

/**
 * The text the normalizer reads of a whole message, an enum's name by its words. Messages and
 * the corpus's known wordings both go through it, so that one is found by the other.
 */
export function messageText(raw: string): string {
  return normalizeMessage(identifierWords(raw.trim()));
}

/**
 * Where one sentence or field of a message ends: ". ", ", ", "; ", " | ", " / ", " - ", a line
 * break, a label's colon ("HAMBURG: Zugestellt", "Status: Collected", "DHL：派送"), and round
 * brackets, which hold a place as often as a qualifier ("Zugestellt (Hamburg)").
 */
const CLAUSE_BREAK_RE = /[.!?。！？:,]\s+|\s*[;|\n\r：()（）]+\s*|\s[/–—-]\s/;

/** The sentences and fields of a message, or null when it is one. */
export function clausesOf(raw: string): string[] | null {
  if (!CLAUSE_BREAK_RE.test(raw)) return null;
  const clauses = raw.split(CLAUSE_BREAK_RE).filter((clause) => clause.trim() !== '');
  return clauses.length > 1 ? clauses : null;
}

/** A sentence that asks: from the last sentence end up to its question mark ("¿…?", "Zugestellt?"). */
const QUESTION_RE = /[^.!。！？?\n\r]*[?？]+/g;
/**
 * Greek asks with ";" ("Παραδόθηκε;", delivered?), typed as U+037E or as the ASCII semicolon
 * right after a Greek word, at a sentence's end. Greek writes its semicolon as "·", so such a ";"
 * is a question mark; a field separator between two Greek fields loses at most a delivery.
 */
const GREEK_QUESTION_RE = /\u037e|(?<=\p{Script=Greek});(?=\s|$)/gu;

/**
 * The message without the sentences that ask something, or null when none does: "Ist die Sendung
 * zugestellt?", "Delivered? No", "配達されましたか？" state no delivery, while "Delivered. Questions?
 * Call us" and a Chinese sign-off that asks for a review ("…妥投。…好不好？") still do.
 */
export function withoutQuestions(raw: string): string | null {
  // Every DELIVERED reading comes here: the Greek pass runs only where a semicolon stands.
  const text =
    raw.includes(';') || raw.includes('\u037e') ? raw.replace(GREEK_QUESTION_RE, '?') : raw;
  if (!text.includes('?') && !text.includes('？')) return null;
  return text.replace(QUESTION_RE, ' . ');
}
