import type { Plugin } from 'graphql-yoga';
import { z } from 'zod';
import type { IdentityResolver } from '../auth/identity.js';
import type { Db } from '../db/client.js';
import { TRACKING_STATUSES } from '../domain/tracking-status.js';
import { feedbackFilter } from '../resolvers/analytics-filter.js';
import { feedbackCsv } from '../resolvers/feedback-export.js';
import { instantParam, questionIdParam, useCsvExport } from './csv-export.js';

const flag = z.stringbool({ truthy: ['true'], falsy: ['false'] });

/** The feedbackEntries arguments as query parameters, plus `bom` for spreadsheets. */
const Params = z
  .object({
    from: instantParam.optional(),
    to: instantParam.optional(),
    locale: z.string().max(35).optional(),
    questionId: questionIdParam.optional(),
    helpful: flag.optional(),
    hasComment: flag.optional(),
    trackingStatus: z.enum(TRACKING_STATUSES).optional(),
    bom: flag.optional(),
  })
  .strict();

/** `GET /exports/feedback.csv`: the feedbackEntries filters as query parameters, analytics key required. */
export function useFeedbackExport(deps: {
  db: Db;
  identities: IdentityResolver;
  now: () => Date;
}): Plugin {
  return useCsvExport({
    path: '/exports/feedback.csv',
    params: Params,
    rows: ({ bom, ...filter }, now) =>
      feedbackCsv(deps.db, feedbackFilter(filter, now), { bom: bom ?? false }),
    identities: deps.identities,
    now: deps.now,
  });
}
