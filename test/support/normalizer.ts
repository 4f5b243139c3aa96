import { loadAliasContentSync, normalizerRules } from '../../src/db/content.js';
import { buildAliasIndex } from '../../src/domain/status-normalizer.js';

/** The seeded aliases and language rules, read as the product reads a message (no memo). */
export const contentIndex = buildAliasIndex(
  loadAliasContentSync().map((a, i) => ({ ...a, id: i + 1 })),
  { rules: normalizerRules(), memoSize: 0 },
);

export const statusOf = (message: string) => contentIndex.match(message).status;
