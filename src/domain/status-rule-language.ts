import { foldDiacritics } from './text-normalize.js';

/**
 * The kinds of evidence a language file (content/rules/<lang>.json) lists phrases for. Their
 * meaning is fixed here and in content/rules/README.md; the phrases are data an editor owns.
 */
export const RULE_KINDS = [
  // The whole message is about the tracking system or names a service: UNKNOWN.
  'noise',
  // Status evidence.
  'returned',
  'pickup',
  /** A delivery attempt: WAITING_FOR_PICKUP unless it has not been made (`plannedAttempt`). */
  'attempt',
  'outForDelivery',
  'exception',
  /** A refusal ends a delivery attempt: EXCEPTION even beside attempt/notice wording. */
  'refused',
  'delay',
  'customs',
  'customsDone',
  'arrived',
  'transit',
  'receipt',
  'info',
  'preShipment',
  // Delivery and the wording that qualifies it.
  'delivered',
  'collectedByRecipient',
  'pickupPointDelivery',
  'noticeDelivered',
  'negatedDelivery',
  'futureDelivery',
  /** Delivery-looking words that are not a delivery ("collected from the sender"). */
  'notADelivery',
  // Vetoes: wording that makes other evidence unreliable.
  'conditionalReturn',
  'senderPickup',
  /** "Will attempt delivery", "no delivery attempt": the attempt words report none made. */
  'plannedAttempt',
  /** "Not yet ready for collection": the pickup words say the parcel is not waiting yet. */
  'negatedPickup',
  'delayCustoms',
  /** "Held by customs ... documents missing": the hold is the news, not the reason's words. */
  'customsHold',
  'infoContext',
  /** "Problem resolved": the exception is over; the parcel moves on (IN_TRANSIT). */
  'resolved',
  /**
   * "Expected to arrive in the destination country", 到着予定, 도착 예정: the arrival is only
   * forecast; the parcel is still on its way (IN_TRANSIT, and the arrival words do not count).
   */
  'futureArrival',
  /**
   * "Tomorrow", "next working day", 明天, 내일: the delivery it names is on a later day, so the
   * courier does not have the parcel out yet; "out for delivery tomorrow" is still IN_TRANSIT.
   */
  'laterDay',
] as const;

export type RuleKind = (typeof RULE_KINDS)[number];

export interface RuleFile {
  /** ISO 639-1 code (or "mul" for entries that mix several languages). */
  readonly language: string;
  readonly name: string;
  readonly rules: Partial<Record<RuleKind, readonly string[]>>;
  /**
   * Words that deny the status words right after them ("not", "not been", "n'a pas été" as
   * "pas ete", "nie został", "не был"): a `delivered` or `collectedByRecipient` phrase that starts
   * on the next word counts as `negatedDelivery`, and a movement, arrival, out-for-delivery or
   * pickup phrase there does not count (see content/rules/README.md). Each is one or more
   * lower-case words, written with or without accents.
   */
  readonly negators?: readonly string[];
  /**
   * Single words a negator reaches over ("not successfully delivered", "nie została pomyślnie
   * doręczona", "не была успешно доставлена"): manner and time adverbs, never nouns, so that in
   * "not home, delivered to neighbour" the negator still denies only "home".
   */
  readonly negationAdverbs?: readonly string[];
  /**
   * Prepositions that open the place or party before a participle closing the clause (German,
   * Dutch: "bei", "an", "bij", "aan", "op"): a negator right before one also denies the delivery
   * phrase after the place ("nicht | bei Ihnen | zugestellt"), at most two words on. Prepositions
   * of absence ("zu" in "nicht zu Hause") are left out: what follows them is another event.
   */
  readonly placePrepositions?: readonly string[];
  /**
   * Words after which an `arrived` phrase names where the parcel is going, not where it is
   * ("auf dem Weg zur | Zustellbasis", "wird zum | Zustelldepot transportiert"): the arrival
   * phrase right after one does not count.
   */
  readonly towards?: readonly string[];
  /**
   * Words after which a `customsDone` phrase names what the parcel is waiting for, not what has
   * happened ("awaiting | customs release", "oczekuje na | zwolnienie celne", "в очакване на |
   * митническо освобождаване"): the release right after one does not count, unless another
   * phrase of the message says it was released.
   */
  readonly awaiting?: readonly string[];
  /**
   * Modal and future auxiliaries ("will be", "may be", "peut être", "ще бъде", "će biti"): a
   * `delivered` or `collectedByRecipient` phrase right after one speaks of a delivery that has
   * not happened ("may be | placed in your mailbox", "sera | remis à votre voisin") and does
   * not count, unless another phrase of the message says it was delivered.
   */
  readonly modals?: readonly string[];
  /**
   * Letters that, inside a word after its first two letters, deny the word's verb: Turkish
   * negates by a suffix, not a word ("dağıtıma çıkarıl-ma-dı", not put out for delivery). A
   * status phrase that reads such a word only through the part before the mark (a stem such as
   * `çıkarıl*`) is denied as a negator before it would deny it; a phrase that spells the
   * negative word out ("teslim edilemedi") means what it says.
   */
  readonly negativeMarks?: readonly string[];
  /**
   * One-word answers "no" ("no", "nein", "нет", "否", "いいえ"): a message's last field holding one
   * alone answers the field before it ("Вручено: нет", "Zoll: nein"), so what that field reads
   * alone does not stand (AliasIndex.read); so does a field of this file's negators and
   * negation adverbs with one of them a one-word negator ("noch nicht", "todavía no").
   */
  readonly noAnswers?: readonly string[];
  /**
   * Words that open a condition ("if", "in case of", "falls", "si", "если", "如果", "場合"): a
   * clause holding one, and the clause after it in the same sentence (what would then happen),
   * report no event, and the message is read without them ("If your parcel could not be
   * delivered, please contact us" is no failed delivery). Only the conditions of the languages
   * that know the most of a message's words count; list none that is also an everyday word of
   * the language ("om" in Swedish is also "about", Portuguese "se" also a pronoun).
   */
  readonly conditions?: readonly string[];
}

