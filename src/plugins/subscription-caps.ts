import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Bounds open subscriptions (SSE streams): each holds a connection, buffers and a listener,
 * and every update costs work per stream. At most `perIp` per client address and `total` per
 * process; a refused one gets HTTP 429 and RATE_LIMITED before any stream opens.
 */
export function useSubscriptionCaps(
  limits: { perIp: number; total: number },
  clientIp: (context: object) => string,
): Plugin {
  const open = new Map<string, number>();
  let total = 0;
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      const ip = clientIp(args.contextValue as object);
      const mine = open.get(ip) ?? 0;
      if (mine >= limits.perIp || total >= limits.total) {
        const why =
          mine >= limits.perIp ? `${limits.perIp} from one address` : `${limits.total} in all`;
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`Too many open subscriptions (at most ${why}): close one first.`, {
              extensions: {
                code: 'RATE_LIMITED',
                http: { status: 429, headers: { 'retry-after': '30' } },
              },
            }),
          ],
        });
        return;
      }
      open.set(ip, mine + 1);
      total += 1;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        total -= 1;
        const left = (open.get(ip) ?? 1) - 1;
        if (left > 0) open.set(ip, left);
        else open.delete(ip);
      };
      return {
        onSubscribeResult({ result }) {
          // A refusal or an error is a single result, not a stream: nothing stays open.
          if (
            typeof (result as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] !==
            'function'
          ) {
            release();
            return;
          }
          return { onEnd: release };
        },
        onSubscribeError: release,
      };
    },
  };
}
