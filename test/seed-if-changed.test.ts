import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_DIR, loadContent } from '../src/db/content.js';
import { faqQuestions } from '../src/db/schema.js';
import { contentFingerprint, seedContentIfChanged } from '../src/db/seed-if-changed.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('content seed on start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is skipped, with one SQL statement and no content file parsed, when the content files have not changed', async () => {
    const load = vi.fn(loadContent);
    // bootstrap() has already recorded the fingerprint of the files on disk.
    t.sql.reset();
    expect(await seedContentIfChanged(t.database.db, await contentFingerprint(), load)).toBeNull();
    expect(t.sql.count).toBe(1);
    expect(load).not.toHaveBeenCalled();
  });

  it('runs when the content changed, and applies the change', async () => {
    const content = await loadContent();
    const question = content.faq.questions[0]!;
    const changed = {
      ...content,
      faq: {
        questions: [
          {
            ...question,
            translations: {
              ...question.translations,
              en: { ...question.translations.en!, title: 'How do I track my order?' },
            },
          },
          ...content.faq.questions.slice(1),
        ],
      },
    };
    const report = await seedContentIfChanged(
      t.database.db,
      'changed-content',
      async () => changed,
    );
    expect(report?.questionsUpdated).toBe(1);
    const [row] = await t.database.db
      .select({ title: faqQuestions.title })
      .from(faqQuestions)
      .where(and(eq(faqQuestions.slug, question.slug), eq(faqQuestions.locale, 'en')));
    expect(row?.title).toBe('How do I track my order?');
    // Recorded: the same fingerprint again is skipped.
    expect(
      await seedContentIfChanged(t.database.db, 'changed-content', async () => changed),
    ).toBeNull();
  });

  it('changes its fingerprint when a seeded file changes, not when a run-time file does', async () => {
    const root = mkdtempSync(join(tmpdir(), 'wismo-content-'));
    // One copy per state: fingerprints are read once per directory and process.
    const copy = (name: string, edit: (dir: string) => void) => {
      const dir = join(root, name);
      cpSync(CONTENT_DIR, dir, { recursive: true });
      edit(dir);
      return contentFingerprint(dir);
    };
    try {
      const original = await copy('original', () => {});
      expect(original).toBe(await contentFingerprint());
      // Rules and carrier codes are read at start, never seeded: no reseed, no new template.
      const runTimeEdited = await copy('run-time-edited', (dir) => {
        appendFileSync(join(dir, 'rules', 'en.json'), '\n');
        appendFileSync(join(dir, 'search-synonyms.json'), '\n');
        writeFileSync(join(dir, 'rules', 'xx.json'), '{}');
      });
      expect(runTimeEdited).toBe(original);
      const seededEdited = await copy('seeded-edited', (dir) =>
        appendFileSync(join(dir, 'aliases.json'), '\n'),
      );
      expect(seededEdited).not.toBe(original);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
