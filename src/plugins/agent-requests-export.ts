import type { Plugin } from 'graphql-yoga';
import { z } from 'zod';
import type { IdentityResolver } from '../auth/identity.js';
import type { Db } from '../db/client.js';
import { TRACKING_STATUSES } from '../domain/tracking-status.js';
import { agentRequestsCsv } from '../resolvers/agent-requests-export.js';
import { analyticsRange } from '../resolvers/analytics-filter.js';
import { instantParam, questionIdParam, useCsvExport } from './csv-export.js';

/** The agentRequests filters as query parameters. */
const Params = z
  .object({
    from: instantParam.optional(),
    to: instantParam.optional(),
    locale: z.string().max(35).optional(),
    questionId: questionIdParam.optional(),
    queue: z.string().max(100).optional(),
    shipmentStatus: z.enum(TRACKING_STATUSES).optional(),
  })
  .strict();

/** `GET /exports/agent-requests.csv`: agent handoffs for the analytics role. */
export function useAgentRequestsExport(deps: {
  db: Db;
  identities: IdentityResolver;
  now: () => Date;
}): Plugin {
  return useCsvExport({
    path: '/exports/agent-requests.csv',
    params: Params,
    rows: ({ from, to, ...rest }, now) =>
      agentRequestsCsv(deps.db, { ...analyticsRange({ from, to }, now), ...rest }),
    identities: deps.identities,
    now: deps.now,
  });
}
