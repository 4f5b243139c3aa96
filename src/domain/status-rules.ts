import { ConditionClauses } from './conditional-clauses.js';
import { ALPHABET_RUNS } from './fuzzy.js';
import { sameItems } from './same-items.js';
import { mayBeginPhraseAt, PhraseMatcher, spacesAreWordEdges } from './status-phrase-matcher.js';
import { RegexPrefilter } from './status-prefilter.js';
import {
  compileRegexEntry,
  type ParsedPhrase,
  parseRulePhrase,
  phraseSource,
  RULE_KINDS,
  type RuleFile,
  type RuleKind,
  RulePhraseError,
} from './status-rule-language.js';
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
const OUT_FOR_DELIVERY_BIT = statusBit('OUT_FOR_DELIVERY');
const UNKNOWN_BIT = statusBit('UNKNOWN');
const EXCEPTION_BIT = statusBit('EXCEPTION');
const INFO_BIT = statusBit('INFO_RECEIVED');
const CUSTOMS_BIT = statusBit('HELD_BY_CUSTOMS');
const ARRIVED_BIT = statusBit('ARRIVED_AT_DESTINATION');

/** content/rules/mul.json: entries mixing several languages, never ruled out. */
const SHARED_LANGUAGE = 'mul';

export interface RuleVerdict {
  /** UNKNOWN here means the message was recognised as noise or a service label. */
  readonly status: TrackingStatus;
  /** How many distinct statuses had evidence; more means a less certain reading. */
  readonly candidates: number;
}

// A kind is one bit of a 32-bit mask (the last is the sign bit: masks are only ANDed, ORed and
// compared with 0), so there can be at most 32 kinds.
if (RULE_KINDS.length > 32) throw new Error('rule kinds are bits of a 32-bit mask: at most 32');

/** Each kind is one bit of a mask: a message's kinds are found in one pass, then tested by bit. */
const KIND_BIT = new Map<RuleKind, number>(RULE_KINDS.map((kind, i) => [kind, 1 << i]));

function kindBit(kind: RuleKind): number {
  return KIND_BIT.get(kind)!;
}

const kindsMask = (kinds: readonly RuleKind[] | undefined): number =>
  (kinds ?? []).reduce((mask, kind) => mask | kindBit(kind), 0);

const NOISE = kindBit('noise');
const NEGATED = kindBit('negatedDelivery');
const CONDITIONAL = kindBit('conditionalReturn');
const FUTURE = kindBit('futureDelivery');
const NOT_A_DELIVERY = kindBit('notADelivery');
const PICKUP_POINT = kindBit('pickupPointDelivery');
const SENDER_PICKUP = kindBit('senderPickup');
const NOTICE_DELIVERED = kindBit('noticeDelivered');
const COLLECTED = kindBit('collectedByRecipient');
const DELIVERED_KIND = kindBit('delivered');
const PICKUP_PLACE = kindBit('pickup');
/** A delivery, to anyone or to a pickup point: what a verb closing a place's phrase states. */
const PLACE_DELIVERY = DELIVERED_KIND | PICKUP_POINT;
const REFUSED = kindBit('refused');
const PRE_SHIPMENT = kindBit('preShipment');
const CUSTOMS_HOLD = kindBit('customsHold');
const CUSTOMS_DONE = kindBit('customsDone');
const NEGATED_PICKUP = kindBit('negatedPickup');
const DELIVERY_WORDS = DELIVERED_KIND | COLLECTED;
/**
 * Kinds that only take a reading away ("if not collected", "will be delivered", "from the
 * sender"): what a message's words said of them still holds when a typo pass re-reads it.
 */
const VETOES = kindsMask([
  'conditionalReturn',
  'futureDelivery',
  'notADelivery',
  'negatedPickup',
  'senderPickup',
  'plannedAttempt',
  'laterDay',
]);
/** Evidence specific enough that tracking-system words beside it do not make it noise. */
const OUTRANKS_NOISE = kindsMask(['customs', 'customsHold', 'refused']);
/**
 * Status evidence a negator right before it denies (see RuleFile.negators). Not exceptions:
 * their phrases often are the rest of a negative already ("n'a pas | pu être livré"). Not
 * returns: punctuation is gone, and a clause may end on its negator ("past niet. Retour").
 * A denied customs release ("Pas dédouané", "Not yet released from customs") is no release:
 * the customs words left read as customs holding the parcel. A delivery to a pickup point
 * denied ("could not be | delivered to the pickup point", "Nie dostarczono do paczkomatu") is
 * a failed delivery, not a parcel waiting there. What `towards` phrases, `awaiting` phrases and
 * modals deny (arrivals, releases, deliveries) is in it too: a message with none of it has
 * nothing any denier could qualify.
 */
const NEGATABLE =
  DELIVERY_WORDS |
  kindsMask([
    'pickup',
    'pickupPointDelivery',
    'attempt',
    'outForDelivery',
    'arrived',
    'transit',
    'receipt',
    'customsDone',
  ]);

const RESOLVED = kindBit('resolved');
const PROBLEMS = kindsMask(['exception', 'refused', 'delay']);
const ARRIVED_KIND = kindBit('arrived');
const CUSTOMS_DONE_KIND = kindBit('customsDone');
const CUSTOMS_KIND = kindBit('customs');
const RETURNED_KIND = kindBit('returned');
/** A word no phrase reads: "_" never survives normalisation. */
const UNREAD = '_';

/**
 * Words of the place or party a negator reaches over, after its preposition, to the participle
 * closing the clause ("nicht | bei Ihnen | zugestellt", "niet | op het afleveradres | bezorgd").
 */
const MAX_PLACE_WORDS = 2;

/** The longest field value read as an answer "no" ("not yet been", "non è ancora"). */
const MAX_ANSWER_WORDS = 4;

/**
 * A negator, a `towards` or `awaiting` phrase or a modal: the kinds of evidence it denies on the
 * word after it. A negator's denied delivery words count as a negated delivery; whatever else is
 * denied does not count at all.
 */
