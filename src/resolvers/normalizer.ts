import type { StatusMatchResult } from '../domain/status-normalizer.js';
import type { UseCaseContext } from './context.js';

/** In process from the in-memory alias index: no SQL per message. */
export function normalizeMessage(ctx: UseCaseContext, message: string): StatusMatchResult {
  return ctx.knowledge.current.aliasIndex.match(message);
}
