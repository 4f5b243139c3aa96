import type { App } from '../../src/server.js';

export interface SseSubscription {
  /** Resolves with the next `data:` payload, parsed. */
  next(): Promise<any>;
  close(): Promise<void>;
}

/** Opens a GraphQL subscription over Server-Sent Events through the in-process handler. */
export async function subscribe(
  app: App,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<SseSubscription> {
  const controller = new AbortController();
  const response = await app.fetch('http://wismo.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  if (!response.body) throw new Error(`no event stream (status ${response.status})`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  return {
    async next() {
      for (;;) {
        const match = /(?:^|\n)data: (.*)\n\n/.exec(buffer);
        if (match) {
          buffer = buffer.slice(match.index + match[0].length);
          return JSON.parse(match[1]!);
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('event stream ended');
        buffer += value;
      }
    },
    async close() {
      controller.abort();
      await reader.cancel().catch(() => {});
    },
  };
}
