import { expect, it } from 'vitest';
import { aliasEntriesSync, normalizerRules } from '../../src/db/content.js';
import { normalizerKnownWordings } from '../../src/db/corpus.js';
import { buildAliasIndex } from '../../src/domain/status-normalizer.js';

const seededAliases = aliasEntriesSync();

/** The seeded aliases, known wordings and language rules: what the product answers (no memo). */
export const contentIndex = buildAliasIndex(seededAliases, {
  rules: normalizerRules(),
  memoSize: 0,
  knownWordings: normalizerKnownWordings(),
});

/** The seeded aliases and language rules alone: how the rules read the corpus they learn from. */
export const rulesIndex = buildAliasIndex(seededAliases, { rules: normalizerRules(), memoSize: 0 });

export const statusOf = (message: string) => contentIndex.match(message).status;

/** Each row's message reads its status. */
export function readsEach(rows: readonly (readonly [string, string])[]): void {
  it.each(rows)('%s reads %s', (message, status) => {
    expect(statusOf(message)).toBe(status);
  });
}

/** Each message reads `status`. */
export function readEachAs(status: string, messages: readonly string[]): void {
  it.each(messages)(`%s reads ${status}`, (message) => {
    expect(statusOf(message)).toBe(status);
  });
}

/** No row's message reads DELIVERED. */
export function neverDeliveredEach(rows: readonly (readonly [string])[]): void {
  it.each(rows)('%s is never DELIVERED', (message) => {
    expect(statusOf(message)).not.toBe('DELIVERED');
  });
}

/** No message reads RETURNED_TO_SENDER (a return under a condition, or money sent back). */
export function neverReturnedEach(messages: readonly string[]): void {
  it.each(messages)('%s is never RETURNED_TO_SENDER', (message) => {
    expect(statusOf(message)).not.toBe('RETURNED_TO_SENDER');
  });
}

/** No message reads EXCEPTION (a service sentence, a step not yet done, a problem solved). */
export function neverExceptionEach(messages: readonly string[]): void {
  it.each(messages)('%s is never EXCEPTION', (message) => {
    expect(statusOf(message)).not.toBe('EXCEPTION');
  });
}

/**
 * Each row's message reads its status by the rules alone: for real corpus rows, which the
 * product knows verbatim, so that a guard on them tests the rules and not the lookup.
 */
export function rulesReadEach(rows: readonly (readonly [string, string])[]): void {
  it.each(rows)('%s reads %s by the rules alone', (message, status) => {
    expect(rulesIndex.match(message).status).toBe(status);
  });
}
