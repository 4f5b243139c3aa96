/**
 * Cheap pre-filter for the rule regexes, one regex per rule entry. From each regex's source it
 * derives every literal a match can begin with (up to GRAM characters), or, where the beginning
 * cannot be bounded, literals one of which every match holds; a message is scanned once,
 * position by position, against hashed tries of those literals, and only the regexes whose
 * literal occurs in the message are run. Hash collisions only cause an extra regex run, never a
 * missed match, and a regex with neither kind of literal (".", "[^…]", optional everything)
 * always runs.
 */

import { HashedTrie, IdCollector } from './status-hashed-trie.js';
import { isAsciiWord } from './status-phrase-matcher.js';

// Long beginnings are what make the filter selective: with 4 characters "deli" (in nearly
// every message) woke every regex that mentions delivery; 12 tell "delivered to" apart.
const GRAM = 12;
/** Marks a beginning that must sit at a word start (`\b` or `^` before it). */
const MARK = '\u0001';
/** Marks a beginning that cannot be extended (what follows is unbounded); it stays valid. */
const END = '\u0002';
const MAX_SET = 4000;

type Grams = Set<string> | null;

const ESCAPE_CLASSES: Readonly<Record<string, string>> = {
  d: '0123456789',
  s: ' \t\n\r',
  w: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_',
};

/**
 * A regex source as the filter reads it (a subset of JS syntax): alternatives of sequences of
 * quantified atoms. One parser serves both analyses: the beginnings of a match and the literals
 * every match holds.
 */
type Sequence = readonly Item[];

interface Item {
  readonly atom: Atom;
  readonly min: number;
  readonly max: number;
}

type Atom =
  | { readonly t: 'group'; readonly alternatives: readonly Sequence[] }
  | { readonly t: 'look'; readonly negative: boolean; readonly alternatives: readonly Sequence[] }
  /** Characters one of which the atom matches; null for almost any ("." or "[^…]"). */
  | { readonly t: 'chars'; readonly chars: ReadonlySet<string> | null }
  /** "^" or "\\b": a match of what follows starts a word (or the text). */
  | { readonly t: 'wordStart' }
  /** "$" or "\\B": consumes nothing and bounds nothing. */
  | { readonly t: 'empty' };

const ANY: Atom = { t: 'chars', chars: null };
const AFTER_SPACE = '(?<![^ ])';
const QUANTIFIER_RE = /^\{(\d+)(,(\d*))?\}/;

