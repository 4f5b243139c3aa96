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
 * brackets, which hold a place as often as a qualifier ("Zugestellt (Hamburg)"). Every message is
 * tested, so the spaces around a break are trimmed afterwards, not matched (a leading "\s*" made
 * the test half as slow again). The dot of a day and month ("Zustellversuch am 12.03. nicht
 * erfolgreich") ends no sentence.
 */
const CLAUSE_BREAK_RE =
  /(?:(?<!\b\d{1,2}\.\d{1,2})\.|[!?。！？:,])\s+|[;|\n\r：()（）]+|\s[/–—-]\s/;

/** The sentences and fields of a message, or null when it is one. */
export function clausesOf(raw: string): string[] | null {
  if (!CLAUSE_BREAK_RE.test(raw)) return null;
  const clauses = raw
    .split(CLAUSE_BREAK_RE)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
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

/**
 * Words that put a place after a wording: "Signed in LONDON", "Выдано в Москве", "Consegnata a
 * Milano", "Zugestellt in Hamburg". Locative and "from" words only: a "to" names where the
 * parcel goes, which can be the news.
 */
const PLACE_WORDS = new Set(
  (
    'in at from im bei aus à au en a da em no na te bij w we z ze в во из у з із v ve vo i fra ' +
    'från u iz în la din от'
  ).split(' '),
);
/** A place's name: capitalised ("Hamburg", "LONDON"). */
const NAME_RE = /^\p{Lu}[\p{L}'’-]*$/u;
const CAPITAL_RE = /^\p{Lu}/u;
/** A short word between two names ("Frankfurt am Main", "Rio de Janeiro"). */
const CONNECTOR_RE = /^\p{Ll}{1,3}$/u;
const MAX_NAMES = 4;
/** A postal code before a town's name ("20095 Hamburg", "D-20095 Hamburg", "00-950 Warszawa"). */
const POSTAL_CODE_RE = /^(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{2}-\d{3})$/;
const LOWER_RE = /\p{Ll}/u;

/**
 * A message's wording and the place named after it ("Signed in LONDON": "Signed", "LONDON";
 * "Zugestellt 20095 Hamburg": "Zugestellt", "20095 Hamburg"), or null when it does not end on a
 * place word or a postal code and up to four names, the first of three letters at
 * least ("zaprimljen na PM": PM is a post office). Read from the end, word by word: most
 * messages are ruled out by their last word.
 */
export function trailingPlace(raw: string): { head: string; place: string } | null {
  const end = raw.endsWith('.') ? raw.length - 1 : raw.length;
  // Most messages end on a word in lower case, a number or a CJK run.
  const last = raw.charCodeAt(raw.lastIndexOf(' ', end - 1) + 1);
  if (!(last >= 65 && last <= 90) && !(last > 127 && CAPITAL_RE.test(String.fromCharCode(last)))) {
    return null;
  }
  // In capitals, a place cannot be told from the words before it by its case.
  if (!LOWER_RE.test(raw)) return null;
  let cut = end;
  let names = 0;
  let first = '';
  // After a short word between names, the next word back must be a name again.
  let connected = false;
  while (names <= MAX_NAMES) {
    const space = raw.lastIndexOf(' ', cut - 1);
    if (space <= 0) return null;
    const word = raw.slice(space + 1, cut);
    if (NAME_RE.test(word)) {
      names++;
      first = word;
      connected = false;
    } else if (names === 0 || connected) {
      return null;
    } else if (PLACE_WORDS.has(word.toLowerCase()) || POSTAL_CODE_RE.test(word)) {
      if (first.length < 3) return null;
      const head = raw.slice(0, space).trimEnd();
      return head ? { head, place: raw.slice(space + 1, end) } : null;
    } else if (CONNECTOR_RE.test(word)) {
      connected = true;
    } else {
      return null;
    }
    cut = space;
  }
  return null;
}
