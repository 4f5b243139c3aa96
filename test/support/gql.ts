import type { App } from '../../src/server.js';

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  status: number;
  headers: Headers;
}

/** Runs one operation through the real HTTP handler, in process. */
export async function gql<T = any>(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const response = await app.fetch('http://wismo.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GqlResult<T>, 'status' | 'headers'>;
  return { ...body, status: response.status, headers: response.headers };
}
