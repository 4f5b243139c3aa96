import { sql } from 'drizzle-orm';
import { searchConfigFor } from '../domain/locale.js';
import type { Db } from './client.js';
import type { Content } from './content.js';
import {
  faqQuestions,
  statusAliases,
  statusDefinitions,
  statusQuestionLinks,
  statusTexts,
} from './schema.js';

export interface SeedReport {
  questionsInserted: number;
  questionsUpdated: number;
  aliasesInserted: number;
  /** Seeded aliases whose status content/aliases.json changed since they were stored. */
  aliasesUpdated: number;
  /** The phrases behind aliasesUpdated (first 20), so the startup log names them. */
  aliasChanges: string[];
}

/** Alias sources the content files own; editors' and the unmatched queue's aliases are theirs. */
const CONTENT_ALIAS_SOURCES = ['help-center', 'carrier'];

/**
 * Upserts the content files in one transaction, so it is safe on every start.
 * Status definitions belong to the repository and are always brought up to date. A FAQ
 * question is updated only while no editor has changed it (`edited_at` is null). An alias
 * from the content files takes the status the files now give it, unless an editor removed it
 * (the tombstone is respected) or it is an editor's own alias for the same phrase.
 */
export async function seedContent(db: Db, content: Content): Promise<SeedReport> {
  return db.transaction(async (tx) => {
    const statuses = content.statuses.statuses;
    await tx
      .insert(statusDefinitions)
      .values(
        statuses.map((s, position) => ({
          code: s.code,
          position,
          actionRequired: s.actionRequired,
          terminal: s.terminal,
          staleAfterDays: s.staleAfterDays,
          mappings: s.mappings,
        })),
      )
      .onConflictDoUpdate({
        target: statusDefinitions.code,
        set: {
          position: sql`excluded.position`,
          actionRequired: sql`excluded.action_required`,
          terminal: sql`excluded.terminal`,
          staleAfterDays: sql`excluded.stale_after_days`,
          mappings: sql`excluded.mappings`,
        },
      });
    await tx
      .insert(statusTexts)
      .values(
        statuses.flatMap((s) =>
          Object.entries(s.translations).map(([locale, text]) => ({
            code: s.code,
            locale,
            ...text,
          })),
        ),
      )
      .onConflictDoUpdate({
        target: [statusTexts.code, statusTexts.locale],
        set: {
          title: sql`excluded.title`,
          meaning: sql`excluded.meaning`,
          guidance: sql`excluded.guidance`,
          nextSteps: sql`excluded.next_steps`,
        },
      });

    const links = [
      ...statuses.flatMap((s) => s.relatedQuestions.map((slug) => ({ status: s.code, slug }))),
      ...content.faq.questions.flatMap((q) =>
        q.relatedStatuses.map((status) => ({ status, slug: q.slug })),
      ),
    ];
    await tx
      .insert(statusQuestionLinks)
      .values(links.map((l) => ({ status: l.status, questionSlug: l.slug })))
      .onConflictDoNothing();

    const questions = await tx
      .insert(faqQuestions)
      .values(
        content.faq.questions.flatMap((q) =>
          Object.entries(q.translations).map(([locale, text]) => ({
            slug: q.slug,
            locale,
            position: q.position,
            searchConfig: searchConfigFor(locale),
            ...text,
          })),
        ),
      )
      .onConflictDoUpdate({
        target: [faqQuestions.locale, faqQuestions.slug],
        set: {
          title: sql`excluded.title`,
          body: sql`excluded.body`,
          position: sql`excluded.position`,
          revision: sql`${faqQuestions.revision} + 1`,
          updatedAt: sql`now()`,
        },
        setWhere: sql`${faqQuestions.editedAt} is null and (${faqQuestions.title}, ${faqQuestions.body}, ${faqQuestions.position}) is distinct from (excluded.title, excluded.body, excluded.position)`,
      })
      // xmax = 0 only for a freshly inserted row: it tells inserts from updates in one statement.
      .returning({ inserted: sql<boolean>`(xmax = 0)` });

    const aliases = await tx
      .insert(statusAliases)
      .values(content.aliases)
      .onConflictDoNothing()
      .returning({ id: statusAliases.id });
    // One statement brings stored content aliases to the status the files now give them.
    const rows = content.aliases.map((a) => sql`(${a.locale}, ${a.phrase}, ${a.status})`);
    const changed = rows.length
      ? await tx.execute(sql`
          update ${statusAliases} as a
             set status = v.status::tracking_status
            from (values ${sql.join(rows, sql`, `)}) as v(locale, phrase, status)
           where a.locale = v.locale and lower(a.phrase) = lower(v.phrase)
             and a.removed_at is null
             and a.source in (${sql.join(
               CONTENT_ALIAS_SOURCES.map((source) => sql`${source}`),
               sql`, `,
             )})
             and a.status is distinct from v.status::tracking_status
          returning a.phrase`)
      : { rows: [] };
    const updated = (changed as unknown as { rows: { phrase: string }[] }).rows;

    const inserted = questions.filter((q) => q.inserted).length;
    return {
      questionsInserted: inserted,
      questionsUpdated: questions.length - inserted,
      aliasesInserted: aliases.length,
      aliasesUpdated: updated.length,
      aliasChanges: updated.slice(0, 20).map((a) => a.phrase),
    };
  });
}