interface Denier {
  readonly words: readonly string[];
  readonly lang: number;
  readonly kinds: number;
  readonly negates: boolean;
  /** The statuses of alias phrases it denies there. */
  readonly statuses: StatusMask;
}

/** Where a denier's reach starts; `leads` is false when it may deny its own language only. */
interface DenierEnd {
  readonly at: number;
  readonly denier: Denier;
  readonly leads: boolean;
}

/**
 * The words a `~` gap of a file's phrase of `kind` never runs over: for delivery phrases, the
 * file's one-word negators ("El destinatario no recogió el paquete", "Vastaanottaja ei noutanut"
 * deny what "destinatario ~ recogió" and "vastaanottaja ~ noutanut" would read as a delivery).
 */
export function gapStoppers(file: RuleFile, kind: RuleKind): string[] {
  if ((kindBit(kind) & DELIVERY_WORDS) === 0) return [];
  return oneWordNegators(file);
}

/** A file's negators of one word ("not", "nicht", "не"), folded. */
function oneWordNegators(file: RuleFile): string[] {
  return (file.negators ?? []).filter((n) => !n.includes(' ')).map((n) => foldDiacritics(n));
}

/** Regexes read what the token matcher cannot: `re:` entries and CJK/Thai phrases. */
interface RegexEntry {
  /** Its kind's bit. */
  readonly bit: number;
  readonly re: RegExp;
}

/** What, beside delivery words, says the delivery is not simply under way. */
const OUT_FOR_DELIVERY_VETOES: readonly RuleKind[] = [
  'delay',
  'refused',
  'negatedDelivery',
  'laterDay',
];

/**
 * Plain status evidence: a kind -> a status, only `with` every kind listed there and vetoed by
 * any kind in `unless`. Precedence between statuses is fixed (DESIGN rule 1); a veto here is
 * how a kind changes what another kind means.
 */
const EVIDENCE: readonly {
  kind: RuleKind;
  status: TrackingStatus;
  with?: readonly RuleKind[];
  unless?: readonly RuleKind[];
}[] = [
  { kind: 'customsDone', status: 'IN_TRANSIT' },
  { kind: 'returned', status: 'RETURNED_TO_SENDER' },
  // "Not yet ready for collection", "не готов к выдаче": the parcel is not waiting yet.
  { kind: 'pickup', status: 'WAITING_FOR_PICKUP', unless: ['senderPickup', 'negatedPickup'] },
  // "Scheduled for delivery attempt" is a plan, not an attempt the recipient must act on.
  { kind: 'attempt', status: 'WAITING_FOR_PICKUP', unless: ['senderPickup', 'plannedAttempt'] },
  // "Opóźnienie w doręczeniu", "天候不佳，後續配送中", "saída para entrega cancelada", "fallo en
  // entrega": a delay, a failure or a cancellation of (or in) the delivery is the news,
  // although the delivery words alone would read as out for delivery.
  { kind: 'outForDelivery', status: 'OUT_FOR_DELIVERY', unless: OUT_FOR_DELIVERY_VETOES },
  // "Problem resolved", "the shipment's problem has been resolved": evaluate takes the problem
  // kinds out before this list is read, and the parcel moves on (`resolved` below).
  { kind: 'exception', status: 'EXCEPTION' },
  { kind: 'refused', status: 'EXCEPTION' },
  // Delays are exceptions unless the delay is customs clearance (DESIGN rule 4), which is
  // customs holding the parcel.
  { kind: 'delay', status: 'EXCEPTION', unless: ['delayCustoms'] },
  { kind: 'delay', status: 'HELD_BY_CUSTOMS', with: ['delayCustoms'] },
  { kind: 'customs', status: 'HELD_BY_CUSTOMS', unless: ['customsDone'] },
  // "Released by customs in the destination country": the release is the news, and a parcel
  // released by customs moves on (cleared customs is neither a hold nor an arrival).
  // "Expected to arrive at the destination facility": a forecast, the parcel is not there yet.
  { kind: 'arrived', status: 'ARRIVED_AT_DESTINATION', unless: ['customsDone', 'futureArrival'] },
  { kind: 'transit', status: 'IN_TRANSIT' },
  { kind: 'resolved', status: 'IN_TRANSIT' },
  // Only where it took an arrival: "expected to arrive tomorrow" alone is a forecast, like a
  // future delivery, not news of movement.
  { kind: 'futureArrival', status: 'IN_TRANSIT', with: ['arrived'] },
  // "Out for delivery tomorrow", "Paket akan diantar besok": the parcel is on its way, the
  // round is on a later day. A date alone ("Expected delivery tomorrow") is no status.
  { kind: 'laterDay', status: 'IN_TRANSIT', with: ['outForDelivery'] },
  // Generic receipt/acceptance words: movement unless they talk about data.
  { kind: 'receipt', status: 'IN_TRANSIT', unless: ['infoContext'] },
  { kind: 'info', status: 'INFO_RECEIVED' },
];

/**
 * The statuses the given kinds of evidence stand for: what a denier of those kinds denies in an
 * alias phrase found inside a message.
 */
function statusesOf(kinds: number): StatusMask {
  return EVIDENCE.reduce(
    (mask, e) => ((kindBit(e.kind) & kinds) !== 0 ? mask | statusBit(e.status) : mask),
    (kinds & DELIVERY_WORDS) !== 0 ? DELIVERED_BIT : 0,
  );
}

/** Statuses whose evidence a negator denies, for alias phrases found inside a message. */
const NEGATABLE_STATUSES = statusesOf(NEGATABLE);

/**
 * Alias phrases found inside a message ("delayed", "out for delivery", "received by carrier")
 * are vetoed like the rule evidence for their status: each entry is a set of kinds that,
 * all present, drop an alias hit of that status.
 */
