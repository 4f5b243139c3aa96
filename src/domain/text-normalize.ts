import { decodeHTMLStrict } from 'entities';
import { SIMPLIFIED, TRADITIONAL } from './han-variants.js';

/**
 * Canonical form of a carrier message (DESIGN.md rule 6). Aliases and incoming messages pass
 * through the same function, so whatever is folded here is folded on both sides.
 */

// Letters that NFKD does not decompose into base + combining mark.
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  // Arabic spellings that vary for one word (NFKD already folds hamza and madda on alef):
  // final ى/ي and ة/ه are interchangeable in carrier text ("الشحنة"/"الشحنه"), alef wasla is an
  // alef, and the tatweel only stretches a word for looks.
  ى: 'ي',
  ة: 'ه',
  ٱ: 'ا',
  ـ: '',
};
const SPECIAL_RE = /[ßẞæœøłđðþıىةٱـ]/g;
// Marks are accents to fold away, except in the scripts that write vowels and tones as marks
// (Thai, Lao, Khmer, Myanmar, Tibetan and the Indic scripts): there they tell words apart, and
// without them รับ "receive" reads as ริบ "confiscate" and รอ "wait" turns up inside เรียบร้อย "done".
const COMBINING_RE =
  /(?:(?![\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff])\p{M})+/gu;

// Chinese carriers write the same word in traditional (Taiwan, Hong Kong) and simplified
// characters: 簽收/签收, 郵件/邮件. Both sides fold to simplified, so a rule or alias in either
// form reads the other. Japanese kanji in the table fold too; rules and messages alike.
const SIMPLIFIED_CHARS = Array.from(SIMPLIFIED);
const HAN_FOLDS = new Map<string, string>(
  Array.from(TRADITIONAL, (ch, i) => [ch, SIMPLIFIED_CHARS[i]!]),
);
const HAN_RE = new RegExp(`[${TRADITIONAL}]`, 'gu');
const foldHan = (ch: string) => HAN_FOLDS.get(ch) ?? ch;

