import { resolveLocale } from '../domain/locale.js';
import type { TrackingStatus } from '../domain/tracking-status.js';
import type { StatusRecord, StatusText } from '../infra/knowledge-store.js';
import type { UseCaseContext } from './context.js';

/** A status definition as read in one locale. */
export interface StatusView {
  record: StatusRecord;
  text: StatusText;
  locale: string;
  localeFallback: boolean;
}

export function viewStatus(ctx: UseCaseContext, code: TrackingStatus, locale: string): StatusView {
  const snapshot = ctx.knowledge.current;
  const record = snapshot.byCode.get(code);
  if (!record) throw new Error(`Status ${code} is missing from the seeded content`);
  const resolved = resolveLocale(locale, snapshot.statusLocales);
  const text = record.texts.get(resolved.locale) ?? record.texts.get('en');
  if (!text) throw new Error(`Status ${code} has no text in ${resolved.locale} or en`);
  return { record, text, locale: resolved.locale, localeFallback: resolved.fallback };
}

export function listStatuses(ctx: UseCaseContext, locale: string): StatusView[] {
  return ctx.knowledge.current.statuses.map((s) => viewStatus(ctx, s.code, locale));
}
