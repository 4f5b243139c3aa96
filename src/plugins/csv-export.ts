import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Plugin } from 'graphql-yoga';
import { z } from 'zod';
import { type IdentityResolver, UnauthenticatedError } from '../auth/identity.js';
import { hasRole } from '../auth/roles.js';
import { InvalidAnalyticsFilter } from '../resolvers/analytics-filter.js';
import { parseDateTime } from '../schema/date-time.js';

// The DateTime scalar's own parser: the exports and the GraphQL fields accept the same text.
export const instantParam = z.string().transform((v, ctx) => {
  try {
    return parseDateTime(v);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** A FaqQuestion's global id, as the CSV and GraphQL show it, to its database id. */
export const questionIdParam = z
  .string()
  .max(200)
  .transform((v, ctx) => {
    try {
      const { typename, id } = decodeGlobalID(v);
      if (typename === 'FaqQuestion' && /^\d+$/.test(id)) return Number(id);
    } catch {}
    ctx.addIssue({ code: 'custom', message: 'must be a FaqQuestion id as in the CSV and GraphQL' });
    return z.NEVER;
  });

function problem(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: message }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

export interface CsvExport<P extends z.ZodType> {
  /** e.g. `/exports/feedback.csv`; the file is offered under its last segment. */
  path: string;
  /** The query parameters: the matching GraphQL field's arguments. */
  params: P;
  /**
   * The rows for valid parameters. Called before the response starts, so a filter it refuses
   * (InvalidAnalyticsFilter) is still a 400.
   */
  rows: (params: z.output<P>, now: Date) => AsyncGenerator<string>;
  identities: IdentityResolver;
  now: () => Date;
}

/**
 * `GET <path>` for the analytics role: the key is checked, the parameters validated, and the
 * rows streamed as they are read, so a large export never sits in memory.
 */
export function useCsvExport<P extends z.ZodType>(spec: CsvExport<P>): Plugin {
  const filename = spec.path.split('/').at(-1);
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== spec.path) return;
      if (request.method !== 'GET') return endResponse(problem(405, 'Use GET.', { allow: 'GET' }));
      let identity: Awaited<ReturnType<IdentityResolver['resolve']>>;
      try {
        identity = await spec.identities.resolve(request.headers.get('authorization'));
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
      const parsed = spec.params.safeParse(Object.fromEntries(url.searchParams));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return endResponse(problem(400, `${issue?.path.join('.') || 'query'}: ${issue?.message}`));
      }
      let rows: AsyncGenerator<string>;
      try {
        rows = spec.rows(parsed.data, spec.now());
      } catch (error) {
        if (error instanceof InvalidAnalyticsFilter)
          return endResponse(problem(400, error.message));
        throw error;
      }
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
            'content-disposition': `attachment; filename="${filename}"`,
            'cache-control': 'no-store',
          },
        }),
      );
    },
  };
}