// Carriers put places, hubs and reference codes in brackets: 【Shenzhen】, [Madrid], (LONDON).
const BRACKETED_RE = /【([^】]*)】|\[[^\]]*\]|\(([^)]*)\)|（([^）]*)）|「[^」]*」|<[^>]*>/g;
/** A bracket's content that is a field and its number: "Code: 1234", "Ref.: A-77/3". */
const FIELD_RE = /^\s*\p{L}[\p{L}. ]{0,20}:\s*[\p{L}\p{N}/-]*\d[\p{L}\p{N}/-]*\s*$/u;
// Carriers qualify a scan in round brackets: 持戻（住所不明）, 配達完了（宅配ボックス）,
// 배송중(출고), "attempt failed(Customer rejected)", "Передано курьеру (водителю)",
// "Kabul Etmedi (Reddetti)". Round brackets holding words in running text (a lowercase
// letter) or CJK words are that qualifier and keep their words (a phone number beside them
// goes with the number pass); capitals-only or digit-only round brackets, (LONDON), (KEL),
// (348089408741), are places and codes, and [] stay places and codes.
/** Chinese and Japanese letters: written without spaces between words. */
const HAN_KANA = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const CJK_LETTERS = `${HAN_KANA}\\p{Script=Hangul}`;
const QUALIFIER_RE = new RegExp(`[\\p{Ll}${CJK_LETTERS}]`, 'u');
// 【北京通州营业部】, 【上海转运中心】: a Chinese hub's name ends in what kind of place it is
// (营业部 delivers, 转运中心 forwards), and the message often says no more. Latin 【Shenzhen】 is
// only a place.
const CJK_RE = new RegExp(`[${CJK_LETTERS}]`, 'u');
// Chinese and Japanese put no space between words: a code dropped from inside a run,
// "日本(KIX)に到着", must not split 日本に到着 in two.
const UNSPACED_CHAR_RE = new RegExp(`[${HAN_KANA}]`, 'u');
function gapFor(match: string, offset: number, whole: string): string {
  return UNSPACED_CHAR_RE.test(whole.charAt(offset - 1)) &&
    UNSPACED_CHAR_RE.test(whole.charAt(offset + match.length))
    ? ''
    : ' ';
}
/** A String.replace callback for BRACKETED_RE: its groups, then where the match sits. */
type BracketReplacer = (
  match: string,
  lenticular: string | undefined,
  round: string | undefined,
  fullWidth: string | undefined,
  offset: number,
  whole: string,
) => string;
const dropBracketed: BracketReplacer = (match, lenticular, round, fullWidth, offset, whole) => {
  if (lenticular !== undefined) {
    if (!CJK_RE.test(lenticular)) return gapFor(match, offset, whole);
    // Inside a sentence the bracket names a party the sentence is about ("已由【门卫】代收"):
    // it stays in the run. Before or after the text it is a place of its own.
    return gapFor(match, offset, whole) === '' ? lenticular : ` ${lenticular} `;
  }
  const inner = round ?? fullWidth;
  if (inner === undefined || !QUALIFIER_RE.test(inner)) return gapFor(match, offset, whole);
  // A field and its number, "(Code: 1234)", "(Ref.: A-77)": a reference, not a qualifier ("Out for
  // pickup (Code: 1234)" is no pickup code).
  if (FIELD_RE.test(inner)) return gapFor(match, offset, whole);
  // A word's optional ending, "Paket(e) geliefert", "item(s) delivered", "envoyé(s)": the
  // word, not a word of its own between the two that make the phrase. A glued short negation,
  // "Delivered(no)", is a word and stays.
  if (
    round !== undefined &&
    WORD_ENDING_RE.test(round) &&
    !SHORT_NEGATION_RE.test(round) &&
    LETTER_RE.test(whole.charAt(offset - 1))
  ) {
    return '';
  }
  return ` ${inner} `;
};
const WORD_ENDING_RE = /^\p{Ll}{1,3}$/u;
const SHORT_NEGATION_RE = /^(?:no|not|non|nie|ne|ni|nu|nem|ei|nej|yok|не|ні)$/u;
const LETTER_RE = /\p{L}/u;
// In a message written all in capitals, a capitals-only bracket cannot be told from a place by
// its case, and it is as often the news: "ENTREGA ANULADA (DEVUELTA)", "PAKET TELAH SAMPAI DI
// (KONSOLIDATOR TUJUAN)". There its words stay unless they are a short code ((CIR), (KEL)).
const LOWER_RE = /\p{Ll}/u;
const SHOUTED_WORD_RE = /\p{Lu}{4}/u;
const keepShouted: BracketReplacer = (match, lenticular, round, fullWidth, offset, whole) => {
  const inner = round ?? fullWidth;
  if (inner !== undefined && SHOUTED_WORD_RE.test(inner)) return ` ${inner} `;
  return dropBracketed(match, lenticular, round, fullWidth, offset, whole);
};
/** Every bracket BRACKETED_RE opens with: most messages have none, and skip its scan. */
const OPENING_BRACKETS = '【[(（「<';

// Dates and times anywhere: 2024-03-01, 01/03/2024, 1.3.24, 14:05(:33), 2pm, and a feed's ISO
// timestamp, 2024-03-01T14:05:33.000+01:00, whose "T" and zone would otherwise stay as words.
const DATE_TIME_RE =
  /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:t\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:z|[+-]\d{2}(?::?\d{2})?)?)?\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?\b|\b\d{1,2}\s*(?:am|pm)\b/gi;

// Dates and times as Chinese, Japanese and Korean write them: 2026年3月12日, 3月12日, 14時35分,
// 2026년 3월 12일, 14시 35분. A bare hour is left alone: 1時間 and 2시간 are durations.
const CJK_DATE_TIME_RE =
  /(?<!\d)(?:\d{2,4} ?年 ?)?\d{1,2} ?月 ?\d{1,2} ?[日号號]|(?<!\d)\d{1,2} ?[時时] ?\d{1,2} ?分(?: ?\d{1,2} ?秒)?|(?<!\d)(?:\d{2,4}년 ?)?\d{1,2}월 ?\d{1,2}일|(?<!\d)\d{1,2}시 ?\d{1,2}분/g;

// Words that make a trailing segment part of the meaning, not a place to drop.
const MEANINGFUL_TAIL_RE =
  /locker|post|office|pick|collect|counter|door|porch|mailbox|recept|neighbo|agent|point|shop|station|custom|sender|return|individual|signed|left|refus|address|damag|delay/i;

