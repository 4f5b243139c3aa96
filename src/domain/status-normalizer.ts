import { type CarrierCodes, NO_CARRIER_CODES } from './carrier-codes.js';
import { type Correction, FuzzyVocabulary, LATIN_WORD, MIN_TYPO_LENGTH } from './fuzzy.js';
import { type KnownWording, knownStatuses } from './known-wordings.js';
import { clausesOf, messageText, trailingPlace, withoutQuestions } from './message-parts.js';
import { sameItems } from './same-items.js';
import { CLASSIFIER_THRESHOLD, type Guess, StatusClassifier } from './status-classifier.js';
import { endsBeforeNotOngoing } from './status-rule-language.js';
import { type RuleSet, type StatusMask, statusBit } from './status-rules.js';
import { foldWords, normalizeMessage } from './text-normalize.js';
import { precedenceRank, type TrackingStatus } from './tracking-status.js';

export type MatchMethod =
  | 'CARRIER_CODE'
  | 'EXACT'
  | 'NORMALIZED'
  | 'RULE'
  | 'FUZZY'
  | 'CLASSIFIER'
  | 'NONE';

/** What an ingested event carries besides its wording. */
export interface EventContext {
  readonly carrier?: string | null | undefined;
  /** The carrier's own event code, e.g. PostNL "I01" or Colissimo "LIVCFM". */
  readonly code?: string | null | undefined;
}

export interface AliasEntry {
  id: number;
  status: TrackingStatus;
  locale: string;
  phrase: string;
  source: string;
}

export interface StatusMatchResult {
  status: TrackingStatus;
  method: MatchMethod;
  /** 0..1 */
  confidence: number;
  alias: AliasEntry | null;
}

export interface AliasIndex {
  readonly size: number;
  /** Reads one carrier message; a known carrier event code wins over the wording. */
  match(message: string, event?: EventContext): StatusMatchResult;
  /** The classifier's best guess for a wording, however unsure: a suggestion for editors. */
  suggest(message: string): Guess | null;
}

export interface AliasIndexOptions {
  /** The language rules (content/rules), compiled once and shared by every index. */
  rules: RuleSet;
  /** Per-carrier event-code tables (content/carrier-codes). */
  carrierCodes?: CarrierCodes;
  /** Minimum classifier confidence for an answer; above 1 turns the fallback off. */
  classifierThreshold?: number;
  /** Distinct normalised messages whose reading is remembered; 0 turns the memo off. */
  memoSize?: number;
  /**
   * Real carrier wordings with their labels (content/corpus, training split): a wording seen
   * before reads as labelled, after the editors' aliases and before the rules.
   */
  knownWordings?: readonly KnownWording[];
  /**
   * The model behind `suggest`, built on first use: editors' suggestions may come from more
   * data than the fallback's answers, whose threshold was chosen for the alias-trained model.
   */
  suggester?: () => StatusClassifier;
}

const DEFAULT_MEMO_SIZE = 20_000;

/**
 * The most of a message the normalizer reads, in UTF-16 units. Carrier status lines are short
 * (the corpus's longest is 400 characters); the rules' cost grows faster than a message's
 * length (a negator is looked for before every phrase), so a message of a request body's size
 * would hold the process for minutes. A longer message is read up to its last space before the
 * limit; it is stored whole.
 */
export const MAX_READ_LENGTH = 1000;

/** The part of a message the normalizer reads (see MAX_READ_LENGTH). */
export function readablePart(message: string): string {
  if (message.length <= MAX_READ_LENGTH) return message;
  const space = message.lastIndexOf(' ', MAX_READ_LENGTH);
  return message.slice(0, space > MAX_READ_LENGTH / 2 ? space : MAX_READ_LENGTH);
}

const NO_MATCH: StatusMatchResult = Object.freeze({
  status: 'UNKNOWN',
  method: 'NONE',
  confidence: 0,
  alias: null,
});

// Status words that typos most often hit, beyond those the alias phrases already contain.
const TYPO_TARGETS = [
  'delivered',
  'delivery',
  'received',
  'destination',
  'collection',
  'customs',
  'transit',
  'attempted',
  'attempt',
  'returned',
  'sender',
  'pickup',
  'available',
  'arrived',
  'arrival',
  'departed',
  'facility',
  'notice',
  'notified',
  'reminder',
  'withdrawal',
  'awaiting',
  'clearance',
  'exception',
  'damaged',
  'address',
  'recipient',
  'shipment',
  'information',
  'courier',
  'vehicle',
  'processed',
  'sorting',
  'country',
  'package',
  'parcel',
  'office',
  'accepted',
  'dispatched',
  'released',
  'cleared',
  'refused',
  'undeliverable',
];