/** Scripts written without spaces between words: phrases match inside longer runs. */
export const UNSPACED =
  /[\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]/;
const HANGUL_RE = /[\u1100-\u11ff\uac00-\ud7af\u3130-\u318f]/;

/**
 * Chinese and Japanese mark an action under way with a final 中 (派送中, out for delivery; 運輸中),
 * and 中 also begins other words: 中心, a centre (派送中心, 配送中心: depots), 中止, called off, and
 * 中断, interrupted (派送中止, 运输中断: exceptions). A word ending in 中 does not match where one of
 * those second characters follows.
 */
export function endsInOngoing(word: string): boolean {
  return word.endsWith('中');
}
/** The second characters of the words 中 begins besides "under way": 中心, 中止, 中断. */
export const NOT_ONGOING_AFTER = '心止断';

/** Whether `word`, found in an unspaced run, is cut short there: its 中 begins 中心, 中止 or 中断. */
export function endsBeforeNotOngoing(word: string, next: string | undefined): boolean {
  return next !== undefined && endsInOngoing(word) && NOT_ONGOING_AFTER.includes(next);
}
const WORD = /^[\p{L}\p{M}\p{N}]+$/u;
const ASCII_WORD_CHAR = /[a-z0-9]/;
/** Up to three words between two parts of a phrase. */
export const GAP_WORDS = 3;

export class RulePhraseError extends Error {}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternative of a phrase word: a whole word, or a stem (`word*`) taking the rest. */
export interface PhraseWord {
  readonly word: string;
  readonly stem: boolean;
}

/** A position in a phrase: a word with alternatives (maybe optional), or a `~` gap. */
export type PhraseStep =
  | { readonly gap: true }
  | { readonly gap: false; readonly optional: boolean; readonly words: readonly PhraseWord[] };

export interface ParsedPhrase {
  readonly steps: readonly PhraseStep[];
  /** Some word is Chinese, Japanese, Korean or Thai: it matches inside longer runs. */
  readonly unspaced: boolean;
}

function parseStep(raw: string, entry: string): PhraseStep {
  if (raw === '~') return { gap: true };
  let body = raw;
  const optional = body.endsWith('?');
  if (optional) body = body.slice(0, -1);
  const words = body.split('/').map((alt) => {
    const stem = alt.endsWith('*');
    const word = stem ? alt.slice(0, -1) : alt;
    if (!WORD.test(word)) {
      throw new RulePhraseError(
        `"${entry}": "${alt}" is not a word (letters and digits, optionally ending in *)`,
      );
    }
    // Normalised messages drop numbers ("after 3 attempts" reads "after attempts").
    if (/^[0-9]+$/.test(word)) {
      throw new RulePhraseError(
        `"${entry}": "${alt}" is a number, and messages are read without numbers`,
      );
    }
    return { word, stem };
  });
  return { gap: false, optional, words };
}