/**
 * Drops `, CHICAGO, IL 60607`-style tails: comma-separated segments without lowercase
 * letters at the end of an otherwise mixed-case message. Letters of caseless scripts (Chinese,
 * Japanese, Korean, Arabic, Thai, Hebrew) are never lowercase and are not capitals either: a
 * tail holding them is text ("Status: 快件交给张三,正在派送途中" lost its "out for delivery").
 */
const TEXT_TAIL_RE = /[\p{Ll}\p{Lo}]/u;

function stripTrailingPlaces(text: string): string {
  // Most messages have no comma at all: skip the Unicode letter scans for them.
  if (text.lastIndexOf(',') <= 0 || !/\p{Ll}/u.test(text)) return text;
  let out = text;
  for (;;) {
    const comma = out.lastIndexOf(',');
    if (comma <= 0) return out;
    const tail = out.slice(comma + 1);
    const head = out.slice(0, comma);
    if (TEXT_TAIL_RE.test(tail) || MEANINGFUL_TAIL_RE.test(tail) || !/\p{Ll}/u.test(head)) {
      return out;
    }
    out = head;
  }
}

// A number's label goes with the number: "Order No. 5", "Envío Nº 123", "Отправление № 123",
// "Sendung Nr. 12345". Left behind, "No"/"Nº"/"№" (NFKD folds the last two to "no") reads as
// the negation of the next word: "envio no entregado". An ordinal ("No 2nd attempt") is not a
// number label and stays. The label is a word of its own: "\b" would find one after any letter
// it does not count as a word's ("Dodáno 12.3.", delivered on 12 March, lost its "no").
const NUMBER_LABEL_RE =
  /(?:(?<![\p{L}\p{N}_])(?:n[oº°]|nr|nro|num|núm)\.?|№)\s*[#:]?\s*\d+(?:[\s/-]\d+)*(?![\p{L}\p{N}])/giu;

// Messages copied from carriers' web pages and XML feeds keep their markup: "livr&eacute;",
// "Zu&shy;stellung" (German pages hyphenate long words with invisible soft hyphens), a zero-width
// space or a direction mark inside a word. Left alone, each splits its word in two ("zu
// gestellt" reads as something else); invisible format characters go, entities are decoded.
const MARKUP_RE = /[&\p{Cf}]/u;
const FORMAT_CHAR_RE = /\p{Cf}+/gu;
function readMarkup(text: string): string {
  return (text.includes('&') ? decodeHTMLStrict(text) : text).replace(FORMAT_CHAR_RE, '');
}

// Tracking numbers and reference codes mix letters and digits ("RR123456785CN",
// "1Z999AA10123456784", a postal code "1012AB"): like a number, such a word says nothing of the
// status, and left in place it keeps a wording from being the whole message or two words from
// being next to each other. Four digits at least, so "4px", "dhl24" or "kuaidi100" stay.
const CODE_WORD_RE = /(?:^| )(?=[a-z]*\d)(?=(?:[a-z]*\d){4})[a-z\d]+(?= |$)/g;
function dropCodes(text: string): string {
  return text.replace(CODE_WORD_RE, '').trim();
}

// German writes both genders with a star, an underscore or a middle dot: "Empfänger*in",
// "Zusteller_innen", "Nachbar·in". Left alone, "in" is a word of its own between the noun and
// its verb ("der Empfänger*in übergeben"); the noun alone is what the rules list. The colon form
// ("Empfänger:in") is left out: "Order:in transit" would lose its "in". Nor is an "_in" that
// another underscore follows: an enum's words joined by underscores ("Sendung_in_Zustellung",
// "Held_in_Customs") keep their "in".
const GENDER_MARK_RE = /[*_·]in/;
const GENDER_FORMS_RE = /(\p{Ll})[*_·](?:in|innen)(?![\p{L}\p{N}_])/gu;

/*
 * Most messages hold no markup, no gender mark, no bracket and often no digit: one scan of their
 * UTF-16 units says which of normalizeMessage's passes may apply, instead of a regex test per
 * pass (the Unicode class of MARKUP_RE alone cost a third of a microsecond a message). The bracket
 * hint is exact (it marks every opening bracket BRACKETED_RE knows); the others are a "may", and
 * their passes still run their own test where the hint is set.
 */
const MAY_HOLD_MARKUP = 1;
const MAY_MARK_GENDER = 2;
const MAY_BRACKET = 4;
const MAY_HOLD_DIGIT = 8;
const HINTS = new Uint8Array(0x10000);
HINTS[0x26] = MAY_HOLD_MARKUP;
// Format characters (\p{Cf}) of the Basic Multilingual Plane sit in these blocks; a high
// surrogate may begin one of the supplementary planes'.
for (const [from, to] of [
  [0xad, 0xad],
  [0x600, 0x70f],
  [0x890, 0x8ff],
  [0x180e, 0x180e],
  [0x2000, 0x206f],
  [0xd800, 0xdbff],
  [0xfeff, 0xfeff],
  [0xfff0, 0xffff],
] as const) {
  for (let c = from; c <= to; c++) HINTS[c] = MAY_HOLD_MARKUP;
}
for (const c of '*_·') HINTS[c.charCodeAt(0)]! |= MAY_MARK_GENDER;
for (const c of OPENING_BRACKETS) HINTS[c.charCodeAt(0)]! |= MAY_BRACKET;
for (let c = 0x30; c <= 0x39; c++) HINTS[c] = MAY_HOLD_DIGIT;

function hintsOf(text: string): number {
  let hints = 0;
  for (let i = 0; i < text.length; i++) hints |= HINTS[text.charCodeAt(i)]!;
  return hints;
}

/** Everything that is neither a letter, a kept mark, a digit nor whitespace becomes a space. */
const NON_WORD_RE = /[^\p{L}\p{M}\p{N}\s]+/gu;
const NUMBER_TOKEN_RE = /(?:^|\s)[\d\s]+(?=\s|$)/g;
const WHITESPACE_RE = /\s+/g;
const DIGIT_RE = /\d/;
const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;

export function normalizeMessage(message: string): string {
  if (!message) return '';
  let hints = hintsOf(message);
  let marked = message;
  if ((hints & MAY_HOLD_MARKUP) !== 0 && MARKUP_RE.test(message)) {
    marked = readMarkup(message);
    // A decoded entity can be a bracket or a digit ("&#40;", "&#50;").
    hints = hintsOf(marked);
  }
  const raw =
    (hints & MAY_MARK_GENDER) !== 0 && GENDER_MARK_RE.test(marked)
      ? marked.replace(GENDER_FORMS_RE, '$1')
      : marked;
  let text =
    (hints & MAY_BRACKET) !== 0
      ? raw.replace(
          BRACKETED_RE,
          LOWER_RE.test(raw.replace(BRACKETED_RE, ' ')) ? dropBracketed : keepShouted,
        )
      : raw;
  // Every date or time begins with a digit.
  if ((hints & MAY_HOLD_DIGIT) !== 0 && DIGIT_RE.test(text)) {
    text = text
      .replace(DATE_TIME_RE, ' ')
      .replace(NUMBER_LABEL_RE, ' ')
      // Inside a run of letters written without spaces the date leaves no gap: 于3月12日签收.
      .replace(CJK_DATE_TIME_RE, gapFor);
  }
  let folded = foldWords(stripTrailingPlaces(text.trim()));
  if (DIGIT_RE.test(folded)) folded = dropCodes(folded);
  return MIXED_SCRIPTS_RE.test(folded) ? readLookalikes(folded) : folded;
}

/**
 * Latin letters that look like Cyrillic or Greek ones, lowercased: carriers' systems (and their
 * operators) type "Взeмане", "обработенa" with a Latin e or a, Dailycourier "Aναμονή" with a
 * Latin A, which no Cyrillic or Greek phrase reads. Uppercase look-alikes (B, H, M, T) arrive
 * here lowercased.
 */
interface LookalikeScript {
  /** A letter of the script next to a Latin one: some word mixes the two. */
  readonly mixed: RegExp;
  /** A letter of the script. */
  readonly letter: RegExp;
  /** A word of the script's letters, digits and the Latin look-alikes only. */
  readonly only: RegExp;
  readonly latin: RegExp;
  readonly map: Readonly<Record<string, string>>;
}

function lookalikeScript(range: string, map: Record<string, string>): LookalikeScript {
  const latin = Object.keys(map).join('');
  return {
    mixed: new RegExp(`[${range}][a-z]|[a-z][${range}]`),
    letter: new RegExp(`[${range}]`),
    only: new RegExp(`^(?:[${range}0-9]|[${latin}])+$`),
    latin: new RegExp(`[${latin}]`, 'g'),
    map,
  };
}

const LOOKALIKE_SCRIPTS: readonly LookalikeScript[] = [
  lookalikeScript('\\u0400-\\u04ff', {
    a: 'а',
    b: 'в',
    c: 'с',
    e: 'е',
    h: 'н',
    k: 'к',
    m: 'м',
    o: 'о',
    p: 'р',
    t: 'т',
    x: 'х',
    y: 'у',
  }),
  lookalikeScript('\\u0370-\\u03ff', {
    a: 'α',
    b: 'β',
    e: 'ε',
    h: 'η',
    i: 'ι',
    k: 'κ',
    m: 'μ',
    n: 'ν',
    o: 'ο',
    p: 'ρ',
    t: 'τ',
    x: 'χ',
    y: 'υ',
    z: 'ζ',
  }),
];
/**
 * Either script's `mixed`, in one scan of the text (their Unicode blocks are adjacent): most
 * messages have no such word and pay for one scan, not one per script.
 */
const MIXED_SCRIPTS_RE = /[\u0370-\u04ff][a-z]|[a-z][\u0370-\u04ff]/;
const WORD_RE = /[^ ]+/g;

/**
 * A Cyrillic or Greek word with Latin look-alike letters (and no other Latin) is read in its
 * own script.
 */
function readLookalikes(text: string): string {
  const scripts = LOOKALIKE_SCRIPTS.filter((script) => script.mixed.test(text));
  return text.replace(WORD_RE, (word) => {
    for (const script of scripts) {
      if (script.letter.test(word) && script.only.test(word)) {
        return word.replace(script.latin, (c) => script.map[c]!);
      }
    }
    return word;
  });
}

/**
 * Signs that NFKD spells with letters (℠, ℡, ™) separate words: "Access Point™" reads
 * "access point", not "access pointtm".
 */
const LETTERLIKE_SIGN_RE = /[\u2120-\u2122]/;
const LETTERLIKE_SIGNS_RE = new RegExp(LETTERLIKE_SIGN_RE.source, 'g');

/**
 * The folding passes of normalizeMessage as regexes over the whole text: the reference that
 * foldWords must equal, and the reader of text where lowercasing depends on context.
 */
export function foldWordsByRegex(text: string): string {
  return foldDiacritics(text.replace(LETTERLIKE_SIGNS_RE, ' '))
    .replace(NON_WORD_RE, ' ')
    .replace(NUMBER_TOKEN_RE, ' ')
    .replace(WHITESPACE_RE, ' ')
    .trim();
}

/*
 * foldWords reads the text once, character by character, instead of seven regex passes (the
 * normaliser runs on every message). Decomposition, mark removal and case folding act on each
 * character alone, so each character's folded form is worked out once and kept; the one
 * exception is the Greek capital sigma, whose lowercase depends on the next letter.
 */

/** A character that folds to itself and is part of a word. */
const SAME = 1;
/** A character that separates words. */
const GAP = 2;
/** A character with a folded form of its own, kept in FOLDED. */
const OTHER = 3;
/** A character whose lowercase depends on its neighbours: the whole text takes the regexes. */
const CONTEXTUAL = 4;
/** A combining mark: it vanishes without splitting the word it sits in. */
const MARK = 5;

const SIGMA = 'Σ';

/** How each UTF-16 unit (below 0x10000) folds; 0 until first seen. */
const KIND = new Uint8Array(0x10000);
const FOLDED = new Map<number, string>();

function learn(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  const bare = ch.normalize('NFKD').replace(COMBINING_RE, '');
  let kind: number;
  if (LETTERLIKE_SIGN_RE.test(ch)) kind = GAP;
  else if (bare.includes(SIGMA)) kind = CONTEXTUAL;
  else {
    let folded = '';
    for (const c of foldLetters(bare)) {
      folded += WORD_CHAR_RE.test(c) ? c : ' ';
    }
    if (folded === ch) kind = SAME;
    else if (folded === '') kind = MARK;
    else if (folded.trim() === '') kind = GAP;
    else {
      kind = OTHER;
      FOLDED.set(codePoint, folded);
    }
  }
  if (codePoint < 0x10000) KIND[codePoint] = kind;
  return kind;
}

/** ASCII folds by table: the lowercase letter or digit, or 0 for a gap. */
const ASCII = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) {
  const ch = String.fromCharCode(c).toLowerCase();
  ASCII[c] = /[a-z0-9]/.test(ch) ? ch.charCodeAt(0) : 0;
}

