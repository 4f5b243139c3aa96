import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * POST bodies to the GraphQL endpoint must be `application/json` (GraphQL over HTTP). A browser
 * cannot send that cross-origin without a CORS preflight, whereas form encodings and multipart
 * are "simple" requests it sends from any page; Yoga would otherwise parse them too.
 */
export function useJsonOnlyPosts(endpoint = '/graphql'): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'POST' || url.pathname !== endpoint) return;
      const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
      if (mediaType === 'application/json') return;
      endResponse(
        Response.json(
          {
            errors: [
              {
                message:
                  'POST bodies must be application/json (use GET for queries without a body).',
                extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
              },
            ],
          },
          { status: 415, headers: { accept: 'application/json' } },
        ),
      );
    },
  };
}

/** Content types a browser sends cross-origin without a preflight (as Yoga's CSRF plugin lists). */
const SIMPLE_CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
];

/**
 * Yoga's CSRF prevention refuses a request that could come from a form or a bare GET with
 * "Required CSRF header(s) not present" and no code. This runs the same check just before it
 * and says which header to send; Yoga's plugin stays behind it unchanged.
 */
export function useCsrfRefusalExplained(requestHeaders: readonly string[]): Plugin {
  return {
    onRequestParse({ request }) {
      const contentType = request.headers.get('content-type')?.toLowerCase();
      if (contentType && !SIMPLE_CONTENT_TYPES.some((type) => contentType.startsWith(type))) return;
      if (requestHeaders.some((name) => request.headers.has(name))) return;
      throw createGraphQLError(
        `GET requests must carry "${requestHeaders[0]}: 1" (or a JSON content-type), which only a page CORS allows can send; a bare EventSource cannot, so subscribe with a POST.`,
        { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } },
      );
    },
  };
}