const ALIAS_VETOES: readonly { status: TrackingStatus; when: readonly RuleKind[] }[] = [
  { status: 'WAITING_FOR_PICKUP', when: ['senderPickup'] },
  { status: 'WAITING_FOR_PICKUP', when: ['plannedAttempt'] },
  { status: 'WAITING_FOR_PICKUP', when: ['negatedPickup'] },
  ...OUT_FOR_DELIVERY_VETOES.map((kind) => ({ status: 'OUT_FOR_DELIVERY' as const, when: [kind] })),
  // A bare "delayed" alias inside a customs delay: the customs evidence above reads it.
  { status: 'EXCEPTION', when: ['delay', 'delayCustoms'] },
  { status: 'HELD_BY_CUSTOMS', when: ['customsDone'] },
  { status: 'EXCEPTION', when: ['resolved'] },
  { status: 'ARRIVED_AT_DESTINATION', when: ['futureArrival'] },
  // Inside "information received by carrier" an IN_TRANSIT alias is pre-shipment data.
  { status: 'IN_TRANSIT', when: ['infoContext'] },
];

/** A spaced phrase in its regex form, compiled when first tried. */
interface PhraseRegex {
  readonly bit: number;
  readonly source: string;
  re: RegExp | null;
}

export interface CompiledKind {
  readonly kind: RuleKind;
  readonly re: RegExp;
}

/**
 * The multilingual rules (DESIGN rules 1-5), compiled from the language files. Phrases are
 * matched on the words of the message (status-phrase-matcher.ts); `re:` entries and phrases in
 * scripts without spaces stay regexes, each run only where the pre-filter finds its literal.
 * Text whose words the matcher cannot read exactly like the regexes would is read with every
 * entry's regex form (kindsByRegex); each kind's full regex (every entry as one alternation) is
 * the reference the tests hold both readings to.
 */
export class RuleSet {
  readonly languages: readonly string[];
  /**
   * Latin words the rules look for, with the indexes (into `languages`) of the files that use
   * them: typo correction aims at these as well as alias words, in the message's languages.
   */
  readonly words: ReadonlyMap<string, readonly number[]>;
  /** Files (by index) whose words belong to no one language (mul): never ruled out. */
  readonly sharedLanguages: ReadonlySet<number>;
  /** The words the matcher last counted languages of (a copy): see languageSupport. */
  private supportOf: string[] | null = null;
  /** onlyLanguage masks, by language index. */
  private readonly singleLanguageMasks: (Uint8Array | undefined)[] = [];
  private readonly matcher: PhraseMatcher;
  /**
   * Every file's negators and `towards` words as folded words, by their first word (see
   * RuleFile.negators and RuleFile.towards), each with the kinds it denies.
   */
  private readonly deniers = new Map<string, Denier[]>();
  /** Each file's `placePrepositions` (RuleFile.placePrepositions), folded, by file index. */
  private readonly placePrepositions: ReadonlySet<string>[] = [];
  /** Every file's negative marks (RuleFile.negativeMarks), folded, with their file's index. */
  private readonly negativeMarks: { readonly mark: string; readonly lang: number }[] = [];
  /** Every file's one-word answers "no" (RuleFile.noAnswers), folded. */
  private readonly noAnswers = new Set<string>();
  /**
   * Per file, the words a longer "no" answer is made of ("noch nicht", "todavía no", "ещё нет",
   * "non ancora": its negators' words, negation adverbs and answers "no"), and those of them
   * that deny on their own (one-word negators and answers "no").
   */
  private readonly answerWords = new Map<string, { known: Set<number>; denying: Set<number> }>();
  /** Every file's conditions (RuleFile.conditions). */
  private readonly conditionClauses: ConditionClauses;
  /** Whether a text may hold a negative mark at all (most hold none). */
  private readonly negativeMarkRe: RegExp | null;
  private readonly prefilter = new RegexPrefilter();
  /** The `re:` and unspaced entries, each its own regex, indexed by their prefilter ids. */
  private readonly regexEntries: RegexEntry[] = [];
  /** Every kind's entries as one regex source: the reference, and the reader of odd text. */
  private readonly fullSources = new Map<RuleKind, string>();
  /**
   * The spaced phrases as regexes (their reference form), for text whose words mix ASCII and
   * other characters, filed by the first two letters of their first word's alternatives: one
   * alternation per kind of thousands of phrases runs for milliseconds per text, where the
   * few phrases whose first word can start somewhere in the text take microseconds.
   */
  private readonly phraseRegexes: PhraseRegex[] = [];
  private readonly phraseRegexesByStart = new Map<string, number[]>();
  // One reading asks for the same text's kinds up to three times (rules, typo pass, denial).
  private lastText = '';
  private lastKinds = 0;
  /** `all`: the kind's bit and its `with` kinds' bits, every one required. */
  private readonly evidence: readonly { bit: StatusMask; all: number; unless: number }[];
  /** Alias-hit vetoes (sets of kind bits, each all required), indexed by precedence rank. */
  private readonly aliasVetoes: number[][] = STATUS_PRECEDENCE.map(() => []);

