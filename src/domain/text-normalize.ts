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
};
const SPECIAL_RE = /[ßẞæœøłđðþı]/g;
const COMBINING_RE = /\p{M}+/gu;

// Carriers put places, hubs and reference codes in brackets: 【Shenzhen】, [Madrid], (LONDON).
const BRACKETED_RE = /【[^】]*】|\[[^\]]*\]|\(([^)]*)\)|（([^）]*)）|「[^」]*」|<[^>]*>/g;
// Japanese and Korean carriers qualify a scan in round brackets: 持戻（住所不明）, 配達完了（宅配ボックス）,
// 배송중(출고). Round brackets holding CJK words and no digit (a phone number, a time, a hub
// code) are that qualifier, and keep their words; 【】 and [] stay places.
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const ANY_DIGIT_RE = /[\d０-９]/;
function dropBracketed(_match: string, round?: string, fullWidth?: string): string {
  const inner = round ?? fullWidth;
  if (inner === undefined || ANY_DIGIT_RE.test(inner) || !CJK_RE.test(inner)) return ' ';
  return ` ${inner} `;
}
/** Every bracket BRACKETED_RE opens with: most messages have none, and skip its scan. */
const OPENING_BRACKET_RE = /[【[(（「<]/;

// Dates and times anywhere: 2024-03-01, 01/03/2024, 1.3.24, 14:05(:33), 2pm.
const DATE_TIME_RE =
  /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?\b|\b\d{1,2}\s*(?:am|pm)\b/gi;

// Words that make a trailing segment part of the meaning, not a place to drop.
const MEANINGFUL_TAIL_RE =
  /locker|post|office|pick|collect|counter|door|porch|mailbox|recept|neighbo|agent|point|shop|station|custom|sender|return|individual|signed|left|refus|address|damag|delay/i;

/**
 * Drops `, CHICAGO, IL 60607`-style tails: comma-separated segments without lowercase
 * letters at the end of an otherwise mixed-case message.
 */
function stripTrailingPlaces(text: string): string {
  // Most messages have no comma at all: skip the Unicode letter scans for them.
  if (text.lastIndexOf(',') <= 0 || !/\p{Ll}/u.test(text)) return text;
  let out = text;
  for (;;) {
    const comma = out.lastIndexOf(',');
    if (comma <= 0) return out;
    const tail = out.slice(comma + 1);
    const head = out.slice(0, comma);
    if (/\p{Ll}/u.test(tail) || MEANINGFUL_TAIL_RE.test(tail) || !/\p{Ll}/u.test(head)) return out;
    out = head;
  }
}

/** Everything that is neither a letter, a digit, CJK nor whitespace becomes a space. */
const NON_WORD_RE = /[^\p{L}\p{N}\s]+/gu;
const NUMBER_TOKEN_RE = /(?:^|\s)[\d\s]+(?=\s|$)/g;
const WHITESPACE_RE = /\s+/g;

// Plain ASCII needs no Unicode folding: one cheap class replaces the \p{…} passes.
const NON_ASCII_RE = /[^\x20-\x7e]/;
const ASCII_NON_WORD_RE = /[^a-z0-9\s]+/g;
const DIGIT_RE = /\d/;

export function normalizeMessage(raw: string): string {
  if (!raw) return '';
  let text = OPENING_BRACKET_RE.test(raw) ? raw.replace(BRACKETED_RE, dropBracketed) : raw;
  // Every date or time begins with a digit.
  if (DIGIT_RE.test(text)) text = text.replace(DATE_TIME_RE, ' ');
  text = stripTrailingPlaces(text.trim());
  if (!NON_ASCII_RE.test(text)) {
    text = text.toLowerCase().replace(ASCII_NON_WORD_RE, ' ');
    // Without a digit the number pass could only merge spaces, which the next pass does.
    if (DIGIT_RE.test(text)) text = text.replace(NUMBER_TOKEN_RE, ' ');
    return text.replace(WHITESPACE_RE, ' ').trim();
  }
  text = text
    .normalize('NFKD')
    .replace(COMBINING_RE, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (ch) => SPECIAL_FOLDS[ch] ?? ch)
    .replace(NON_WORD_RE, ' ')
    .replace(NUMBER_TOKEN_RE, ' ')
    .replace(WHITESPACE_RE, ' ')
    .trim();
  return text;
}

/**
 * Case and diacritic folding only (no punctuation or place stripping), for text that must
 * keep its structure, such as the keyword patterns compiled against normalizeMessage() output.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_RE, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (ch) => SPECIAL_FOLDS[ch] ?? ch);
}