class RegexParser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): readonly Sequence[] {
    const alternatives = this.alternation();
    if (this.pos !== this.src.length) throw new Error(`unparsed regex tail: ${this.src}`);
    return alternatives;
  }

  private alternation(): Sequence[] {
    const out = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      out.push(this.sequence());
    }
    return out;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      items.push(this.quantified());
    }
    return items;
  }

  private quantified(): Item {
    const atom = this.atom();
    const src = this.src;
    const c = src[this.pos];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.pos++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Number.POSITIVE_INFINITY;
    } else if (c === '{' && QUANTIFIER_RE.test(src.slice(this.pos))) {
      const m = QUANTIFIER_RE.exec(src.slice(this.pos))!;
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY;
    } else {
      return { atom, min, max };
    }
    if (src[this.pos] === '?') this.pos++; // lazy
    return { atom, min, max };
  }

  private atom(): Atom {
    const src = this.src;
    const c = src[this.pos]!;
    // "Preceded by a space or nothing": the spaced phrases' word start, as "\\b" is.
    if (src.startsWith(AFTER_SPACE, this.pos)) {
      this.pos += AFTER_SPACE.length;
      return { t: 'wordStart' };
    }
    if (c === '(') {
      this.pos++;
      let look: { negative: boolean } | null = null;
      if (src.startsWith('?:', this.pos)) this.pos += 2;
      else if (/^\?<?[=!]/.test(src.slice(this.pos, this.pos + 3))) {
        const behind = src[this.pos + 1] === '<';
        look = { negative: src[this.pos + (behind ? 2 : 1)] === '!' };
        this.pos += behind ? 3 : 2;
      }
      const alternatives = this.alternation();
      if (src[this.pos] !== ')') throw new Error(`unbalanced regex: ${src}`);
      this.pos++;
      return look
        ? { t: 'look', negative: look.negative, alternatives }
        : { t: 'group', alternatives };
    }
    if (c === '[') return this.charClass();
    this.pos++;
    if (c === '.') return ANY;
    if (c === '^') return { t: 'wordStart' };
    if (c === '$') return { t: 'empty' };
    if (c !== '\\') return { t: 'chars', chars: new Set([c]) };
    const e = src[this.pos++]!;
    if (e === 'b') return { t: 'wordStart' };
    if (e === 'B') return { t: 'empty' };
    const cls = ESCAPE_CLASSES[e];
    if (cls) return { t: 'chars', chars: new Set(cls) };
    if ((e === 'p' || e === 'P' || e === 'u') && src[this.pos] === '{') {
      this.pos = src.indexOf('}', this.pos) + 1;
      return ANY;
    }
    if (e === 'u') this.pos += 4;
    else if (e === 'x') this.pos += 2;
    if (/[DSWpPuxck0-9]/.test(e)) return ANY;
    return { t: 'chars', chars: new Set([e === 'n' ? '\n' : e === 't' ? '\t' : e]) };
  }

  private charClass(): Atom {
    const src = this.src;
    this.pos++;
    const negated = src[this.pos] === '^';
    if (negated) this.pos++;
    const chars = new Set<string>();
    let bounded = !negated;
    while (src[this.pos] !== ']') {
      if (this.pos >= src.length) throw new Error(`unbalanced regex: ${src}`);
      let ch = src[this.pos++]!;
      if (ch === '\\') {
        const e = src[this.pos++]!;
        const cls = ESCAPE_CLASSES[e];
        if (cls) {
          for (const x of cls) chars.add(x);
          continue;
        }
        if (/[DSWpP]/.test(e)) {
          bounded = false;
          if (src[this.pos] === '{') this.pos = src.indexOf('}', this.pos) + 1;
          continue;
        }
        ch = e === 'n' ? '\n' : e === 't' ? '\t' : e;
      }
      if (src[this.pos] === '-' && src[this.pos + 1] !== ']') {
        this.pos++;
        const to = src[this.pos++]!;
        for (let x = ch.charCodeAt(0); x <= to.charCodeAt(0); x++)
          chars.add(String.fromCharCode(x));
      } else {
        chars.add(ch);
      }
    }
    this.pos++;
    return { t: 'chars', chars: bounded ? chars : null };
  }
}

function parseRegex(source: string): readonly Sequence[] {
  return new RegexParser(source).parse();
}

/** Every string one of the alternatives can start with, cut at GRAM characters. */
function alternativesGrams(alternatives: readonly Sequence[]): Grams {
  let out: Grams = null;
  for (const [i, sequence] of alternatives.entries()) {
    const grams = sequenceGrams(sequence);
    if (!grams) return null;
    out = i === 0 ? grams : union(out!, grams);
    if (!out) return null;
  }
  return out;
}

function sequenceGrams(items: Sequence): Grams {
  let acc: Grams = new Set(['']);
  for (const item of items) {
    // Once every beginning is complete, what follows cannot change it; when what follows is
    // unbounded ("."), the beginnings so far are still required, so they become final.
    if (!acc || allFull(acc)) break;
    const grams = itemGrams(item);
    acc = grams ? concat(acc, grams) : finish(acc);
  }
  return acc;
}

function itemGrams({ atom, min, max }: Item): Grams {
  const grams = atomGrams(atom);
  if (min === 1 && max === 1) return grams;
  if (!grams) return null;
  // Repeating past GRAM characters adds nothing to the beginnings.
  const reps = Math.min(max, Math.max(min, GRAM));
  let acc: Grams = new Set(['']);
  for (let i = 0; i < reps && acc; i++) {
    const next = concat(acc, grams);
    acc = next && i >= min ? union(acc, next) : next;
  }
  return acc;
}

