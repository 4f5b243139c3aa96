import { stringify } from 'csv-stringify/sync';
import type { Db } from '../db/client.js';
import { allFeedbackEntries, type FeedbackEntryRow, type FeedbackFilter } from './analytics.js';

export const FEEDBACK_CSV_COLUMNS = [
  'id',
  'questionId',
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

function toRecord(e: FeedbackEntryRow): (string | number)[] {
  return [
    e.id,
    e.questionId,
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

/**
 * The same entries as the feedbackEntries query, as RFC 4180 CSV, produced a page at a time.
 * Cells starting with = + - @ are prefixed with a quote so spreadsheets do not run comments
 * as formulas.
 */
export async function* feedbackCsv(db: Db, filter: FeedbackFilter): AsyncGenerator<string> {
  yield stringify([[...FEEDBACK_CSV_COLUMNS]]);
  for await (const entry of allFeedbackEntries(db, filter)) {
    yield stringify([toRecord(entry).map(defuseFormula)]);
  }
}

function defuseFormula(cell: string | number): string | number {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