let out = new Uint16Array(256);

// Decoding the UTF-16 units natively is faster than String.fromCharCode over them. Lone
// surrogates, which it would replace, never reach the output: they separate words.
const UTF16 = new TextDecoder('utf-16le');

/** buf[0..len) as a string. */
function decode(buf: Uint16Array, len: number): string {
  return UTF16.decode(buf.subarray(0, len));
}

/**
 * Decomposes, drops marks, lowercases and folds special letters; splits into words of letters
 * and digits, drops words that are only ASCII digits, joins them with single spaces.
 */
export function foldWords(text: string): string {
  const n = text.length;
  // A character adds at most itself and a space; only OTHER folds can be longer.
  if (out.length < 2 * n + 2) out = new Uint16Array(2 * n + 64);
  let buf = out;
  let len = 0;
  // The current word starts at `start` in buf; it is dropped if it is only ASCII digits.
  let start = -1;
  let digits = true;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      c = ASCII[c]!;
      if (c === 0) {
        if (start >= 0 && digits) len = start > 0 ? start - 1 : 0;
        start = -1;
        continue;
      }
      if (start < 0) {
        if (len > 0) buf[len++] = 32;
        start = len;
        digits = true;
      }
      buf[len++] = c;
      if (c > 57) digits = false;
      continue;
    }
    let codePoint = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    let kind = codePoint < 0x10000 ? KIND[codePoint]! : 0;
    if (kind === 0) kind = learn(codePoint);
    if (kind === SAME && codePoint < 0x10000) {
      if (start < 0) {
        if (len > 0) buf[len++] = 32;
        start = len;
      }
      buf[len++] = c;
      digits = false;
      continue;
    }
    if (kind === MARK) continue;
    if (kind === CONTEXTUAL) return foldWordsByRegex(text);
    const folded =
      kind === SAME ? String.fromCodePoint(codePoint) : kind === GAP ? ' ' : FOLDED.get(codePoint)!;
    // Room for the rest of the text as well as this fold.
    const need = len + 2 * folded.length + 2 * (n - i);
    if (need > buf.length) {
      const grown = new Uint16Array(2 * need);
      grown.set(buf.subarray(0, len));
      buf = grown;
      out = grown;
    }
    for (let k = 0; k < folded.length; k++) {
      c = folded.charCodeAt(k);
      if (c === 32) {
        if (start >= 0 && digits) len = start > 0 ? start - 1 : 0;
        start = -1;
        continue;
      }
      if (start < 0) {
        if (len > 0) buf[len++] = 32;
        start = len;
        digits = true;
      }
      buf[len++] = c;
      if (c < 48 || c > 57) digits = false;
    }
  }
  if (start >= 0 && digits) len = start > 0 ? start - 1 : 0;
  return decode(buf, len);
}

/**
 * Case, diacritic and Chinese character-form folding only (no punctuation or place
 * stripping), for text that must keep its structure, such as the keyword patterns compiled
 * against normalizeMessage() output.
 */
export function foldDiacritics(text: string): string {
  return foldLetters(text.normalize('NFKD').replace(COMBINING_RE, ''));
}

/**
 * Case, then the letters decomposition leaves alone (ß, ł, Arabic spelling variants) and
 * traditional Chinese characters: the one fold chain behind foldDiacritics, the regex reference
 * and the per-character table of foldWords, so a fold added here reaches all three.
 */
function foldLetters(bare: string): string {
  return bare
    .toLowerCase()
    .replace(SPECIAL_RE, (ch) => SPECIAL_FOLDS[ch] ?? ch)
    .replace(HAN_RE, foldHan);
}
