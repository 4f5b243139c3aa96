import type { Plugin } from 'graphql-yoga';

export interface HealthOptions {
  /** Rejects when the database cannot answer. */
  ping: () => Promise<void>;
  /** Milliseconds /readyz waits for the database before answering 503. @default 2000 */
  timeoutMs?: number;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/** `/healthz`: the process answers. `/readyz`: it can also reach its database. */
export function useHealth(options: HealthOptions): Plugin {
  const timeoutMs = options.timeoutMs ?? 2000;
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname === '/healthz') {
        endResponse(json(200, { status: 'ok' }));
        return;
      }
      if (url.pathname !== '/readyz') return;
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          options.ping(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
          }),
        ]);
        endResponse(json(200, { status: 'ready', database: 'ok' }));
      } catch {
        endResponse(json(503, { status: 'unavailable', database: 'unreachable' }));
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