/**
 * Parses a phrase entry (not a `re:` one) into its steps; the syntax is described at
 * compileRuleEntry. Words are case- and diacritic-folded like normalised messages.
 */
export function parseRulePhrase(entry: string): ParsedPhrase {
  checkNoRepeatedAlternative(entry);
  const raw = foldDiacritics(entry).trim().split(/\s+/);
  if (raw.length === 0 || raw[0] === '') throw new RulePhraseError('empty phrase');
  const steps = raw.map((w) => parseStep(w, entry));
  const first = steps[0]!;
  if (first.gap || first.optional || steps.at(-1)!.gap) {
    throw new RulePhraseError(`"${entry}": a phrase cannot start with an optional word or ~`);
  }
  const unspaced = steps.some((s) => !s.gap && s.words.some((w) => UNSPACED.test(w.word)));
  checkSingleWordAlternatives(steps, entry);
  return { steps, unspaced };
}

const spelled = (w: PhraseWord) => `${w.word}${w.stem ? '*' : ''}`;

/**
 * "nicht zu hause/hause": an alternative spelt twice is a slip that hides the wording meant.
 * Compared as written, since spellings that fold together ("doručena/doručená",
 * "anschließend/anschliessend") are listed on purpose, for the reader.
 */
function checkNoRepeatedAlternative(entry: string): void {
  for (const word of entry.trim().split(/\s+/)) {
    const alternatives = word.replace(/\?$/, '').split('/');
    const twice = alternatives.find((alt, i) => alternatives.indexOf(alt) !== i);
    if (twice !== undefined) {
      throw new RulePhraseError(`"${entry}": "${twice}" is listed twice among the alternatives`);
    }
  }
}

/**
 * Alternatives are single words: "il mittente sta preparando/ha preparato/ha creato" reads as
 * "sta (preparando|ha) (preparato|ha) creato", never "ha preparato". The mark of a wording
 * meant as multi-word alternatives is a word offered again by the next word's alternatives
 * ("do boxu/z boxu"); such an entry is refused with the two-phrase form to write instead.
 */
function checkSingleWordAlternatives(steps: readonly PhraseStep[], entry: string): void {
  for (let i = 1; i < steps.length; i++) {
    const prev = steps[i - 1]!;
    const step = steps[i]!;
    if (prev.gap || step.gap) continue;
    // "safe place/safeplace" reads "safe (place|safeplace)": the closed-up spelling never
    // matches where it was meant to stand for both words.
    const glued =
      prev.words.length === 1 && !prev.optional
        ? step.words.find((w) =>
            step.words.some((o) => o !== w && w.word === prev.words[0]!.word + o.word),
          )
        : undefined;
    if (glued !== undefined) {
      throw new RulePhraseError(
        `"${entry}": "${spelled(glued)}" is "${prev.words[0]!.word}" and another alternative closed up; it would only be read after "${prev.words[0]!.word}", so write it as a phrase of its own`,
      );
    }
    if (prev.words.length < 2 && step.words.length < 2) continue;
    const again = prev.words.map(spelled).find((w) => step.words.map(spelled).includes(w));
    if (again !== undefined) {
      throw new RulePhraseError(
        `"${entry}": "${again}" is offered by two neighbouring words; alternatives (a/b) are single words, so write one phrase per wording`,
      );
    }
  }
}

interface Token {
  readonly source: string;
  readonly optional: boolean;
  readonly gap: boolean;
  readonly unspaced: boolean;
}