function atomGrams(atom: Atom): Grams {
  switch (atom.t) {
    case 'group':
      return alternativesGrams(atom.alternatives);
    // Lookarounds consume nothing; ignoring their condition only widens the filter.
    case 'look':
    case 'empty':
      return new Set(['']);
    case 'wordStart':
      return new Set([MARK]);
    case 'chars':
      return atom.chars ? new Set(atom.chars) : null;
  }
}

function strip(x: string): string {
  return x.replaceAll(MARK, '').replaceAll(END, '');
}

/** Characters of a beginning, not counting the marks. */
function contentLength(x: string): number {
  return strip(x).length;
}

function isFull(x: string): boolean {
  return x.endsWith(END) || contentLength(x) >= GRAM;
}

function allFull(a: Set<string>): boolean {
  for (const x of a) if (!isFull(x)) return false;
  return true;
}

function finish(a: Set<string>): Grams {
  const out = new Set<string>();
  for (const x of a) {
    if (contentLength(x) === 0) return null;
    out.add(isFull(x) ? x : x + END);
  }
  return out;
}

function join(x: string, y: string): string {
  // A word-start mark only counts at the very beginning, but it survives an empty start:
  // every pattern is wrapped in "(?:…)", so the "\b" that opens it arrives inside y.
  const xBody = x.charCodeAt(0) === 1 ? x.slice(1) : x;
  const yBody = y.charCodeAt(0) === 1 ? y.slice(1) : y;
  const lead = x.charCodeAt(0) === 1 || (xBody === '' && y.charCodeAt(0) === 1) ? MARK : '';
  const combined = xBody + yBody;
  const content = strip(combined);
  return lead + (content.length < GRAM ? combined : content.slice(0, GRAM));
}

function union(a: Set<string>, b: Set<string>): Grams {
  const out = new Set(a);
  for (const x of b) out.add(x);
  return out.size > MAX_SET ? null : out;
}

function concat(a: Set<string>, b: Set<string>): Grams {
  const out = new Set<string>();
  for (const x of a) {
    if (isFull(x)) out.add(x);
    else for (const y of b) out.add(join(x, y));
  }
  return out.size > MAX_SET ? null : out;
}

/** What the filter looks for: a regex's beginnings, else literals every match holds. */
export function filterGrams(source: string): Set<string> | null {
  return leadingGrams(source) ?? requiredGrams(source);
}

/** Literal beginnings of a regex, or null when a match can begin with almost anything. */
export function leadingGrams(source: string): Set<string> | null {
  return bounded(alternativesGrams(parseRegex(source)));
}

function bounded(grams: Grams): Set<string> | null {
  if (!grams) return null;
  for (const g of grams) if (contentLength(g) === 0) return null;
  return grams;
}

/** How selective a set of grams is: its shortest gram's length (longer is rarer). */
function strength(grams: Set<string>): number {
  let min = GRAM;
  for (const g of grams) min = Math.min(min, contentLength(g));
  return min;
}

/**
 * Literals one of which every match contains somewhere, for a regex whose beginning cannot be
 * bounded: "^(\w+ ){0,2}delivery attempt (none|tomorrow)$" can start with any word, but every
 * match holds "delivery attempt"; "^(?=.*\b(signed|left)\b).*\w+ no$" holds "signed" or "left".
 * A suffix of a sequence, or the inside of a required group or lookahead, is in every match.
 * Null when some alternative has no such literal.
 */
export function requiredGrams(source: string): Set<string> | null {
  return requiredOf(parseRegex(source));
}

