import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CarrierCodes } from '../domain/carrier-codes.js';
import type { SearchVocabulary } from '../domain/search-language.js';
import type { AliasEntry } from '../domain/status-normalizer.js';
import { RULE_KINDS, type RuleFile } from '../domain/status-rule-language.js';
import { RuleSet } from '../domain/status-rules.js';
import { TRACKING_STATUSES } from '../domain/tracking-status.js';

export const CONTENT_DIR = fileURLToPath(new URL('../../content', import.meta.url));

const status = z.enum(TRACKING_STATUSES);
const locale = z.string().regex(/^[a-z]{2}$/);
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

const FaqContent = z.object({
  questions: z.array(
    z.object({
      slug,
      position: z.number().int().min(1),
      relatedStatuses: z.array(status),
      translations: z.record(
        locale,
        z.object({ title: z.string().min(1), body: z.string().min(1) }),
      ),
    }),
  ),
});

const StatusContent = z.object({
  statuses: z.array(
    z.object({
      code: status,
      actionRequired: z.boolean(),
      terminal: z.boolean(),
      staleAfterDays: z.number().int().min(1).nullable(),
      relatedQuestions: z.array(slug),
      mappings: z.record(z.string(), z.string().nullable()),
      translations: z.record(
        locale,
        z.object({
          title: z.string().min(1),
          meaning: z.string().min(1),
          guidance: z.string().min(1),
          nextSteps: z.array(z.string().min(1)).min(1),
        }),
      ),
    }),
  ),
});

const AliasContent = z.array(
  z.object({
    status,
    locale,
    phrase: z.string().trim().min(1).max(1000),
    source: z.enum(['help-center', 'carrier']),
  }),
);

const HandoffContent = z.object({
  defaultQueue: z.string().min(1),
  rules: z.array(
    z
      .object({
        status: status.optional(),
        questionSlug: slug.optional(),
        queue: z.string().min(1),
      })
      .refine((r) => r.status || r.questionSlug, 'a rule needs a status or a questionSlug'),
  ),
});

const SearchStopWords = z.record(locale, z.array(z.string().trim().min(1)));
const SearchSynonyms = z.record(locale, z.array(z.array(z.string().trim().min(1)).min(2)));

export type FaqContent = z.infer<typeof FaqContent>;
export type StatusContent = z.infer<typeof StatusContent>;
export type AliasContent = z.infer<typeof AliasContent>;