  /**
   * Without `byLanguage`, phrases of every language count in every message, as in their regex
   * form (the reference the word matcher is tested against); see PhraseMatcher.
   */
  constructor(files: readonly RuleFile[], options: { byLanguage?: boolean } = {}) {
    this.languages = files.map((f) => f.language);
    for (const [lang, file] of files.entries()) {
      this.placePrepositions[lang] = new Set((file.placePrepositions ?? []).map(foldDiacritics));
      const adverbs = ['', ...(file.negationAdverbs ?? []).map((a) => ` ${a}`)];
      const deniers = [
        ...(file.negators ?? []).flatMap((negator) =>
          adverbs.map((adverb) => ({ phrase: negator + adverb, kinds: NEGATABLE, negates: true })),
        ),
        ...(file.towards ?? []).map((phrase) => ({ phrase, kinds: ARRIVED_KIND, negates: false })),
        ...(file.awaiting ?? []).map((phrase) => ({
          phrase,
          kinds: CUSTOMS_DONE_KIND,
          negates: false,
        })),
        ...(file.modals ?? []).map((phrase) => ({ phrase, kinds: DELIVERY_WORDS, negates: false })),
      ];
      for (const { phrase, kinds, negates } of deniers) {
        const entry: Denier = {
          words: foldDiacritics(phrase).split(' '),
          lang,
          kinds,
          negates,
          statuses: statusesOf(kinds),
        };
        const list = this.deniers.get(entry.words[0]!);
        if (list) list.push(entry);
        else this.deniers.set(entry.words[0]!, [entry]);
      }
    }
    for (const [lang, file] of files.entries()) {
      const answers = (file.noAnswers ?? []).map(foldDiacritics);
      for (const answer of answers) this.noAnswers.add(answer);
      const denying = new Set([...answers, ...oneWordNegators(file)]);
      if (denying.size === 0) continue;
      const words = [
        ...denying,
        ...(file.negators ?? []).flatMap((n) => foldDiacritics(n).split(' ')),
        ...(file.negationAdverbs ?? []).map(foldDiacritics),
      ];
      for (const word of words) {
        const langs = this.answerWords.get(word) ?? { known: new Set(), denying: new Set() };
        this.answerWords.set(word, langs);
        langs.known.add(lang);
        // A lone letter is no answer ("t" is English "n't" split off, "T" may be "true").
        if (word.length > 1 && denying.has(word)) langs.denying.add(lang);
      }
    }
    for (const [lang, file] of files.entries()) {
      for (const mark of file.negativeMarks ?? []) {
        this.negativeMarks.push({ mark: foldDiacritics(mark), lang });
      }
    }
    this.conditionClauses = new ConditionClauses(files);
    this.negativeMarkRe = this.negativeMarks.length
      ? new RegExp(`\\p{L}{2}(?:${this.negativeMarks.map((m) => m.mark).join('|')})`, 'u')
      : null;
    this.sharedLanguages = new Set(
      files.flatMap((f, lang) => (f.language === SHARED_LANGUAGE ? [lang] : [])),
    );
    this.matcher = new PhraseMatcher(
      files.length,
      this.sharedLanguages,
      options.byLanguage ?? true,
    );
    const words = new Map<string, number[]>();
    const sources = new Map<RuleKind, string[]>(RULE_KINDS.map((k) => [k, []]));
    const regexSources = new Map<RuleKind, string[]>(RULE_KINDS.map((k) => [k, []]));
    for (const [lang, file] of files.entries()) {
      for (const [kind, entries] of Object.entries(file.rules) as [RuleKind, string[]][]) {
        const list = sources.get(kind);
        if (!list) throw new RulePhraseError(`${file.language}: unknown rule kind "${kind}"`);
        const stoppers = gapStoppers(file, kind);
        for (const entry of entries) {
          try {
            let source: string;
            if (entry.startsWith('re:')) {
              source = compileRegexEntry(entry);
              regexSources.get(kind)!.push(source);
              this.matcher.addRegexWords(source, lang);
            } else {
              const phrase = parseRulePhrase(entry);
              source = phraseSource(phrase, stoppers);
              if (phrase.unspaced) regexSources.get(kind)!.push(source);
              else {
                this.matcher.add(phrase, kindBit(kind), lang, stoppers);
                this.filePhraseRegex(phrase, source, kindBit(kind));
              }
            }
            list.push(source);
            // Escapes such as "\b" would glue a letter onto the word ("bverzonden").
            for (const w of source.replace(/\\[a-zA-Z]/g, ' ').match(ALPHABET_RUNS) ?? []) {
              const langs = words.get(w);
              if (!langs) words.set(w, [lang]);
              else if (!langs.includes(lang)) langs.push(lang);
            }
          } catch (error) {
            throw new RulePhraseError(`${file.language}.${kind}: ${(error as Error).message}`);
          }
        }
      }
    }
    for (const [kind, list] of sources) {
      // A kind no language fills can never match; "(?!)" keeps the reference uniform.
      this.fullSources.set(kind, list.length ? list.map((p) => `(?:${p})`).join('|') : '(?!)');
    }
    for (const [kind, list] of regexSources) {
      for (const source of list) {
        const re = new RegExp(source);
        const id = this.prefilter.add(re);
        this.regexEntries[id] = { bit: kindBit(kind), re };
      }
    }
    this.evidence = EVIDENCE.map((e) => ({
      bit: statusBit(e.status),
      all: kindBit(e.kind) | kindsMask(e.with),
      unless: kindsMask(e.unless),
    }));
    for (const veto of ALIAS_VETOES) {
      this.aliasVetoes[31 - Math.clz32(statusBit(veto.status))]!.push(kindsMask(veto.when));
    }
    this.words = words;
  }

  private filePhraseRegex(phrase: ParsedPhrase, source: string, bit: number): void {
    const index = this.phraseRegexes.length;
    this.phraseRegexes.push({ bit, source, re: null });
    const first = phrase.steps[0]!;
    if (first.gap) return;
    for (const start of new Set(first.words.map((w) => w.word.slice(0, 2)))) {
      const list = this.phraseRegexesByStart.get(start);
      if (list) list.push(index);
      else this.phraseRegexesByStart.set(start, [index]);
    }
  }

  /**
   * The regexes the engine runs behind its prefilter: its `re:` and unspaced entries (those that
   * can begin anywhere and hold no literal run on every message and are not among them).
   */
  prefilteredRegexes(): RegExp[] {
    return this.regexEntries.filter((_, id) => !this.prefilter.runsAlways(id)).map((r) => r.re);
  }

  /** Every kind as its reference regex (all its entries as one alternation). */
  compiled(): CompiledKind[] {
    return RULE_KINDS.map((kind) => ({ kind, re: new RegExp(this.fullSources.get(kind)!) }));
  }

