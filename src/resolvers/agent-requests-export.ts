import { encodeGlobalID } from '@pothos/plugin-relay';
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../db/client.js';
import { type AgentRequestRow, allAgentRequests, type HandoffFilter } from './handoffs.js';

export const AGENT_REQUEST_CSV_COLUMNS = [
  'id',
  'createdAt',
  'queue',
  'questionId',
  'trackingNumber',
  'shipmentStatus',
  'stale',
  'message',
  'clientId',
] as const;

function toRecord(h: AgentRequestRow): (string | number)[] {
  return [
    // GraphQL global ids, as feedback.csv prints them: usable with node(id:) and as filters.
    encodeGlobalID('AgentRequest', h.id),
    h.createdAt.toISOString(),
    h.queue,
    encodeGlobalID('FaqQuestion', h.questionId),
    h.trackingNumber ?? '',
    h.shipmentStatus ?? '',
    h.explanation ? String(h.explanation.stale) : '',
    h.message ?? '',
    h.clientId,
  ];
}

/**
 * The same handoffs as the agentRequests query, as RFC 4180 CSV, a page at a time. The
 * shopper's message is free text: csv-stringify's escape_formulas quotes cells starting with
 * = + - @ so a spreadsheet shows them instead of running them.
 */
export async function* agentRequestsCsv(db: Db, filter: HandoffFilter): AsyncGenerator<string> {
  yield stringify([[...AGENT_REQUEST_CSV_COLUMNS]]);
  for await (const h of allAgentRequests(db, filter)) {
    yield stringify([toRecord(h)], { escape_formulas: true });
  }
}
