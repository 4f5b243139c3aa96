/**
 * `npm install` runs this (main.ts through start.mjs --prepare) so the first `npm start` copies
 * a migrated PGlite data directory instead of running initdb. A failure only costs that speed-up.
 */
import { initialisePgliteTemplate } from '../db/client.js';
import { ensureTemplate } from '../db/pglite-template.js';

export async function prepareEmbeddedTemplate(): Promise<void> {
  try {
    await ensureTemplate(initialisePgliteTemplate);
  } catch (error) {
    process.stderr.write(
      `wismo: could not prepare the embedded database template (the first start will be slower): ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
}