  /**
   * Bit mask (by RULE_KINDS index) of the kinds with an entry that matches the text. `split`
   * is `text.split(' ')` when the caller already has it (the alias index splits every message).
   */
  kindsOf(text: string, split?: readonly string[]): number {
    if (text === this.lastText) return this.lastKinds;
    const kinds = this.readKinds(text, split);
    this.lastText = text;
    this.lastKinds = kinds;
    return kinds;
  }

  /**
   * Per language file, how many of the words its rules know (a scratch array, valid until the
   * next reading): the message's plausible languages are those with the most.
   */
  languageSupport(words: readonly string[]): Int32Array {
    // The rules have usually just counted the same message's words.
    if (this.supportOf === null || !sameItems(words, this.supportOf)) {
      this.supportOf = words.slice();
      return this.matcher.languageSupport(words);
    }
    return this.matcher.lastSupport;
  }

  /**
   * Whether a message's words rule out `locale`'s file, as they rule out its phrases: an alias
   * phrase of that language found inside the message does not count either ("Вторичное
   * извещение вручено под подпись. Thank you for shopping with us" is English by word count, so
   * the Russian notice phrase is out, and the alias "вручено" alone must not read a delivery).
   */
  rulesOut(words: readonly string[], locale: string): boolean {
    const lang = this.languages.indexOf(locale);
    if (lang < 0 || this.sharedLanguages.has(lang)) return false;
    const scope = this.scopeOf(words);
    return scope !== null && scope[lang] === 0;
  }

  /**
   * A raw message without what it says would happen if something else did (RuleFile.conditions
   * of the languages that know the most of its words; `text` is its normalised form): null when
   * it holds no such clause, "" when it holds nothing else.
   */
  factualPart(raw: string, text: string): string | null {
    if (!this.conditionClauses.mayHold(text)) return null;
    // Scratch of the matcher: copied before anything else reads.
    const lead = this.leadingLanguages(text.split(' '))?.slice() ?? null;
    // No file knows the words (配達できない場合 is one run of letters): any language's.
    return this.conditionClauses.factualPart(raw, (lang) => lead === null || lead[lang] === 1);
  }

  /**
   * Whether a text names a return and a condition on it ("will be returned if not collected",
   * "zostanie zwrócona, jeśli nie zostanie odebrana"): `conditionalReturn` reads those.
   */
  conditionsReturn(text: string): boolean {
    const kinds = this.qualifiedKinds(text);
    return (kinds & CONDITIONAL) !== 0 && (kinds & RETURNED_KIND) !== 0;
  }

  /** Per language, 1 where a message's words leave it in play; null when no file uses them. */
  private scopeOf(words: readonly string[]): Uint8Array | null {
    this.languageSupport(words);
    return this.matcher.scope();
  }

  /**
   * Per language, 1 for the files that know the most of a message's words and for the shared
   * ones; null when no file uses them (PhraseMatcher.leading). Scratch, valid until the next
   * reading.
   */
  leadingLanguages(words: readonly string[]): Uint8Array | null {
    this.languageSupport(words);
    return this.matcher.leading();
  }

  /**
   * The vetoing kinds of a message (a bit mask for evaluate's `carried`): a re-reading of its
   * corrected words keeps them, even when the correction changed the word that said them.
   */
  vetoesOf(text: string, split?: readonly string[]): number {
    return this.qualifiedKinds(text, split) & VETOES;
  }

  /** The file (index) one of whose negative marks `word` holds after its first two letters, or -1. */
  negativeMarkOf(word: string): number {
    if (this.negativeMarkRe === null || !this.negativeMarkRe.test(word)) return -1;
    for (const { mark, lang } of this.negativeMarks) if (word.indexOf(mark, 2) >= 0) return lang;
    return -1;
  }

  /** Whether some rule phrase reads a text's last word: without it, the kinds found change. */
  readsLastWord(text: string): boolean {
    const words = text.split(' ');
    return this.kindsOf(text, words) !== this.kindsReplacing(words, words.length - 1, UNREAD);
  }

  /** The kinds of `words` with word `i` replaced by `word`. */
  private kindsReplacing(words: readonly string[], i: number, word: string): number {
    const copy = words.slice();
    copy[i] = word;
    return this.kindsOf(copy.join(' '), copy);
  }

  /**
   * Whether a normalised text answers "no" in some language: one answer word ("nein", "нет"),
   * or up to MAX_ANSWER_WORDS words of one language's negators and negation adverbs with at
   * least one that denies alone ("nicht", "noch nicht", "todavía no", "ещё нет", "pas encore").
   */
  isNoAnswer(text: string): boolean {
    if (this.noAnswers.has(text)) return true;
    const words = text.split(' ');
    if (words.length > MAX_ANSWER_WORDS) return false;
    // Most fields hold a word no negator list does: one lookup answers them.
    const first = this.answerWords.get(words[0]!);
    if (!first) return false;
    for (const lang of first.known) {
      let denies = false;
      let known = true;
      for (const word of words) {
        const langs = this.answerWords.get(word);
        if (!langs?.known.has(lang)) {
          known = false;
          break;
        }
        denies ||= langs.denying.has(lang);
      }
      if (known && denies) return true;
    }
    return false;
  }

  /**
   * Whether some rule of any file knows a word: a phrase, stem or `re:` entry uses it, or it
   * qualifies what others say (a negator's, `towards`, `awaiting` or modal phrase's first word,
   * a negation adverb, an answer "no").
   */
  knowsWord(word: string): boolean {
    return this.matcher.knows(word) || this.qualifies(word);
  }

  /** Whether no word of a clause is one any rule knows (knowsWord): it says nothing of the status. */
  saysNothing(words: readonly string[]): boolean {
    for (const word of words) if (this.knowsWord(word)) return false;
    return true;
  }

  /** Whether a word qualifies what others say (see knowsWord). */
  qualifies(word: string): boolean {
    return this.deniers.has(word) || this.answerWords.has(word) || this.noAnswers.has(word);
  }