const CORRECTION_CACHE_LIMIT = 50_000;
/** Clauses classified before that cache starts over: labels and places recur, codes do not. */
const CLAUSE_CACHE_LIMIT = 20_000;

/**
 * A field with no value: a colon and then nothing, a dash or "N/A" ("Date delivered: -",
 * "签收时间：N/A"). Normalisation drops what is left, so the label alone would read as its event.
 * A label holding a sentence end is a message with a field after it, not a lone field.
 */
const EMPTY_FIELD_RE = /^([^:：.!?。！？]+)[:：]\s*(?:[-–—_./*]+|n\s*\/?\s*a)?\s*$/iu;

/** Languages that write compounds as one word, with the head last. */
const COMPOUNDING = ['de', 'nl', 'sv', 'da', 'nb', 'fi', 'hu', 'et'];
/** The shortest head and modifier a compound is split into ("Paket|zustellung"). */
const MIN_HEAD = 5;
const MIN_MODIFIER = 3;

const CJK = /[\u3400-\u9fff]/;
/** A place's country as its code ("DE", "CN"), a clause of its own after the place. */
const COUNTRY_CODE_RE = /^\s*[A-Z]{2}\s*$/;
/** Chinese, Japanese, Korean and Thai letters. */
const UNSPACED_SCRIPT_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
/** clauseKind: a clause with a word the rules know, of numbers and dates only, or silent. */
const SPEAKING_CLAUSE = 0;
const EMPTY_CLAUSE = 1;
const SILENT_CLAUSE = 2;
/** A label's colon, right after it. */
const LABEL_END_RE = /^\s*[:：]/;

interface PhraseEntry {
  readonly tokens: readonly string[];
  readonly alias: AliasEntry;
}

interface AliasHits {
  statuses: StatusMask;
  /** Longest alias found per status, reported as the alias behind a rule match. */
  best: Map<TrackingStatus, AliasEntry> | null;
}

/** The corrections of unknown words into the words of some languages. */
interface LanguageCorrections {
  /** Non-zero by language index: the languages corrections may go into. */
  readonly allowed: Uint8Array;
  readonly fixes: Map<string, Correction | null>;
}

const NO_HITS: AliasHits = Object.freeze({ statuses: 0, best: null });

class InMemoryAliasIndex implements AliasIndex {
  private readonly exact = new Map<string, AliasEntry>();
  private readonly normalized = new Map<string, AliasEntry>();
  /** Alias phrases keyed by their first token, for whole-word substring search. */
  private readonly byFirstToken = new Map<string, PhraseEntry[]>();
  private readonly cjkPhrases: { text: string; alias: AliasEntry }[] = [];
  /** Indexes into cjkPhrases by the phrase's first character. */
  private readonly cjkByFirst = new Map<number, number[]>();
  private readonly vocabulary: FuzzyVocabulary;
  private readonly classifier: StatusClassifier;
  /** Corrections by a key of the languages they were kept to (see correctionsFor). */
  private readonly corrections = new Map<number, LanguageCorrections>();
  /** Clauses classified by clauseKind. */
  private readonly clauseKinds = new Map<string, number>();
  /** Corrections of words in messages without any language's rule word. */
  private readonly anyLanguage = new Map<string, Correction | null>();
  /** Scratch: the languages a message's typos may be corrected into. */
  private readonly typoLanguages: Uint8Array;
  /** Indexes of the COMPOUNDING languages' files. */
  private readonly compounding: number[];

  /**
   * Rule readings keyed by normalised text. Carriers repeat the same wording for every parcel
   * and normalisation removes places and dates, so most messages are seen many times.
   */
  private readonly memo = new Map<string, StatusMatchResult>();

  /** Known carrier wordings by normalised text; only those whose label is unambiguous. */
  private readonly known: ReadonlyMap<string, TrackingStatus>;

  constructor(
    aliases: readonly AliasEntry[],
    private readonly rules: RuleSet,
    private readonly carrierCodes: CarrierCodes,
    private readonly memoLimit: number,
    private readonly classifierThreshold: number,
    knownWordings: readonly KnownWording[],
    private readonly suggester: (() => StatusClassifier) | undefined,
  ) {
    this.known = knownStatuses(knownWordings);
    this.classifier = new StatusClassifier(aliases.filter((a) => a.status !== 'UNKNOWN'));
    this.vocabulary = new FuzzyVocabulary();
    this.typoLanguages = new Uint8Array(rules.languages.length);
    this.compounding = COMPOUNDING.map((l) => rules.languages.indexOf(l)).filter((l) => l >= 0);
    const languageOf = (code: string) => {
      const lang = rules.languages.indexOf(code);
      return lang < 0 || rules.sharedLanguages.has(lang) ? null : [lang];
    };
    for (const word of TYPO_TARGETS) this.vocabulary.add(word, languageOf('en'));
    for (const [word, langs] of rules.words) {
      this.vocabulary.add(word, langs.some((l) => rules.sharedLanguages.has(l)) ? null : langs);
    }
    for (const alias of aliases) {
      const raw = alias.phrase.trim();
      if (!raw) continue;
      if (!this.exact.has(raw)) this.exact.set(raw, alias);
      const norm = normalizeMessage(raw);
      if (!norm) continue;
      if (!this.normalized.has(norm)) this.normalized.set(norm, alias);
      const tokens = norm.split(' ');
      const langs = languageOf(alias.locale);
      for (const token of tokens) this.vocabulary.add(token, langs);
      // Noise aliases ("N/A") only mean something as the whole message.
      if (alias.status === 'UNKNOWN') continue;
      if (CJK.test(norm)) {
        const text = norm.replace(/ /g, '');
        const list = this.cjkByFirst.get(text.charCodeAt(0));
        if (list) list.push(this.cjkPhrases.length);
        else this.cjkByFirst.set(text.charCodeAt(0), [this.cjkPhrases.length]);
        this.cjkPhrases.push({ text, alias });
        continue;
      }
      if (tokens.length === 1 && norm.length < 4) continue;
      const first = tokens[0]!;
      const list = this.byFirstToken.get(first);
      const entry = { tokens, alias };
      if (list) list.push(entry);
      else this.byFirstToken.set(first, [entry]);
    }
  }

  get size(): number {
    return this.exact.size;
  }

  match(whole: string, event?: EventContext): StatusMatchResult {
    const message = readablePart(whole);
    const reading = this.read(message, event);
    if (reading.status !== 'DELIVERED' || reading.method === 'CARRIER_CODE') return reading;
    // A question states no delivery ("Ist die Sendung zugestellt?", "Delivered? No"): a delivery
    // stands only if the sentences that do not ask still say it.
    const statement = withoutQuestions(message);
    return statement === null ? reading : this.read(statement);
  }

  private read(message: string, event?: EventContext): StatusMatchResult {
    if (event?.code) {
      const byCode = this.carrierCodes.lookup(event.carrier, event.code);
      if (byCode) return { status: byCode, method: 'CARRIER_CODE', confidence: 1, alias: null };
    }
    const raw = message.trim();
    if (!raw) return NO_MATCH;
    const exact = this.exact.get(raw);
    if (exact) return { status: exact.status, method: 'EXACT', confidence: 1, alias: exact };

    // An enum's name, "DeliveredToNeighbour", "returnedToSender": its words run together.
    const text = messageText(raw);
    if (!text) return NO_MATCH;
    const whole = this.matchText(text);
    const factual = whole.method === 'NORMALIZED' ? null : this.readFactual(raw, text, whole);
    if (factual) return factual;
    // A place after the wording says nothing of the status; the wording may read only alone.
    // A known wording, place and all, is read as it is known.
    const head = whole.method === 'NORMALIZED' ? null : this.headBeforePlace(raw);
    if (head) {
      const reading = this.read(head);
      if (reading.method !== 'NONE') return reading;
    }
    const clauses = clausesOf(raw);
    if (clauses && this.answersNo(clauses, text, whole)) return NO_MATCH;
    if (whole.status === 'DELIVERED' && this.isEmptyField(raw)) return NO_MATCH;
    // Read by the rules only: a typo the whole message was read through may be in a clause
    // that looks silent ("Status: Zugestelt").
    if (clauses && whole.method === 'RULE') {
      const spoken = this.spokenClause(raw, clauses);
      const spokenText = spoken === null ? '' : messageText(spoken);
      // Only where the other clauses add no evidence of their own: a short code a rule reads
      // ("M - Manifest pickup"), a label a phrase goes on from ("Entrega: concluída").
      const adds =
        spokenText !== '' && (this.rules.kindsOf(text) & ~this.rules.kindsOf(spokenText)) !== 0;
      // Read by the rules as well (a known wording is known verbatim, not beside a label), and
      // never the way to a delivery the whole message does not read.
      const alone = spokenText === '' || adds ? null : this.readText(spokenText);
      if (alone?.method === 'RULE' && alone.status !== 'DELIVERED') return alone;
    }
    if (whole.method !== 'NONE') return whole;
    if (text.includes(' ') && !raw.includes(' ')) {
      // A name whose parts say nothing alone may be a word the rules know run together
      // ("ParcelShop" as "parcelshop").
      const runTogether = this.matchText(normalizeMessage(raw));
      if (runTogether.method !== 'NONE') return runTogether;
    }
    if (!clauses) return whole;
    // What qualifies one sentence may stand in another ("We hope it was delivered. If not,
    // contact us"): a message whose words set a veto is not read sentence by sentence.
    if (this.rules.vetoesOf(text) !== 0 || this.rules.deniesDelivery(text)) return whole;
    return this.matchClauses(clauses) ?? whole;
  }

  /**
   * A message read without what it says would happen if something else did (RuleSet.factualPart):
   * "If your parcel could not be delivered, please contact us" reports no failed delivery, and
   * "Out for delivery. If you are not at home, it will be left with a neighbour" no delivery.
   * Null where the whole message is read as it stands: it has no such clause; it names a return
   * and a condition on it, which `conditionalReturn` reads ("If not collected, it will be
   * returned"); the condition is all that speaks of a waiting parcel ("Αν δεν παραληφθεί…": a
   * deadline to collect says it waits) or of customs ("if duties are paid": they are due); or
   * only its rest would read a delivery or a return ("We hope it was delivered. If not, contact
   * us", "Se va returna la expeditor dacă nu este ridicat": the condition is what doubts it).
   */
  private readFactual(
    raw: string,
    text: string,
    whole: StatusMatchResult,
  ): StatusMatchResult | null {
    if (whole.status === 'HELD_BY_CUSTOMS') return null;
    const part = this.rules.factualPart(raw, text);
    if (part === null || this.rules.conditionsReturn(text)) return null;
    const reading = part ? this.read(part) : NO_MATCH;
    if (reading.status === 'DELIVERED' || reading.status === 'RETURNED_TO_SENDER') {
      return whole.status === reading.status ? reading : null;
    }
    return reading.status === 'UNKNOWN' && whole.status === 'WAITING_FOR_PICKUP' ? null : reading;
  }

  /**
   * A label and its value, the value a lone "no" ("Вручено: нет", "Zoll: nein", "已签收：否"): what
   * the label reads alone is denied, and so is the whole message when that is all it reads. A
   * "no" after another field ("Delivered, signature: no") leaves the delivery standing, and so
   * does a rule phrase that reads the "no" itself.
   */
  private answersNo(clauses: readonly string[], text: string, whole: StatusMatchResult): boolean {
    const answer = normalizeMessage(clauses.at(-1)!);
    if (!this.rules.isNoAnswer(answer)) return false;
    const label = normalizeMessage(clauses.at(-2)!);
    if (!label) return false;
    // A rule that spells the answer out knows better than this reading.
    if (text.endsWith(` ${answer}`) && this.rules.readsLastWord(text)) return false;
    const read = this.matchText(label);
    // A customs field answered "no" ("Duties paid: no", "Customs cleared: no") still speaks of
    // customs holding the parcel: only the label's own event is denied.
    if (read.status === 'UNKNOWN' || read.status === 'HELD_BY_CUSTOMS') return false;
    return whole.status === read.status || whole.method === 'NONE';
  }

  /**
   * The one clause of a labelled message that says anything, when the others are only a label, a
   * place or a code ("Event: Arrivata in sede", "HAMBURG: Arrivata in sede", "Status: Update"):
   * words no rule knows, or a label, say nothing of the status, but beside a wording that only
   * reads whole ("Arrivata in sede" is an arrival, "in sede" alone a transit; "Update"
   * alone is noise) they keep it from reading. Null when no clause is silent or more than one
   * speaks.
   */
  private spokenClause(raw: string, clauses: readonly string[]): string | null {
    // Only a message with a label: most hold no clause that says nothing, and looking costs a
    // few percent of the normalizer's time. "HAMBURG | Zugestellt" and "Zugestellt, HAMBURG, DE"
    // are left to the place passes.
    if (!raw.includes(':') && !raw.includes('：')) return null;
    let spoken: string | null = null;
    let silent = false;
    for (let i = 0; i < clauses.length; i++) {
      const clause = clauses[i]!;
      const kind = this.clauseKind(clause);
      // Numbers and dates add no word to the text: the whole message reads without them.
      if (kind === EMPTY_CLAUSE) continue;
      if (kind === SILENT_CLAUSE || (i + 1 < clauses.length && this.isLabel(raw, clause))) {
        silent = true;
      } else if (spoken !== null) return null;
      else spoken = clause;
    }
    return silent ? spoken : null;
  }

  /**
   * Whether a clause holds no word, only words no rule knows, or some the rules know. Remembered
   * per clause: the places, codes and labels beside carriers' wordings recur.
   */
  private clauseKind(clause: string): number {
    const remembered = this.clauseKinds.get(clause);
    if (remembered !== undefined) return remembered;
    // The words alone, without the rest of normalisation: a look-up each is all they need.
    const words = foldWords(clause);
    const kind =
      words === '' ? EMPTY_CLAUSE : this.isSilent(clause, words) ? SILENT_CLAUSE : SPEAKING_CLAUSE;
    if (this.clauseKinds.size >= CLAUSE_CACHE_LIMIT) this.clauseKinds.clear();
    this.clauseKinds.set(clause, kind);
    return kind;
  }

  /**
   * A clause as a label: followed by a colon, no negator or answer among its words, not an alias
   * ("Status:", "DHL:", "Shipment RR123456785CN:", "(Code: 1234)").
   */
  private isLabel(raw: string, clause: string): boolean {
    const at = raw.indexOf(clause);
    if (at < 0 || !LABEL_END_RE.test(raw.slice(at + clause.length))) return false;
    const text = foldWords(clause);
    // What a label says itself is weighed with the rest: the message is read without it only
    // where it adds no rule kind (see read).
    return !this.isWording(text) && !text.split(' ').some((word) => this.rules.qualifies(word));
  }

  /** Whether a normalised text is, whole, an alias phrase or a known carrier wording. */
  private isWording(text: string): boolean {
    return this.normalized.has(text) || this.known.has(text);
  }

  /**
   * A clause of a country's code or words no rule knows (nor an alias or a known wording as a
   * whole); `text` is its words, folded. Text of the scripts written without spaces is never
   * silent: its words are not told apart.
   */
  private isSilent(clause: string, text: string): boolean {
    if (UNSPACED_SCRIPT_RE.test(text)) return false;
    if (COUNTRY_CODE_RE.test(clause)) return !this.rules.isNoAnswer(text);
    if (this.isWording(text)) return false;
    return this.rules.saysNothing(text.split(' '));
  }

  /**
   * A lone delivery field left empty ("Date delivered: -", "配達完了日：N/A", "Zugestellt: -"):
   * the field is there, the delivery is not. A field after another one keeps the delivery the
   * message states first ("Zásilka doručena. Převzal:", received by: left blank).
   */
  private isEmptyField(raw: string): boolean {
    const label = EMPTY_FIELD_RE.exec(raw)?.[1];
    return label !== undefined && clausesOf(label) === null;
  }

  /**
   * The wording before a place ("Signed in LONDON", "Выдано в Москве": "Signed", "Выдано"), or
   * null when there is none or a rule knows a word of the place (then it is part of the wording).
   */
  private headBeforePlace(raw: string): string | null {
    const parts = trailingPlace(raw);
    if (!parts) return null;
    // The place's own names, not the short words between them ("Frankfurt am Main").
    const names = normalizeMessage(parts.place.replace(/(?:^|\s)\p{Ll}+/gu, ' '));
    return names && this.rules.saysNothing(names.split(' ')) ? parts.head : null;
  }

  /** A normalised message: aliases, known wordings, then the rules (remembered). */
  private matchText(text: string): StatusMatchResult {
    const byNorm = this.normalized.get(text);
    if (byNorm) {
      return { status: byNorm.status, method: 'NORMALIZED', confidence: 0.95, alias: byNorm };
    }

    const known = this.known.get(text);
    if (known) return { status: known, method: 'NORMALIZED', confidence: 0.95, alias: null };

    const memo = this.memo.get(text);
    if (memo) return memo;
    const result = this.readText(text);
    if (this.memoLimit > 0) {
      if (this.memo.size >= this.memoLimit) this.memo.clear();
      this.memo.set(text, result);
    }
    return result;
  }

  /**
   * A message that reads nothing as a whole may be two languages side by side ("Levert. Thank
   * you for shopping with us." is English by word count, which rules the Norwegian phrase out),
   * or a wording that only reads alone beside a label or a place ("Status: Collected",
   * "Collected, Hamburg"). Its parts are then read one by one, and answer only when every part
   * that says something says the same status.
   */
  private matchClauses(clauses: readonly string[]): StatusMatchResult | null {
    let agreed: StatusMatchResult | null = null;
    for (const clause of clauses) {
      const text = messageText(clause);
      if (!text) continue;
      const head = this.headBeforePlace(clause);
      const placeless = head ? this.matchText(messageText(head)) : null;
      const reading = placeless && placeless.method !== 'NONE' ? placeless : this.matchText(text);
      if (reading.status === 'UNKNOWN') continue;
      if (agreed && agreed.status !== reading.status) return null;
      agreed ??= reading;
    }
    return agreed;
  }

  private readText(text: string): StatusMatchResult {
    // Split once: the alias search and the typo pass both walk the words.
    const tokens = text.split(' ');
    const ruled = this.readWithRules(text, tokens);
    // Nothing outranks a return, and a typo must never be what turns a message into DELIVERED.
    if (ruled?.status === 'RETURNED_TO_SENDER' || ruled?.status === 'DELIVERED') return ruled;
    const typo = this.readWithTypos(text, tokens);
    // A typo can hide the decisive word ("arrived at destinaton country" reads as transit).
    // A guessed correction may sharpen a reading, but never overrule one into DELIVERED
    // ("problem z doręczeniem" read as EXCEPTION must not become "doręczenie").
    if (
      typo &&
      (!ruled ||
        (typo.status !== 'DELIVERED' && precedenceRank(typo.status) < precedenceRank(ruled.status)))
    ) {
      return typo;
    }
    if (ruled) return ruled;
    // Last resort: the n-gram classifier, only when sure, never for a delivery, and not for a
    // lone word ("INFORMATION", "OP-31 Information" are labels, not events). Nor where the
    // rules saw words that take a reading away: "Returned to sender: no" must not be guessed
    // back into the return its words name.
    const words = tokens.filter((t) => t.length >= 3).length;
    const guess =
      words > 1 && this.rules.vetoesOf(text, tokens) === 0 ? this.classifier.guess(text) : null;
    if (guess && guess.status !== 'DELIVERED' && guess.confidence >= this.classifierThreshold) {
      // Scaled below every rule reading: a guess is the least certain way to an answer.
      return {
        status: guess.status,
        method: 'CLASSIFIER',
        confidence: 0.6 * guess.confidence,
        alias: null,
      };
    }
    return NO_MATCH;
  }

  suggest(message: string): Guess | null {
    const text = normalizeMessage(readablePart(message).trim());
    return text ? (this.suggester?.() ?? this.classifier).guess(text) : null;
  }

  private readWithRules(text: string, tokens: readonly string[]): StatusMatchResult | null {
    const hits = this.findAliases(text, tokens);
    const verdict = this.rules.evaluate(text, hits.statuses, tokens);
    if (!verdict) return null;
    const alias = hits.best?.get(verdict.status) ?? null;
    const base = alias ? 0.85 : 0.8;
    const confidence = Math.max(0.7, base - 0.05 * Math.max(0, verdict.candidates - 2));
    return { status: verdict.status, method: 'RULE', confidence, alias };
  }

  /**
   * The corrections for the languages a message's unknown words may be corrected into: those
   * whose rules know the most of its words (RuleSet.leadingLanguages), without the shared file,
   * whose words are no language's. Null when no word is any language's rule word.
   */
  private correctionsFor(words: readonly string[]): LanguageCorrections | null {
    const leaders = this.rules.leadingLanguages(words);
    if (!leaders) return null;
    const shared = this.rules.sharedLanguages;
    const allowed = this.typoLanguages;
    let key = 0;
    for (let l = 0; l < leaders.length; l++) {
      allowed[l] = leaders[l] === 1 && !shared.has(l) ? 1 : 0;
      if (allowed[l]) key = (Math.imul(key, 31) + l + 1) | 0;
    }
    const known = this.corrections.get(key);
    if (known && sameItems(known.allowed, allowed)) return known;
    if (this.corrections.size >= CORRECTION_CACHE_LIMIT / 100) this.corrections.clear();
    const fresh = { allowed: allowed.slice(), fixes: new Map<string, Correction | null>() };
    this.corrections.set(key, fresh);
    return fresh;
  }

  private readWithTypos(text: string, words: readonly string[]): StatusMatchResult | null {
    let tokens: string[] | null = null;
    let total = 0;
    let worst = 0;
    let endingSwapped = false;
    let languages: LanguageCorrections | null | undefined;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      // Neither a typo nor a compound is read into a word this short: most words of a message
      // ("at", "in", "de") need no lookup at all.
      if (word.length < MIN_TYPO_LENGTH || this.vocabulary.has(word)) continue;
      languages = languages === undefined ? this.correctionsFor(words) : languages;
      const fix = this.correctToken(word, languages);
      if (!fix) continue;
      // A verb negated by a suffix stays negated: "planlanmadı" (not planned) is two letters from
      // "planlandı". Another negative form of it ("ödenmedi" for "ödenmemiş") may be read. Nor
      // does a correction negate a verb: "tutuyor" (matches) is one letter from "tutmuyor".
      const marked = this.rules.negativeMarkOf(word);
      const fixMarked = this.rules.negativeMarkOf(fix.word);
      if (
        marked !== fixMarked &&
        (marked < 0 || languages === null || languages.allowed[marked] === 1)
      ) {
        continue;
      }
      tokens ??= words.slice();
      tokens[i] = fix.word;
      total += fix.distance;
      worst = Math.max(worst, fix.distance);
      endingSwapped ||= swapsEndingLetter(word, fix.word);
    }
    if (!tokens) return null;
    const corrected = tokens.join(' ');
    // A split compound is two words.
    tokens = corrected.split(' ');
    const confidence = Math.max(0.5, 0.7 - 0.05 * total);
    const byNorm = this.normalized.get(corrected);
    let status: TrackingStatus;
    let alias: AliasEntry | null = null;
    if (byNorm) {
      status = byNorm.status;
      alias = byNorm;
    } else {
      const hits = this.findAliases(corrected, tokens);
      // "Teslim alınmazsa … iade edilecektir": correcting "alınmazsa" must not drop the
      // condition the original words set on the return.
      const vetoes = this.rules.vetoesOf(text, words);
      const verdict = this.rules.evaluate(corrected, hits.statuses, tokens, vetoes);
      if (!verdict) return null;
      status = verdict.status;
      alias = hits.best?.get(status) ?? null;
    }
    // A guessed "Delivered" is the costliest error: only single-letter slips, short
    // messages, and nothing in the original text that denies or postpones delivery. A letter
    // changed near the end of a word is more often another form of the verb than a slip
    // ("entregamos", we deliver, is one letter from "entregados"; "доставим", we will deliver,
    // from "доставил").
    if (
      status === 'DELIVERED' &&
      (worst > 1 || endingSwapped || tokens.length > 6 || this.rules.deniesDelivery(text))
    ) {
      return null;
    }
    return { status, method: 'FUZZY', confidence, alias };
  }

  /**
   * Corrections are memoised per set of languages: unknown tokens are mostly place names that
   * recur, and the languages of a carrier's messages recur with them.
   */
  private correctToken(token: string, languages: LanguageCorrections | null): Correction | null {
    const cache = languages?.fixes ?? this.anyLanguage;
    const cached = cache.get(token);
    if (cached !== undefined) return cached;
    // Without a language to go by, only a one-letter slip is corrected (into any language).
    const fix =
      (languages
        ? this.vocabulary.correct(token, languages.allowed)
        : this.vocabulary.correct(token, null, 1)) ?? this.compoundHead(token, languages);
    if (cache.size >= CORRECTION_CACHE_LIMIT) cache.clear();
    cache.set(token, fix);
    return fix;
  }

  /**
   * German, Dutch, Nordic, Finnish, Hungarian and Estonian glue nouns together; the last part says
   * what the whole is ("Paketzustellung" is a Zustellung): an unknown word that ends in a word
   * the rules of such a language read is read as that word. Counted as two letters changed, so
   * it never turns a message into DELIVERED on its own.
   */
  private compoundHead(token: string, languages: LanguageCorrections | null): Correction | null {
    if (token.length < MIN_HEAD + MIN_MODIFIER || !LATIN_WORD.test(token)) return null;
    // A stem that reads the word's start reads its modifier ("paket*" in "paketrücksendung");
    // the head starts after it, so an inflected stem-read word ("jakelupisteeseen" by
    // jakelupiste*) is never cut into a different one ("pisteeseen").
    for (
      let at = Math.max(MIN_MODIFIER, this.rules.stemReach(token));
      at + MIN_HEAD <= token.length;
      at++
    ) {
      const head = token.slice(at);
      if (!this.isCompoundHead(head, languages)) continue;
      // "Exportförtullning" is an export clearance, not a customs hold: a modifier some
      // language's rules read ("export" is in many) is kept as a word of its own.
      const modifier = token.slice(0, at);
      const kept = this.rules.languageSupport([modifier]).some((n) => n > 0);
      return { word: kept ? `${modifier} ${head}` : head, distance: 2 };
    }
    return null;
  }

  /** A word a compounding language's rules read, of a language the message may be in. */
  private isCompoundHead(word: string, languages: LanguageCorrections | null): boolean {
    const support = this.rules.languageSupport([word]);
    return this.compounding.some((lang) => support[lang]! > 0 && languages?.allowed[lang] !== 0);
  }

  private findAliases(text: string, tokens: readonly string[]): AliasHits {
    // Most messages contain no alias phrase: nothing is allocated until one is found.
    let hits = NO_HITS;
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.byFirstToken.get(tokens[i]!);
      if (!candidates) continue;
      for (const { tokens: phrase, alias } of candidates) {
        if (i + phrase.length > tokens.length) continue;
        let ok = true;
        for (let j = 1; j < phrase.length; j++) {
          if (tokens[i + j] !== phrase[j]) {
            ok = false;
            break;
          }
        }
        // "Not out for delivery": a denied alias says nothing, as a denied rule phrase does not.
        if (
          ok &&
          !this.rules.deniesAliasAt(alias.status, tokens, i, alias.locale) &&
          !this.rules.rulesOut(tokens, alias.locale)
        ) {
          hits = record(hits, alias);
        }
      }
    }
    if (this.cjkPhrases.length > 0 && CJK.test(text)) {
      const compact = text.replace(/ /g, '');
      // Only phrases starting with a character of the text can occur in it. Found phrases are
      // recorded in list order, as a scan of the whole list would: on equal length the first
      // one listed stays the reported alias.
      let found: number[] | null = null;
      for (let at = 0; at < compact.length; at++) {
        const starting = this.cjkByFirst.get(compact.charCodeAt(at));
        if (!starting) continue;
        for (const p of starting) {
          const phrase = this.cjkPhrases[p]!.text;
          if (
            compact.startsWith(phrase, at) &&
            !endsBeforeNotOngoing(phrase, compact[at + phrase.length])
          ) {
            found ??= [];
            if (!found.includes(p)) found.push(p);
          }
        }
      }
      if (found) {
        for (const p of found.sort((a, b) => a - b)) hits = record(hits, this.cjkPhrases[p]!.alias);
      }
    }
    return hits;
  }
}

