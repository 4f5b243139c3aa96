import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { CONTENT_DIR, type Content, loadContent, SEEDED_CONTENT_FILES } from './content.js';
import { contentFingerprints } from './schema.js';
import { type SeedReport, seedContent } from './seed.js';

const NAME = 'content';

/**
 * The content files the seed writes into the database, and the seed procedure itself: new seed
 * code with the same files must run again, so its source text is part of the fingerprint.
 * Files read only at run time (language rules, carrier codes, search words, handoff queues) are
 * left out: an edit to them needs a restart, not a reseed, nor a new PGlite template. The source
 * file, not the compiled function: tsx, vitest and the start bundle compile it differently, and a
 * PGlite template seeded by one must be recognised by the others.
 */
export function contentFingerprint(dir = CONTENT_DIR): Promise<string> {
  // A fresh start needs it for the template's stamp and for the seed check: read the files once.
  let fingerprint = fingerprintCache.get(dir);
  if (!fingerprint) {
    fingerprint = hashContent(dir);
    fingerprintCache.set(dir, fingerprint);
  }
  return fingerprint;
}

/** Per directory, once per process: content/ changes with a deploy, like the code. */
const fingerprintCache = new Map<string, Promise<string>>();

async function hashContent(dir: string): Promise<string> {
  const hash = createHash('sha256').update(await seedSource());
  for (const file of SEEDED_CONTENT_FILES) {
    hash.update(`\0${file}\0`);
    hash.update(await readFile(join(dir, file)));
  }
  return hash.digest('hex');
}

/** seed.ts beside this file (seed.js in a tsc build); the compiled function if neither is there. */
async function seedSource(): Promise<string> {
  for (const name of ['seed.ts', 'seed.js']) {
    try {
      return await readFile(new URL(`./${name}`, import.meta.url), 'utf8');
    } catch {
      // Not this build's file name.
    }
  }
  return seedContent.toString();
}

/**
 * Runs the content seed unless the database already holds this fingerprint; null when skipped.
 * The content files are read and validated only then: a restart on unchanged content does not
 * parse the alias list and FAQ again. The fingerprint is written after the seed's transaction:
 * a crash in between only means the next start seeds again, which is idempotent.
 */
export async function seedContentIfChanged(
  db: Db,
  fingerprint: string,
  load: () => Promise<Content> = loadContent,
): Promise<SeedReport | null> {
  const [applied] = await db
    .select({ fingerprint: contentFingerprints.fingerprint })
    .from(contentFingerprints)
    .where(eq(contentFingerprints.name, NAME));
  if (applied?.fingerprint === fingerprint) return null;
  const report = await seedContent(db, await load());
  await db
    .insert(contentFingerprints)
    .values({ name: NAME, fingerprint })
    .onConflictDoUpdate({
      target: contentFingerprints.name,
      set: { fingerprint, appliedAt: sql`now()` },
    });
  return report;
}
