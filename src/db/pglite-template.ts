import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIGRATIONS_FOLDER } from './migrate.js';
import { contentFingerprint } from './seed-if-changed.js';

/**
 * A PGlite data directory that has been through initdb, every migration and the content seed,
 * copied into a fresh data directory instead of running initdb there: initdb in WebAssembly
 * took ~5 s of a first start and the seed ~0.8 s of CPU, a copy takes ~0.1 s. Built by
 * `npm install` (postinstall) or by the first start that finds it missing; never used for
 * PostgreSQL. Each template lives in a directory named
 * after its stamp and is never changed once in place, so concurrent starts (parallel tests)
 * can build and copy at the same time without seeing half a template.
 */
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/wismo', import.meta.url));
const PREFIX = 'pglite-template-';

/**
 * PGlite's on-disk format, the migrations it went through and the content it was seeded with
 * (the seed code included): any of them changing voids a template.
 */
async function templateStamp(): Promise<string> {
  const hash = createHash('sha256');
  // Its package.json (version) sits one level above the resolved entry file, dist/index.cjs.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  hash.update(await readFile(join(dirname(entry), '..', 'package.json')));
  for (const file of (await readdir(MIGRATIONS_FOLDER)).filter((f) => f.endsWith('.sql')).sort()) {
    hash.update(file);
    hash.update(await readFile(join(MIGRATIONS_FOLDER, file)));
  }
  hash.update(await contentFingerprint());
  return hash.digest('hex').slice(0, 16);
}

export async function templateDir(): Promise<string> {
  return join(CACHE_DIR, `${PREFIX}${await templateStamp()}`);
}

/** A data directory PGlite has not initialised yet (it may hold wismo's lock file). */
export function isFreshDataDir(dataDir: string): boolean {
  return !existsSync(join(dataDir, 'PG_VERSION'));
}

/**
 * Builds the template unless it exists. `initialise` opens PGlite on the given directory,
 * migrates it and closes it; it is passed in so this module needs no driver.
 */
export async function ensureTemplate(initialise: (dir: string) => Promise<void>): Promise<void> {
  const target = await templateDir();
  if (existsSync(target)) return;
  const staging = `${target}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  try {
    await initialise(staging);
    await mkdir(CACHE_DIR, { recursive: true });
    // Fails when another process got there first; its template is as good as this one.
    await rename(staging, target).catch((error) => {
      if (!existsSync(target)) throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  // Templates of older migrations or PGlite versions are no use any more.
  for (const entry of await readdir(CACHE_DIR)) {
    if (entry.startsWith(PREFIX) && !entry.includes('.') && join(CACHE_DIR, entry) !== target) {
      await rm(join(CACHE_DIR, entry), { recursive: true, force: true }).catch(() => {});
    }
  }
}

/** Copies the current template into a fresh data directory; false when there is none. */
export async function copyTemplate(dataDir: string): Promise<boolean> {
  const source = await templateDir();
  if (!existsSync(source)) return false;
  copyTree(source, dataDir);
  return true;
}

/**
 * The template is ~1,000 files, most of them a few kB: creating each costs the kernel far more
 * than its bytes, and fs.cp adds several thread-pool round trips per file on top (1.6 s against
 * 0.9 s for this on a 2-core VM). Synchronous on purpose: nothing else can run before the
 * database opens, and the copies run in parallel were no faster (the kernel serialises them).
 */
function copyTree(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    const from = join(source, entry.name);
    const to = join(target, entry.name);
    if (entry.isDirectory()) copyTree(from, to);
    else copyFileSync(from, to);
  }
}
