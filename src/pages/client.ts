import { type DocumentNode, print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';

/** What the server put in the page: whether it only runs persisted operations, and their hashes. */
interface PageConfig {
  persisted: boolean;
  hashes: Record<string, string>;
}

const config: PageConfig = JSON.parse(
  document.getElementById('wismo-config')?.textContent ?? '{"persisted":false,"hashes":{}}',
);

/** A refused API key (HTTP 401): the dashboard asks for another one. */
export class Unauthenticated extends Error {}

function operationName(doc: DocumentNode): string {
  for (const def of doc.definitions) {
    if (def.kind === 'OperationDefinition' && def.name) return def.name.value;
  }
  throw new Error('Every page operation has a name');
}

/**
 * The request body: the query text, or in a persisted-operations deployment only its hash
 * (the server refuses any text then).
 */
function body(doc: DocumentNode, variables: unknown): string {
  const name = operationName(doc);
  if (config.persisted) {
    const sha256Hash = config.hashes[name];
    if (!sha256Hash) throw new Error(`Operation ${name} is not in the persisted manifest`);
    return JSON.stringify({
      operationName: name,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash } },
    });
  }
  return JSON.stringify({ operationName: name, query: print(doc), variables });
}

function headers(token: string | undefined, accept: string): HeadersInit {
  return {
    'content-type': 'application/json',
    accept,
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

interface ExecutionResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function unwrap<T>(result: ExecutionResult<T>): T {
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join(' '));
  if (!result.data) throw new Error('The server sent no data.');
  return result.data;
}

/** Runs one query or mutation; GraphQL errors become a thrown Error with their messages. */
export async function request<T, V>(
  doc: TadaDocumentNode<T, V>,
  variables: V,
  token?: string,
): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: headers(token, 'application/graphql-response+json, application/json'),
    body: body(doc, variables),
  });
  if (response.status === 401) throw new Unauthenticated('The API key was refused.');
  const result = (await response.json()) as ExecutionResult<T>;
  return unwrap(result);
}

/**
 * A subscription over Server-Sent Events, read from a POST with fetch: EventSource can only
 * GET and cannot send the header that CSRF prevention asks for. Returns a stop function.
 */
export function subscribe<T, V>(
  doc: TadaDocumentNode<T, V>,
  variables: V,
  onNext: (data: T) => void,
  onError: (error: Error) => void,
): () => void {
  const abort = new AbortController();
  (async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: headers(undefined, 'text/event-stream'),
      body: body(doc, variables),
      signal: abort.signal,
    });
    if (!response.ok || !response.body)
      throw new Error(`Live updates failed (${response.status}).`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
        const lines = message.split('\n');
        const event = lines
          .find((l) => l.startsWith('event:'))
          ?.slice(6)
          .trim();
        const data = lines
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5))
          .join('\n');
        if (event === 'complete') return;
        if (event === 'next' && data) onNext(unwrap(JSON.parse(data) as ExecutionResult<T>));
      }
    }
  })().catch((error: unknown) => {
    if (!abort.signal.aborted) onError(error instanceof Error ? error : new Error(String(error)));
  });
  return () => abort.abort();
}