function record(hits: AliasHits, alias: AliasEntry): AliasHits {
  const out = hits === NO_HITS ? { statuses: 0, best: new Map() } : hits;
  out.statuses |= statusBit(alias.status);
  const prev = out.best!.get(alias.status);
  if (!prev || prev.phrase.length < alias.phrase.length) out.best!.set(alias.status, alias);
  return out;
}

/** Builds the in-memory index once; `match` then needs no I/O and no regex compilation. */
export function buildAliasIndex(
  aliases: readonly AliasEntry[],
  options: AliasIndexOptions,
): AliasIndex {
  return new InMemoryAliasIndex(
    aliases,
    options.rules,
    options.carrierCodes ?? NO_CARRIER_CODES,
    options.memoSize ?? DEFAULT_MEMO_SIZE,
    options.classifierThreshold ?? CLASSIFIER_THRESHOLD,
    options.knownWordings ?? [],
    options.suggester,
  );
}

/** Letters at a word's end that inflection changes (Romance, Slavic and Germanic endings). */
const ENDING_LETTERS = 4;

/** True when `fixed` is `word` with one letter replaced within its last ENDING_LETTERS. */
function swapsEndingLetter(word: string, fixed: string): boolean {
  if (word.length !== fixed.length) return false;
  let differing = -1;
  for (let i = 0; i < word.length; i++) {
    if (word[i] === fixed[i]) continue;
    if (differing >= 0) return false;
    differing = i;
  }
  return differing >= word.length - ENDING_LETTERS;
}