function requiredOf(alternatives: readonly Sequence[]): Set<string> | null {
  let out: Set<string> | null = new Set();
  for (const items of alternatives) {
    let best: Set<string> | null = null;
    const consider = (grams: Set<string> | null) => {
      if (grams && (!best || strength(grams) > strength(best))) best = grams;
    };
    for (let k = 0; k < items.length && (!best || strength(best) < GRAM); k++) {
      const { atom, min } = items[k]!;
      // A negative lookaround's literals are what a match must NOT hold.
      if (atom.t === 'look' && atom.negative) continue;
      const grams = bounded(sequenceGrams(items.slice(k)));
      // After a space (or the start), what follows starts a word: looked up at word starts only.
      consider(grams && startsWord(items, k) ? marked(grams) : grams);
      if ((atom.t === 'group' || atom.t === 'look') && min > 0) {
        consider(requiredOf(atom.alternatives));
      }
    }
    if (!best) return null;
    out = union(out!, best);
    if (!out) return null;
  }
  return out;
}

/** Whether every way to reach item k of a sequence ends on a space or at a word start. */
function startsWord(items: Sequence, k: number): boolean {
  if (k === 0) return false;
  const { atom, min } = items[k - 1]!;
  if (atom.t === 'wordStart') return true;
  if (atom.t === 'look' || atom.t === 'empty') return startsWord(items, k - 1);
  const endsOnSpace =
    atom.t === 'chars'
      ? atom.chars !== null && atom.chars.size === 1 && atom.chars.has(' ')
      : atom.alternatives.every((alternative) => startsWord(alternative, alternative.length));
  return endsOnSpace && (min > 0 || startsWord(items, k - 1));
}

/** Grams marked as starting a word (those already marked stay as they are). */
function marked(grams: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const g of grams) out.add(g.charCodeAt(0) === 1 ? g : MARK + g);
  return out;
}

const WORD_CHAR = /[A-Za-z0-9_]/;

/**
 * Regexes by the literals that wake them: `candidates(text)` lists those worth running. Each rule
 * entry is its own regex here, so a message runs the few entries whose literal it holds, not the
 * whole alternation of a kind (thousands of characters tried at every position).
 */
export class RegexPrefilter {
  /** Beginnings that may sit anywhere, and those that must start a word. */
  private readonly anywhere = new HashedTrie();
  private readonly wordStart = new HashedTrie();
  private readonly always: number[] = [];
  private readonly woken = new IdCollector();
  private count = 0;

  /** Registers a regex and returns its id. */
  add(re: RegExp): number {
    const id = this.count++;
    const grams = re.flags.includes('i') ? null : filterGrams(re.source);
    if (!grams) {
      this.always.push(id);
      return id;
    }
    for (const raw of grams) {
      let g = strip(raw);
      // A beginning that opens with a space would wake a scan at every gap between words: what
      // follows the space is looked up instead, at a word start where it is a word's letter.
      const spaced = g.length > 1 && g.charCodeAt(0) === 32;
      if (spaced) g = g.slice(1);
      // \b before a non-word character means something else; look it up anywhere.
      const atWordStart = (spaced || raw.charCodeAt(0) === 1) && WORD_CHAR.test(g[0]!);
      (atWordStart ? this.wordStart : this.anywhere).add(g, id);
    }
    return id;
  }

  /** Whether no literal bounds the regex: it runs on every message. */
  runsAlways(id: number): boolean {
    return this.always.includes(id);
  }

  /** The ids of the regexes worth running on `text` (scratch, valid until the next call). */
  candidates(text: string): readonly number[] {
    const wordStart = this.wordStart;
    const anywhere = this.anywhere;
    const woken = this.woken;
    wordStart.prepare();
    anywhere.prepare();
    woken.reset();
    for (const id of this.always) woken.add(id);
    const n = text.length;
    let prevWord = false;
    // The start tables answer for most positions; only a known first character costs a scan.
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const word = isAsciiWord(c);
      if (word && !prevWord && wordStart.startsWith(c)) wordStart.scanFrom(text, i, GRAM, woken);
      if (anywhere.startsWith(c)) anywhere.scanFrom(text, i, GRAM, woken);
      prevWord = word;
    }
    return woken.found;
  }
}
