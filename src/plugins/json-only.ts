import type { Plugin } from 'graphql-yoga';

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
