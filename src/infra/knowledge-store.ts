import { createHash, randomUUID } from 'node:crypto';
import { asc, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { normalizerCarrierCodes, normalizerRules } from '../db/content.js';
import { normalizerKnownWordings, normalizerSuggester } from '../db/corpus.js';
import {
  faqQuestions,
  statusAliases,
  statusDefinitions,
  statusQuestionLinks,
  statusTexts,
} from '../db/schema.js';
import { buildSearchIndex, type SearchIndex } from '../domain/faq-search.js';
import type { HandoffRouting } from '../domain/handoff-routing.js';
import {
  EMPTY_SEARCH_VOCABULARY,
  type SearchVocabulary,
  searchLanguage,
} from '../domain/search-language.js';
import {
  type AliasEntry,
  type AliasIndex,
  buildAliasIndex,
  type MatchMethod,
} from '../domain/status-normalizer.js';
import type { TrackingStatus } from '../domain/tracking-status.js';

export interface StatusText {
  title: string;
  meaning: string;
  guidance: string;
  nextSteps: string[];
}

export interface StatusRecord {
  code: TrackingStatus;
  position: number;
  actionRequired: boolean;
  terminal: boolean;
  staleAfterDays: number | null;
  mappings: Record<string, string | null>;
  texts: ReadonlyMap<string, StatusText>;
  questionSlugs: readonly string[];
  aliases: readonly AliasEntry[];
}

export interface KnowledgeSnapshot {
  /**
   * Hash of the reference data: the same on every instance holding the same knowledge, so a
   * shared response cache keyed on it never serves answers from before an alias change.
   */
  readonly fingerprint: string;
  readonly statuses: readonly StatusRecord[];
  readonly byCode: ReadonlyMap<TrackingStatus, StatusRecord>;
  readonly statusesBySlug: ReadonlyMap<string, readonly TrackingStatus[]>;
  readonly aliasById: ReadonlyMap<number, AliasEntry>;
  readonly aliasIndex: AliasIndex;
  readonly statusLocales: ReadonlySet<string>;
  readonly faqLocales: ReadonlySet<string>;
  /** FAQ questions by id and by `locale\0slug`: linked from statuses and explanations. */
  readonly questionsById: ReadonlyMap<number, FaqQuestionRow>;
  readonly questionsBySlug: ReadonlyMap<string, FaqQuestionRow>;
  /** Which agent queue a handoff goes to; content data, not database rows. */
  readonly handoffRouting: HandoffRouting;
  /** FAQ search index per locale, rebuilt with the snapshot when an editor changes a question. */
  readonly faqSearch: ReadonlyMap<string, SearchIndex<FaqQuestionRow>>;
}

export const questionKey = (locale: string, slug: string) => `${locale}\u0000${slug}`;

export type FaqQuestionRow = typeof faqQuestions.$inferSelect;

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Status definitions and aliases are reference data read on every normalisation and lookup:
 * they live in memory and are reloaded when an editor changes them, instead of being queried
 * per request.
 */
export class KnowledgeStore {
  /** Tells this store's own change notifications from other instances'. */
  readonly instanceId = randomUUID();
  #snapshot: KnowledgeSnapshot | undefined;

  constructor(
    private readonly db: Db,
    private readonly handoffRouting: HandoffRouting,
    private readonly options: {
      onMatch?: (method: MatchMethod) => void;
      /** Stop words and synonyms for FAQ search (content files). */
      searchVocabulary?: SearchVocabulary;
    } = {},
  ) {}

  get current(): KnowledgeSnapshot {
    if (!this.#snapshot) throw new Error('KnowledgeStore.refresh() must run before use');
    return this.#snapshot;
  }

  /** Builds what the snapshot builds on first use, so that no request waits for it later. */
  warm(): void {
    const snapshot = this.#snapshot;
    if (!snapshot) return;
    void snapshot.aliasIndex;
    void snapshot.faqSearch;
  }

  async refresh(): Promise<KnowledgeSnapshot> {
    const [definitions, texts, links, aliases, questions] = await Promise.all([
      this.db.select().from(statusDefinitions).orderBy(asc(statusDefinitions.position)),
      this.db.select().from(statusTexts),
      this.db.select().from(statusQuestionLinks),
      this.db
        .select({
          id: statusAliases.id,
          status: statusAliases.status,
          locale: statusAliases.locale,
          phrase: statusAliases.phrase,
          source: statusAliases.source,
        })
        .from(statusAliases)
        .where(isNull(statusAliases.removedAt))
        .orderBy(asc(statusAliases.id)),
      this.db.select().from(faqQuestions),
    ]);
    const locales = [...new Set(questions.map((q) => q.locale))].map((locale) => ({ locale }));
    const textsByCode = groupBy(texts, (t) => t.code);
    const slugsByCode = groupBy(links, (l) => l.status);
    const aliasesByCode = groupBy(aliases, (a) => a.status);
    const statuses = definitions.map(
      (d): StatusRecord => ({
        ...d,
        texts: new Map((textsByCode.get(d.code) ?? []).map((t) => [t.locale, t])),
        questionSlugs: (slugsByCode.get(d.code) ?? []).map((l) => l.questionSlug).sort(),
        aliases: aliasesByCode.get(d.code) ?? [],
      }),
    );
    let aliasIndex: AliasIndex | undefined;
    let faqSearch: KnowledgeSnapshot['faqSearch'] | undefined;
    const observed = (index: AliasIndex) => this.#observed(index);
    const statusesBySlug = new Map<string, TrackingStatus[]>();
    for (const s of statuses) {
      for (const slug of s.questionSlugs) {
        statusesBySlug.set(slug, [...(statusesBySlug.get(slug) ?? []), s.code]);
      }
    }
    const byCode = new Map(statuses.map((s) => [s.code, s]));
    // The names of the statuses a question explains, in its language (English when untranslated).
    const topicsOf = (q: FaqQuestionRow) =>
      (statusesBySlug.get(q.slug) ?? [])
        .map((code) => {
          const texts = byCode.get(code)?.texts;
          return (texts?.get(q.locale) ?? texts?.get('en'))?.title ?? '';
        })
        .join('\n');
    const searchIndexes = (rows: FaqQuestionRow[]) => this.#searchIndexes(rows, topicsOf);
    this.#snapshot = {
      fingerprint: createHash('sha256')
        .update(
          JSON.stringify([
            definitions,
            texts,
            links,
            aliases,
            [...locales.map((l) => l.locale)].sort(),
            // Search results and question fields depend on the questions' content.
            questions.map((q) => [q.id, q.revision]).sort((a, b) => a[0]! - b[0]!),
          ]),
        )
        .digest('base64url')
        .slice(0, 16),
      statuses,
      byCode,
      statusesBySlug,
      aliasById: new Map(aliases.map((a) => [a.id, a])),

      statusLocales: new Set(texts.map((t) => t.locale)),
      faqLocales: new Set(locales.map((l) => l.locale)),
      questionsById: new Map(questions.map((q) => [q.id, q])),
      questionsBySlug: new Map(questions.map((q) => [questionKey(q.locale, q.slug), q])),
      handoffRouting: this.handoffRouting,
      // Built on first use (or by warm()), not here: together they were ~0.5 s of a restart, and
      // a lookup or a FAQ read never needs them.
      get aliasIndex() {
        aliasIndex ??= observed(
          buildAliasIndex(aliases, {
            rules: normalizerRules(),
            carrierCodes: normalizerCarrierCodes(),
            knownWordings: normalizerKnownWordings(),
            suggester: normalizerSuggester,
          }),
        );
        return aliasIndex;
      },
      get faqSearch() {
        faqSearch ??= searchIndexes(questions);
        return faqSearch;
      },
    };
    return this.#snapshot;
  }

  #searchIndexes(questions: FaqQuestionRow[], topicsOf: (q: FaqQuestionRow) => string) {
    const vocabulary = this.options.searchVocabulary ?? EMPTY_SEARCH_VOCABULARY;
    const byLocale = groupBy(
      [...questions].sort((a, b) => a.position - b.position || a.id - b.id),
      (q) => q.locale,
    );
    return new Map(
      [...byLocale].map(([locale, rows]) => [
        locale,
        buildSearchIndex(
          rows.map((q) => ({ item: q, title: q.title, body: q.body, topics: topicsOf(q) })),
          searchLanguage(locale, vocabulary),
        ),
      ]),
    );
  }

  /** Counts match methods for /metrics without the pure normalizer knowing about metrics. */
  #observed(index: AliasIndex): AliasIndex {
    const onMatch = this.options.onMatch;
    if (!onMatch) return index;
    return {
      get size() {
        return index.size;
      },
      suggest: (message) => index.suggest(message),
      match(message, event) {
        const result = index.match(message, event);
        onMatch(result.method);
        return result;
      },
    };
  }
}