  /** The length of the longest rule stem that reads `word` (0: none). */
  stemReach(word: string): number {
    return this.matcher.longestStem(word);
  }

  private readKinds(text: string, split: readonly string[] | undefined): number {
    if (!spacesAreWordEdges(text)) return this.kindsByRegex(text);
    const words = text.length === 0 ? [] : (split ?? text.split(' '));
    const kinds = this.matcher.match(words);
    this.supportOf = words.slice();
    return this.kindsOfEntries(text, kinds);
  }

  /** `kinds` with those of the regex entries the prefilter wakes and that match the text. */
  private kindsOfEntries(text: string, kinds: number): number {
    const woken = this.prefilter.candidates(text);
    for (let k = 0; k < woken.length; k++) {
      const entry = this.regexEntries[woken[k]!]!;
      if ((kinds & entry.bit) === 0 && entry.re.test(text)) kinds |= entry.bit;
    }
    return kinds;
  }

  /**
   * The reference reading, for text whose words mix ASCII and other characters: every entry's
   * regex form, as the full per-kind regexes would read it. `re:` entries and unspaced phrases
   * are read as always; a spaced phrase is tried where its first word's first letters occur.
   */
  private kindsByRegex(text: string): number {
    let kinds = this.kindsOfEntries(text, 0);
    for (let at = 0; at < text.length; at++) {
      // Trying every position made a message mixing scripts cost milliseconds.
      if (!mayBeginPhraseAt(text, at)) continue;
      for (let length = 1; length <= 2; length++) {
        const list = this.phraseRegexesByStart.get(text.slice(at, at + length));
        if (!list) continue;
        for (const i of list) {
          const phrase = this.phraseRegexes[i]!;
          if ((kinds & phrase.bit) !== 0) continue;
          // A phrase's match starts on its first word: tried right here (sticky), not on the
          // whole text from every position its first letters occur at.
          phrase.re ??= new RegExp(phrase.source, 'y');
          phrase.re.lastIndex = at;
          if (phrase.re.test(text)) kinds |= phrase.bit;
        }
      }
    }
    return kinds;
  }

  /**
   * True when the text denies or postpones a delivery, or a modal took its delivery words
   * ("Pakken bliver | leveret i morgen"): fuzzy matching must not claim one.
   */
  deniesDelivery(text: string): boolean {
    const qualified = this.qualifiedKinds(text);
    return (
      (qualified & (NEGATED | FUTURE | CONDITIONAL)) !== 0 ||
      (this.kindsOf(text) & DELIVERY_WORDS & ~qualified) !== 0
    );
  }

  /**
   * kindsOf, read with the file's negators, `towards` and `awaiting` phrases and modals: a
   * delivery phrase right after a negator counts as `negatedDelivery`; any other status phrase
   * right after a negator ("not out for delivery", "no recibido", "nicht versendet"), an arrival
   * right after a `towards` phrase, a customs release right after an `awaiting` phrase ("oczekuje
   * na | zwolnienie celne") and a delivery right after a modal ("will be delivered") do not
   * count, unless another phrase of the message says the same.
   */
  private qualifiedKinds(text: string, split?: readonly string[]): number {
    const kinds = this.kindsOf(text, split);
    if ((kinds & NEGATABLE) === 0 || !spacesAreWordEdges(text)) return kinds;
    const words = split ?? text.split(' ');
    const qualified = this.deniers.size === 0 ? kinds : this.deniedByWords(kinds, words);
    return this.negativeMarkRe?.test(text)
      ? this.deniedByMarks(qualified, kinds, words)
      : qualified;
  }

  /** qualifiedKinds' negators, `towards` and `awaiting` phrases and modals. */
  private deniedByWords(kinds: number, words: readonly string[]): number {
    let negated = false;
    let dropped = 0;
    let awaited = false;
    // The words of each denier and the one after it: a phrase starting there says nothing more.
    const spans: [number, number][] = [];
    for (const { at: next, denier, leads } of this.denierEnds(words)) {
      const only = leads ? null : this.onlyLanguage(denier.lang);
      let bits = this.matcher.startingAt(words, next, next, only) & denier.kinds;
      const placed = denier.negates ? this.negatedPlace(words, next, denier.lang, only) : null;
      if (placed) bits |= placed.bits;
      if (bits === 0) continue;
      const reach = denier.negates ? this.negatedReach(words, next, bits, only) : null;
      if (reach) bits |= reach.bits;
      if (denier.negates && (bits & DELIVERY_WORDS) !== 0) negated = true;
      if (!denier.negates && (bits & CUSTOMS_DONE_KIND) !== 0) awaited = true;
      dropped |= denier.negates ? bits & ~DELIVERY_WORDS : bits;
      spans.push([next - denier.words.length, Math.max(reach?.last ?? next, placed?.last ?? next)]);
    }
    if (!negated && dropped === 0) return kinds;
    let qualified = negated ? kinds | NEGATED : kinds;
    if (dropped !== 0) {
      let elsewhere = 0;
      for (let i = 0; i < words.length; i++) {
        if (!spans.some(([from, to]) => i >= from && i <= to)) {
          elsewhere |= this.matcher.startingAt(words, i, i);
        }
      }
      const denied = dropped & ~elsewhere;
      qualified &= ~denied;
      // Waiting for a customs release is customs holding the parcel. A release denied
      // ("Не растаможено") leaves the message's own customs words to say so: "no ha despachado
      // el paquete" (not dispatched) names no customs.
      if (awaited && (denied & CUSTOMS_DONE_KIND) !== 0) qualified |= CUSTOMS_KIND;
    }
    return qualified;
  }