export interface Content {
  faq: FaqContent;
  statuses: StatusContent;
  aliases: AliasContent;
  handoff: z.infer<typeof HandoffContent>;
  search: SearchVocabulary;
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const raw = JSON.parse(await readFile(`${CONTENT_DIR}/${file}`, 'utf8'));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`content/${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

/** What a running server reads from content/ besides the database: handoff queues, search words. */
export type ServingContent = Pick<Content, 'handoff' | 'search'>;

export async function loadServingContent(): Promise<ServingContent> {
  const [handoff, stopWords, synonyms] = await Promise.all([
    readJson('handoff-queues.json', HandoffContent),
    readJson('search-stop-words.json', SearchStopWords),
    readJson('search-synonyms.json', SearchSynonyms),
  ]);
  return { handoff, search: { stopWords, synonyms } };
}

/** The files of content/ whose rows the seed writes, read by loadContent. */
const SEEDED = { aliases: 'aliases.json', faq: 'faq.json', statuses: 'statuses.json' } as const;
/** The same files, for the seed's fingerprint: a file read here is a file it covers. */
export const SEEDED_CONTENT_FILES = Object.values(SEEDED);

/** Reads and validates the seed knowledge; a broken content file stops startup with its path. */
export async function loadContent(): Promise<Content> {
  const [faq, statuses, aliases, serving] = await Promise.all([
    readJson(SEEDED.faq, FaqContent),
    readJson(SEEDED.statuses, StatusContent),
    readJson(SEEDED.aliases, AliasContent),
    loadServingContent(),
  ]);
  const slugs = new Set(faq.questions.map((q) => q.slug));
  for (const s of statuses.statuses) {
    const missing = s.relatedQuestions.find((q) => !slugs.has(q));
    if (missing)
      throw new Error(`content/statuses.json: ${s.code} links unknown question ${missing}`);
  }
  return { faq, statuses, aliases, ...serving };
}

/** A rule file's word entry (negator, towards, awaiting, modal, adverb): lower-case letters. */
function lowerCaseWords(shape: RegExp, shapeMessage: string, caseMessage: string) {
  return z
    .string()
    .regex(shape, shapeMessage)
    .refine((w) => w === w.toLowerCase(), caseMessage);
}

/** One phrase of lower-case words, its errors naming the list it is in. */
function wordPhrase(plural: string, shape = /^\p{L}+( \p{L}+)*$/u) {
  return lowerCaseWords(shape, `${plural} are words`, `${plural} are lower case`);
}

/** A list of phrases of lower-case words ("auf dem weg zur", "en attente de"). */
function wordPhrases(plural: string, shape?: RegExp) {
  return z.array(wordPhrase(plural, shape)).optional();
}

/** Single lower-case words ("erfolgreich", "bei"), named in their errors. */
function oneWords(plural: string, singular: string, shape = /^\p{L}+$/u) {
  return z
    .array(lowerCaseWords(shape, `a ${singular} is one word`, `${plural} are lower case`))
    .optional();
}

/** Phrases of up to four lower-case words ("not been", "will be"), named in their errors. */
function shortPhrases(plural: string, singular: string) {
  return z
    .array(
      wordPhrase(plural).refine(
        (w) => w.split(' ').length <= 4,
        `a ${singular} has at most four words`,
      ),
    )
    .optional();
}

/** An entry listed twice in one kind adds nothing and hides which copy an editor meant to change. */
function noRepeatedEntry(entries: readonly string[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (seen.has(entry)) {
      ctx.addIssue({ code: 'custom', path: [i], message: `"${entry}" is listed twice` });
    }
    seen.add(entry);
  });
}

const RuleFileContent = z.strictObject({
  language: z.string().regex(/^([a-z]{2}|mul)$/),
  name: z.string().min(1),
  notes: z.string().optional(),
  rules: z.partialRecord(
    z.enum(RULE_KINDS),
    z.array(z.string().trim().min(1).max(2000)).superRefine(noRepeatedEntry),
  ),
  negators: shortPhrases('negators', 'negator'),
  towards: wordPhrases('towards entries'),
  modals: shortPhrases('modals', 'modal'),
  awaiting: wordPhrases('awaiting entries'),
  negationAdverbs: oneWords('negation adverbs', 'negation adverb'),
  placePrepositions: oneWords('place prepositions', 'place preposition'),
  noAnswers: oneWords('no answers', 'no answer', /^[\p{L}\p{M}]+$/u),
  // Thai writes vowels and tones as marks (ถ้าไม่): the words may hold them.
  conditions: wordPhrases('conditions', /^[\p{L}\p{M}]+( [\p{L}\p{M}]+)*$/u),
  negativeMarks: z
    .array(
      lowerCaseWords(
        /^\p{L}{2,}$/u,
        'a negative mark is two letters or more',
        'negative marks are lower case',
      ),
    )
    .optional(),
});

/** content/rules/<lang>.json, each validated; a broken file stops startup with its name. */
export function loadRuleFiles(dir = `${CONTENT_DIR}/rules`): RuleFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = RuleFileContent.safeParse(JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`content/rules/${name}: ${issue?.path.join('.')}: ${issue?.message}`);
      }
      if (`${parsed.data.language}.json` !== name) {
        throw new Error(`content/rules/${name}: language "${parsed.data.language}" != file name`);
      }
      return parsed.data;
    });
}

/** content/aliases.json read synchronously, for tools that build an index without a database. */
export function loadAliasContentSync(): AliasContent {
  const parsed = AliasContent.safeParse(
    JSON.parse(readFileSync(`${CONTENT_DIR}/aliases.json`, 'utf8')),
  );
  if (!parsed.success) throw new Error(`content/aliases.json: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** The alias content as index entries, numbered in file order, for an index without a database. */
export function aliasEntriesSync(): AliasEntry[] {
  return loadAliasContentSync().map((a, i) => ({ ...a, id: i + 1 }));
}

let ruleSet: RuleSet | undefined;

/**
 * The compiled language rules, read once per process: they change with a deploy, like code.
 * Read synchronously so every alias index (built on startup and after each alias edit) has them.
 */
export function normalizerRules(): RuleSet {
  ruleSet ??= new RuleSet(loadRuleFiles());
  return ruleSet;
}

const CarrierCodeContent = z.strictObject({
  carrier: z.string().regex(/^[a-z0-9-]+$/),
  carriers: z.array(z.string().min(1)),
  name: z.string().min(1),
  source: z.string().min(1),
  codes: z
    .array(
      z.strictObject({
        code: z.string().trim().min(1).max(40),
        status,
        wording: z.string().min(1),
      }),
    )
    .min(1)
    .refine((codes) => new Set(codes.map((c) => c.code.toUpperCase())).size === codes.length, {
      message: 'a code is listed twice',
    }),
});

/** content/carrier-codes/<carrier>.json, validated; a broken table stops startup with its name. */
export function loadCarrierCodeTables(dir = `${CONTENT_DIR}/carrier-codes`) {
  // Integrations send a carrier's name: one name must lead to one table, or a code would be
  // read through whichever file happened to load last.
  const fileOfName = new Map<string, string>();
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = CarrierCodeContent.safeParse(
        JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')),
      );
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(
          `content/carrier-codes/${name}: ${issue?.path.join('.')}: ${issue?.message}`,
        );
      }
      for (const carrier of [parsed.data.carrier, ...parsed.data.carriers]) {
        const key = carrier.trim().toLowerCase();
        const other = fileOfName.get(key);
        if (other && other !== name) {
          throw new Error(
            `content/carrier-codes/${name}: carrier name "${carrier}" is also in ${other}`,
          );
        }
        fileOfName.set(key, name);
      }
      return parsed.data;
    });
}

let carrierCodes: CarrierCodes | undefined;

/** The carrier event-code tables, read once per process like the language rules. */
export function normalizerCarrierCodes(): CarrierCodes {
  carrierCodes ??= new CarrierCodes(loadCarrierCodeTables());
  return carrierCodes;
}
