import { encodeGlobalID } from '@pothos/plugin-relay';
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../db/client.js';
import { allFeedbackEntries, type ExportEntryRow, type FeedbackFilter } from './analytics.js';

/** Same names and ids as the feedbackEntries query, plus what a spreadsheet needs to read it. */
export const FEEDBACK_CSV_COLUMNS = [
  'id',
  'questionId',
  'slug',
  'title',
  'locale',
  'questionRevision',
  'helpful',
  'comment',
  'trackingStatus',
  'clientId',
  'changes',
  'createdAt',
  'updatedAt',
] as const;

function toRecord(e: ExportEntryRow): (string | number)[] {
  return [
    // The GraphQL global ids, so a row can be looked up with node(id:) or used as a filter.
    encodeGlobalID('FeedbackEntry', e.id),
    encodeGlobalID('FaqQuestion', e.questionId),
    e.slug,
    e.title,
    e.locale,
    e.questionRevision,
    e.helpful ? 'true' : 'false',
    e.comment ?? '',
    e.trackingStatus ?? '',
    e.clientId,
    e.changes,
    e.createdAt.toISOString(),
    e.updatedAt.toISOString(),
  ];
}

/** Spreadsheets (Excel) read UTF-8 only when the file starts with a byte order mark. */
const BOM = '\uFEFF';

/**
 * The same entries as the feedbackEntries query, as RFC 4180 CSV, produced a page at a time.
 * Shoppers write the comments: csv-stringify's escape_formulas quotes cells starting with
 * = + - @ so a spreadsheet shows them instead of running them.
 */
export async function* feedbackCsv(
  db: Db,
  filter: FeedbackFilter,
  options: { bom?: boolean } = {},
): AsyncGenerator<string> {
  yield (options.bom ? BOM : '') + stringify([[...FEEDBACK_CSV_COLUMNS]]);
  for await (const entry of allFeedbackEntries(db, filter)) {
    yield stringify([toRecord(entry)], { escape_formulas: true });
  }
}