function compileToken(step: PhraseStep): Token {
  if (step.gap) return { source: '', optional: false, gap: true, unspaced: false };
  const alternatives = step.words.map(({ word, stem }) => {
    const unspaced = UNSPACED.test(word);
    // Word boundaries as the normalised text has them: words are separated by one space.
    // "\b" where the edge is ASCII (it lets the pre-filter key on word starts), lookarounds
    // for Cyrillic, Greek and other letters that "\b" does not see.
    let start = '';
    let end = '';
    if (unspaced) {
      if (!stem && endsInOngoing(word)) end = `(?![${NOT_ONGOING_AFTER}])`;
    } else {
      start = ASCII_WORD_CHAR.test(word[0]!) ? '\\b' : '(?<![^ ])';
      // A stem takes the rest of its word, so the next word of the phrase can follow.
      if (stem) end = '[^ ]*';
      else end = ASCII_WORD_CHAR.test(word.at(-1)!) ? '\\b' : '(?![^ ])';
    }
    return { source: `${start}${escapeRegex(word)}${end}`, unspaced };
  });
  const source =
    alternatives.length === 1
      ? alternatives[0]!.source
      : `(?:${alternatives.map((a) => a.source).join('|')})`;
  return {
    source,
    optional: step.optional,
    gap: false,
    unspaced: alternatives.some((a) => a.unspaced),
  };
}

/**
 * Turns one rule entry into a regular expression source over normalizeMessage() output.
 *
 * Phrase syntax: words separated by spaces, matched as whole words in order; `word*` matches
 * any word starting with `word`; `a/b` matches either word; `word?` may be absent; `~` stands
 * for up to three other words. Chinese, Japanese, Korean and Thai words match inside longer
 * runs (those scripts do not separate words), with or without a space between them.
 * An entry starting with `re:` is a regular expression, for what the syntax cannot say.
 * This is the reference meaning of a phrase: the token matcher (status-phrase-matcher.ts)
 * must agree with it, which test/status-phrase-matcher.test.ts checks.
 */
export function compileRuleEntry(entry: string, gapStoppers: readonly string[] = []): string {
  if (entry.startsWith('re:')) return compileRegexEntry(entry);
  return phraseSource(parseRulePhrase(entry), gapStoppers);
}

/**
 * A backslash escape of a regex source, whole: folded with the text around it, `\S`, `\D`, `\W`
 * and `\B` would turn into their opposites `\s`, `\d`, `\w` and `\b`.
 */
const REGEX_ESCAPE_RE = /\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[\s\S])/g;

/** A `re:` entry's regular expression source, checked: its text folded as messages are, its escapes kept. */
export function compileRegexEntry(entry: string): string {
  const raw = entry.slice(3);
  let source = '';
  let from = 0;
  for (const kept of raw.matchAll(REGEX_ESCAPE_RE)) {
    source += foldDiacritics(raw.slice(from, kept.index)) + kept[0];
    from = kept.index + kept[0].length;
  }
  source += foldDiacritics(raw.slice(from));
  try {
    new RegExp(source);
  } catch (error) {
    throw new RulePhraseError(`"${entry}": ${(error as Error).message}`);
  }
  return source;
}

/**
 * The regular expression source of a parsed phrase. A `~` gap between spaced words never runs
 * over one of `gapStoppers` (folded words): a delivery phrase's gap must not swallow its
 * language's negator ("destinatario ~ recogió" is not "el destinatario no recogió").
 */
export function phraseSource(phrase: ParsedPhrase, gapStoppers: readonly string[] = []): string {
  const tokens = phrase.steps.map(compileToken);
  // Normalised Korean is decomposed into letters, two or three per syllable: the same few
  // syllables between two words take about thrice the characters of Chinese or Japanese.
  const gap = phrase.steps.some((s) => !s.gap && s.words.some((w) => HANGUL_RE.test(w.word)))
    ? '.{0,30}?'
    : '.{0,12}?';
  let source = tokens[0]!.source;
  let prevUnspaced = tokens[0]!.unspaced;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.gap) {
      source += prevUnspaced ? gap : `(?: ${notOneOf(gapStoppers)}[^ ]+){0,${GAP_WORDS}}`;
      continue;
    }
    const sep = prevUnspaced && token.unspaced ? ' ?' : ' ';
    source += token.optional ? `(?:${sep}${token.source})?` : `${sep}${token.source}`;
    prevUnspaced = token.unspaced;
  }
  return source;
}

/** A lookahead refusing a word that is one of `words` (empty when there are none). */
function notOneOf(words: readonly string[]): string {
  return words.length === 0 ? '' : `(?!(?:${words.map(escapeRegex).join('|')})(?: |$))`;
}
