import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Plugin } from 'graphql-yoga';
import { z } from 'zod';
import { type IdentityResolver, UnauthenticatedError } from '../auth/identity.js';
import { hasRole } from '../auth/roles.js';
import type { Db } from '../db/client.js';
import { TRACKING_STATUSES } from '../domain/tracking-status.js';
import { agentRequestsCsv } from '../resolvers/agent-requests-export.js';
import {
  type AnalyticsRange,
  analyticsRange,
  InvalidAnalyticsFilter,
} from '../resolvers/analytics-filter.js';
import { parseDateTime } from '../schema/date-time.js';

// The DateTime scalar's own parser: the export and the GraphQL fields accept the same text.
const instant = z.string().transform((v, ctx) => {
  try {
    return parseDateTime(v);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** The agentRequests filters as query parameters. */
const Params = z
  .object({
    from: instant.optional(),
    to: instant.optional(),
    locale: z.string().max(35).optional(),
    questionId: z
      .string()
      .max(200)
      .transform((v, ctx) => {
        try {
          const { typename, id } = decodeGlobalID(v);
          if (typename === 'FaqQuestion' && /^\d+$/.test(id)) return Number(id);
        } catch {}
        ctx.addIssue({ code: 'custom', message: 'must be a FaqQuestion id' });
        return z.NEVER;
      })
      .optional(),
    queue: z.string().max(100).optional(),
    shipmentStatus: z.enum(TRACKING_STATUSES).optional(),
  })
  .strict();

function problem(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: message }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** `GET /exports/agent-requests.csv`: agent handoffs for the analytics role. */
export function useAgentRequestsExport(deps: {
  db: Db;
  identities: IdentityResolver;
  now: () => Date;
}): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== '/exports/agent-requests.csv') return;
      if (request.method !== 'GET') return endResponse(problem(405, 'Use GET.', { allow: 'GET' }));
      let identity: Awaited<ReturnType<IdentityResolver['resolve']>>;
      try {
        identity = await deps.identities.resolve(request.headers.get('authorization'));
      } catch (error) {
        if (!(error instanceof UnauthenticatedError)) throw error;
        return endResponse(problem(401, error.message, { 'www-authenticate': 'Bearer' }));
      }
      if (!identity.role) {
        return endResponse(
          problem(401, 'Send an analytics API key: Authorization: Bearer <key>.', {
            'www-authenticate': 'Bearer',
          }),
        );
      }
      if (!hasRole(identity, 'analytics'))
        return endResponse(problem(403, 'This export needs the analytics role.'));
      const parsed = Params.safeParse(Object.fromEntries(url.searchParams));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return endResponse(problem(400, `${issue?.path.join('.') || 'query'}: ${issue?.message}`));
      }
      const { from: fromParam, to: toParam, ...rest } = parsed.data;
      let range: AnalyticsRange;
      try {
        range = analyticsRange({ from: fromParam, to: toParam }, deps.now());
      } catch (error) {
        if (error instanceof InvalidAnalyticsFilter)
          return endResponse(problem(400, error.message));
        throw error;
      }
      const rows = agentRequestsCsv(deps.db, { ...range, ...rest });
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const next = await rows.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        },
        async cancel() {
          await rows.return(undefined);
        },
      });
      endResponse(
        new Response(body, {
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': 'attachment; filename="agent-requests.csv"',
            'cache-control': 'no-store',
          },
        }),
      );
    },
  };
}