  /**
   * A negator before one of its file's `placePrepositions` also denies the delivery phrase that
   * starts right after the place or party it opens, of at most MAX_PLACE_WORDS words: in
   * languages whose participle closes the clause, "nicht | bei Ihnen | zugestellt" and "niet |
   * aan de geadresseerde | afgeleverd" are failed deliveries. Null when there is none.
   */
  private negatedPlace(
    words: readonly string[],
    next: number,
    lang: number,
    only: Uint8Array | null,
  ): { bits: number; last: number } | null {
    if (next >= words.length || !this.placePrepositions[lang]!.has(words[next]!)) return null;
    const end = Math.min(words.length - 1, next + 1 + MAX_PLACE_WORDS);
    for (let i = next + 1; i <= end; i++) {
      const bits = this.matcher.startingAt(words, i, i, only) & (DELIVERY_WORDS | PICKUP_POINT);
      if (bits !== 0) return { bits, last: i };
    }
    return null;
  }

  /**
   * A negator before a pickup place also denies a delivery that starts inside the place's
   * phrase, and on through the delivery phrases starting inside that one: a verb at the end of
   * the clause closes a phrase that began at the place ("nicht | in die Packstation |
   * zugestellt", "nie | do paczkomatu | dostarczono" deny the delivery to the pickup point, not
   * only the place). Only deliveries are reached ("nicht von der Abholstation abgeholt" is still
   * waiting there), and a phrase's gaps are taken empty, so a delivery after the place, not
   * overlapping it, keeps its reading ("Nicht in die Packstation, beim Nachbarn zugestellt").
   * Null when nothing more is denied.
   */
  private negatedReach(
    words: readonly string[],
    next: number,
    bits: number,
    only: Uint8Array | null,
  ): { bits: number; last: number } | null {
    const places = bits & (PICKUP_PLACE | PICKUP_POINT);
    if (places === 0) return null;
    let end = this.matcher.reachOf(words, next, places, only);
    let more = 0;
    let last = next;
    for (let i = next + 1; i < end; i++) {
      const inner = this.matcher.startingAt(words, i, i, only) & PLACE_DELIVERY;
      if (inner === 0) continue;
      more |= inner;
      last = i;
      end = Math.max(end, this.matcher.reachOf(words, i, inner, only));
    }
    return more === 0 ? null : { bits: more, last };
  }

