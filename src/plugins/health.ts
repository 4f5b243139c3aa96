import { type Plugin, useReadinessCheck } from 'graphql-yoga';

export interface ReadinessOptions {
  /** Rejects when the database cannot answer. */
  ping: () => Promise<void>;
  /** Milliseconds /readyz waits for the database before answering 503. @default 2000 */
  timeoutMs?: number;
}

/**
 * `/readyz`: the process can also reach its database. (`/healthz`, "the process answers", is
 * Yoga's own health check, configured in server.ts.) A hung connection must not hang the probe,
 * so the ping races a timer.
 */
export function useDatabaseReadiness(options: ReadinessOptions): Plugin {
  const timeoutMs = options.timeoutMs ?? 2000;
  return useReadinessCheck({
    endpoint: '/readyz',
    check: async ({ fetchAPI }) => {
      const answer = (status: number, body: unknown) =>
        fetchAPI.Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          options.ping(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
          }),
        ]);
        return answer(200, { status: 'ready', database: 'ok' });
      } catch {
        return answer(503, { status: 'unavailable', database: 'unreachable' });
      } finally {
        clearTimeout(timer);
      }
    },
  });
}
