import { escapeRegex, UNSPACED } from './status-rule-language.js';
import { foldDiacritics, normalizeMessage } from './text-normalize.js';

/**
 * What a message says would happen if something else did ("If your parcel could not be
 * delivered, please contact us", "Falls Sie nicht zu Hause sind, wird das Paket beim Nachbarn
 * abgegeben", "如果派送失败，快递员会再次联系您") reports no event: those clauses are read out of
 * the message before the rules read it (RuleFile.conditions).
 */

/** Where a sentence ends: ". ", "!", "?", a line break, ";" and the CJK full stops. */
const SENTENCE_END_RE = /[.!?]+(?:\s+|$)|[\n\r;；。！？]+/;
/** Where a clause ends inside a sentence: a comma (not in "1,5") and the CJK commas. */
const CLAUSE_END_RE = /,\s+|,(?=\D)|[，、]/;

/**
 * Languages whose condition closes its clause (配達できない場合, "부재인 경우"): their conditions
 * may be a clause's last word.
 */
const CLOSING = new Set(['ja', 'ko']);

interface Condition {
  /** Folded words ("in case"), or the characters of an unspaced one ("如果"). */
  readonly text: string;
  /** In a script without spaces: found inside a run of letters. */
  readonly unspaced: boolean;
  /** Whether it may end its clause (CLOSING); others open theirs. */
  readonly closing: boolean;
  readonly languages: readonly number[];
}

export class ConditionClauses {
  private readonly conditions: Condition[] = [];
  /**
   * Any spaced condition of any language in a normalised text, and any unspaced one, asked
   * only of text in such a script: most texts hold none, and the word edges keep the test cheap.
   */
  private readonly spacedRe: RegExp | null;
  private readonly unspacedRe: RegExp | null;

  /** `files[i]`: the language and condition words of the rule file with index i. */
  constructor(files: readonly { language: string; conditions?: readonly string[] }[]) {
    const byText = new Map<string, number[]>();
    files.forEach((file, lang) => {
      for (const word of file.conditions ?? []) {
        const text = foldDiacritics(word);
        const langs = byText.get(text) ?? [];
        langs.push(lang);
        byText.set(text, langs);
      }
    });
    for (const [text, languages] of byText) {
      const closing = languages.some((l) => CLOSING.has(files[l]!.language));
      this.conditions.push({ text, unspaced: UNSPACED.test(text), closing, languages });
    }
    const spaced = this.conditions.filter((c) => !c.unspaced).map((c) => escapeRegex(c.text));
    const unspaced = this.conditions.filter((c) => c.unspaced).map((c) => escapeRegex(c.text));
    this.spacedRe = spaced.length ? new RegExp(`(?:^| )(?:${spaced.join('|')})(?= |$)`) : null;
    this.unspacedRe = unspaced.length ? new RegExp(unspaced.join('|')) : null;
  }

  /**
   * The message without what it says would happen if something else did, for languages
   * `inPlay` allows: a condition that opens its clause ("if", "falls", 如果) drops the clause from
   * itself on, one that closes it (CLOSING: 配達できない場合、…) the whole clause, and either drops
   * the clause after it in the same sentence, what would then happen ("…, it will be left with a
   * neighbour"). Null when it holds no condition; "" when nothing else is left. Ask `mayHold`
   * of the normalised text first: most messages hold none.
   */
  factualPart(raw: string, inPlay: (lang: number) => boolean): string | null {
    const active = this.conditions.filter((c) => c.languages.some(inPlay));
    if (active.length === 0) return null;
    let dropped = false;
    const sentences: string[] = [];
    for (const sentence of raw.split(SENTENCE_END_RE)) {
      const kept: string[] = [];
      // The clause after a hypothetical one says what would then happen; after that, facts.
      let consequence = false;
      const clauses = sentence.split(CLAUSE_END_RE).filter((clause) => clause?.trim());
      for (const [i, clause] of clauses.entries()) {
        const folded = normalizeMessage(clause);
        const at = this.conditionAt(folded, active, i + 1 < clauses.length);
        if (at < 0 && !consequence) {
          kept.push(clause.trim());
          continue;
        }
        dropped = true;
        consequence = at >= 0;
        // What the clause said before an opening condition, a word apart, stands: "派件中 …
        // 如有疑问"; "签收后如有问题" (if, after signing, there is a problem) is one condition.
        const before = at > 0 && folded[at - 1] === ' ' ? folded.slice(0, at).trim() : '';
        if (before) kept.push(before);
      }
      if (kept.length) sentences.push(kept.join(', '));
    }
    return dropped ? sentences.join('. ') : null;
  }

  /** Whether a normalised text holds a condition word of any language (not yet which count). */
  mayHold(text: string): boolean {
    return (
      this.spacedRe?.test(text) === true ||
      (UNSPACED.test(text) && this.unspacedRe?.test(text) === true)
    );
  }

  /**
   * Where in a normalised clause the hypothetical part starts: at a condition that opens onto
   * more words ("si vous êtes absent"), or at 0 for one that closes a clause after some words
   * with something said after it (CLOSING: 配達できない場合、持ち戻ります); -1 for none. A condition
   * with nothing after it is a field's value or a label: Spanish "Entregado: Sí" is "yes", and a
   * status list's "수취인이 거절한 경우" (the case: the recipient refused) names an event.
   */
  private conditionAt(folded: string, active: readonly Condition[], more: boolean): number {
    let first = -1;
    for (const c of active) {
      // The padded text's space before the word stands where the word starts in the clause.
      const at = c.unspaced ? folded.indexOf(c.text) : ` ${folded} `.indexOf(` ${c.text} `);
      if (at < 0) continue;
      const rest = folded.slice(at + c.text.length).trim();
      // After a condition in CJK letters, only more of them say what would happen: a Latin
      // word there is a place ("수취인이 거절한 경우 (Hamburg)").
      const after = c.unspaced ? UNSPACED.test(rest) : rest !== '';
      if (c.closing) {
        if (at > 0 && (after || more)) return 0;
      } else if (after && (first < 0 || at < first)) first = at;
    }
    return first;
  }
}