  /**
   * qualifiedKinds' negative marks ("çıkarılmadı"): the status phrases that a marked word's
   * own reading needs (they go when the word does) and that read its unmarked part alone (so
   * they did not spell the negative out) are denied as a negator right before them would deny
   * them. Runs only for marks of the languages that know the most of the message's words.
   */
  private deniedByMarks(qualified: number, kinds: number, words: readonly string[]): number {
    const lead = this.leadingLanguages(words);
    if (lead === null) return qualified;
    const marked: [number, number][] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      for (const { mark, lang } of this.negativeMarks) {
        const at = word.indexOf(mark, 2);
        if (at >= 0 && lead[lang] === 1) {
          marked.push([i, at]);
          break;
        }
      }
    }
    let result = qualified;
    for (const [i, at] of marked) {
      const needed =
        kinds &
        ~this.kindsReplacing(words, i, UNREAD) &
        this.kindsReplacing(words, i, words[i]!.slice(0, at)) &
        NEGATABLE;
      if ((needed & DELIVERY_WORDS) !== 0) result |= NEGATED;
      result &= ~(needed & ~DELIVERY_WORDS);
    }
    return result;
  }

  /**
   * Whether an alias phrase of `status` found at word `at` is denied by a negator right before
   * it ("not | out for delivery"), as a rule phrase of that status would be.
   */
  deniesAliasAt(
    status: TrackingStatus,
    words: readonly string[],
    at: number,
    locale?: string,
  ): boolean {
    if ((statusBit(status) & NEGATABLE_STATUSES) === 0 || this.deniers.size === 0) return false;
    const own = locale === undefined ? -1 : this.languages.indexOf(locale);
    // The alias search asks once per alias found, on the same words: a message repeating one
    // alias would otherwise pay a scan of its words per repetition.
    const last = this.lastAliasEnds;
    const ends =
      last !== null && last.words === words && last.own === own
        ? last.ends
        : this.denierEnds(words, own);
    this.lastAliasEnds = { words, own, ends };
    return ends.some((end) => end.at === at && (end.denier.statuses & statusBit(status)) !== 0);
  }

  /** deniesAliasAt's last words (by identity), language and their denier ends. */
  private lastAliasEnds: {
    readonly words: readonly string[];
    readonly own: number;
    readonly ends: DenierEnd[];
  } | null = null;

  /**
   * The word positions right after a negator or `towards` phrase, each with it, whose language
   * the message's words plausibly are ("No ID proof" is English: Spanish "no" denies nothing
   * there), as the matcher scopes phrases. The negators of `ownLanguage`, the language of the
   * phrase being denied, always count: an alias is found in any message, so its own language's
   * "not" must deny it there too ("Non consegnato. Thank you for shopping with us" is English by
   * word count, and its Italian alias "consegnato" is still not a delivery). A denier of a
   * language in play but not among those that know the most of the words (PhraseMatcher.leading)
   * denies only its own language's rule phrases, and no alias of another language: one Romanian
   * word keeps Romanian in play in "Din pakke er nu leveret", but Romanian "nu" does not deny the
   * Danish "leveret" (Danish "nu" is "now").
   */
  private denierEnds(words: readonly string[], ownLanguage = -1): DenierEnd[] {
    const ends: DenierEnd[] = [];
    let scope: Uint8Array | null | undefined;
    let lead: Uint8Array | null = null;
    for (let j = 0; j + 1 < words.length; j++) {
      // Most words are no denier: no list to walk (nor an empty one made per word).
      const listed = this.deniers.get(words[j]!);
      if (listed === undefined) continue;
      for (const denier of listed) {
        const next = j + denier.words.length;
        if (next >= words.length || !denier.words.every((w, k) => words[j + k] === w)) continue;
        // null (no file uses the words) is an answer too: undefined marks "not asked yet".
        if (scope === undefined) {
          scope = this.scopeOf(words);
          lead = scope && this.matcher.leading();
        }
        const leads = scope === null || lead![denier.lang] === 1;
        if (leads || denier.lang === ownLanguage) ends.push({ at: next, denier, leads: true });
        else if (ownLanguage < 0 && scope![denier.lang] === 1) {
          ends.push({ at: next, denier, leads: false });
        }
      }
    }
    return ends;
  }

  /** The languages mask of one file's phrases, with the shared file's (cached per language). */
  private onlyLanguage(lang: number): Uint8Array {
    let mask = this.singleLanguageMasks[lang];
    if (!mask) {
      mask = new Uint8Array(this.languages.length);
      mask[lang] = 1;
      for (const l of this.sharedLanguages) mask[l] = 1;
      this.singleLanguageMasks[lang] = mask;
    }
    return mask;
  }

  /**
   * Reads a normalised message. `aliasHits` are statuses of alias phrases found inside the
   * message; they get the same vetoes. `split` is as for kindsOf. Returns null when nothing
   * points at any status.
   */
  evaluate(
    text: string,
    aliasHits: StatusMask = 0,
    split?: readonly string[],
    carried = 0,
  ): RuleVerdict | null {
    if (text.length === 0) return null;
    const read = this.qualifiedKinds(text, split) | carried;
    // "No problems found", "Problem resolved": the problem words name what is not, or no
    // longer, the case, so they neither read a problem nor hold back what the rest says ("Out
    // for delivery, no delays expected").
    const kinds = (read & RESOLVED) !== 0 ? read & ~PROBLEMS : read;
    // "Tracking number not found" is about the tracking system; "Held by customs - please
    // provide an invoice" is about the parcel, whatever system words come with it.
    if ((kinds & NOISE) !== 0 && (kinds & OUTRANKS_NOISE) === 0) {
      return { status: 'UNKNOWN', candidates: 1 };
    }

    let found = 0;
    for (let rest = aliasHits & ~UNKNOWN_BIT; rest !== 0; rest &= rest - 1) {
      const bit = rest & -rest;
      if (!this.aliasVetoes[31 - Math.clz32(bit)]!.some((all) => (kinds & all) === all)) {
        found |= bit;
      }
    }
    for (const rule of this.evidence) {
      if ((found & rule.bit) !== 0) continue;
      if ((kinds & rule.all) === rule.all && (kinds & rule.unless) === 0) found |= rule.bit;
    }

    const negated = (kinds & NEGATED) !== 0;
    const conditional = (kinds & CONDITIONAL) !== 0;
    // A parcel left at a pickup point, or only a notice delivered: the recipient must collect.
    // "Dropped off at an access point by the sender" names a pickup point the sender used;
    // "will be delivered to an access point" names where the parcel is going.
    const atPickupPoint =
      (((kinds & PICKUP_POINT) !== 0 && (kinds & (SENDER_PICKUP | FUTURE)) === 0) ||
        (kinds & NOTICE_DELIVERED) !== 0) &&
      (kinds & NEGATED_PICKUP) === 0;
    // "Delivered to the locker, sender notified": a pickup point the sender's side speaks of
    // ruled the waiting parcel out, and its "delivered" is the drop there, not the recipient's.
    const senderAtPoint =
      (kinds & (PICKUP_POINT | SENDER_PICKUP)) === (PICKUP_POINT | SENDER_PICKUP);
    found &= ~DELIVERED_BIT;
    if ((kinds & (NEGATED | CONDITIONAL | FUTURE | NOT_A_DELIVERY)) === 0) {
      if ((kinds & COLLECTED) !== 0) found |= DELIVERED_BIT;
      else if (
        !atPickupPoint &&
        !senderAtPoint &&
        ((aliasHits & DELIVERED_BIT) !== 0 || (kinds & DELIVERED_KIND) !== 0)
      ) {
        found |= DELIVERED_BIT;
      }
    }
    if (atPickupPoint && (found & DELIVERED_BIT) === 0) found |= PICKUP_BIT;
    // "Will be delivered to an access point", "en cours de livraison en point de retrait": on
    // its way there, not yet waiting in it, and the delivery round it is on is not the
    // recipient's.
    if ((kinds & (PICKUP_POINT | FUTURE)) === (PICKUP_POINT | FUTURE)) {
      found = (found & ~OUT_FOR_DELIVERY_BIT) | TRANSIT_BIT;
    }
    // A failed delivery with no attempt or notice is an exception (DESIGN rule 2).
    // "Not yet handed over by the sender" denies no delivery: the carrier has nothing yet.
    if (negated && (found & PICKUP_BIT) === 0 && (kinds & PRE_SHIPMENT) === 0) {
      found |= EXCEPTION_BIT;
    }
    if (conditional) found &= ~RETURNED_BIT;
    // "Attempted delivery - refused by customer": the refusal, not the attempt, is the news.
    if ((found & PICKUP_BIT) !== 0 && (kinds & REFUSED) !== 0) {
      found = (found & ~PICKUP_BIT) | EXCEPTION_BIT;
    }
    // "Held by import customs due to invoice missing", "retained by customs because the
    // consignee was unavailable": customs holds the parcel, and the reason it gives is not a
    // separate exception or attempt. Seizure or refusal (`refused`) still ends the delivery.
    if ((kinds & CUSTOMS_HOLD) !== 0 && (kinds & (CUSTOMS_DONE | REFUSED)) === 0) {
      found = (found & ~(EXCEPTION_BIT | PICKUP_BIT)) | CUSTOMS_BIT;
    }
    if ((kinds & PRE_SHIPMENT) !== 0) {
      // "The courier is on the way to collect it from the sender": no delivery round yet.
      found &= ~(TRANSIT_BIT | OUT_FOR_DELIVERY_BIT | ARRIVED_BIT);
      found |= INFO_BIT;
    }

    return found === 0 ? null : { status: strongest(found), candidates: countBits(found) };
  }
}
