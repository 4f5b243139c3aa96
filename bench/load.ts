/** One autocannon run against one target, reduced to the numbers the report needs. */
import autocannon from 'autocannon';
import type { Target } from './scenarios.js';

export interface Measurement {
  seconds: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** 429 responses (rate limiting), included in non2xx. */
  rateLimited: number;
  /** Socket errors and timeouts. */
  errors: number;
  /** 2xx responses whose body carried GraphQL `errors` or a typed failure. */
  failedBodies: number;
  /** First failing body seen, to report what went wrong. */
  sampleFailure: string | null;
  /** Response bytes received (headers and bodies) per second. */
  bytesPerSec: number;
  /** CPU time the server process spent per request, in µs (its own process only, not the database). */
  cpuUsPerRequest?: number | undefined;
}

export async function measure(
  origin: string,
  target: Target,
  connections: number,
  duration: number,
): Promise<Measurement> {
  let failedBodies = 0;
  let sampleFailure: string | null = null;
  const result = await autocannon({
    url: `${origin}${target.path}`,
    connections,
    duration,
    timeout: 10,
    requests: [
      {
        ...target.request,
        onResponse: (status, body) => {
          const failed =
            status >= 300 ||
            body.includes('"errors"') ||
            body.includes('"__typename":"Invalid') ||
            body.includes('"error"');
          if (!failed) return;
          if (status < 300) failedBodies += 1;
          sampleFailure ??= `${status} ${body.slice(0, 300)}`;
        },
      },
    ],
  });
  const codes = result.statusCodeStats ?? {};
  const requests = result['2xx'] + result.non2xx;
  return {
    seconds: result.duration,
    requests,
    reqPerSec: requests / result.duration,
    bytesPerSec: result.throughput.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    rateLimited: codes['429']?.count ?? 0,
    errors: result.errors + result.timeouts,
    failedBodies,
    sampleFailure,
  };
}

/** Rounds of one target folded into one line: throughput over all rounds, worst p99. */
export function combine(rounds: readonly Measurement[]): Measurement {
  const seconds = rounds.reduce((a, m) => a + m.seconds, 0);
  const requests = rounds.reduce((a, m) => a + m.requests, 0);
  const sum = (f: (m: Measurement) => number) => rounds.reduce((a, m) => a + f(m), 0);
  return {
    seconds,
    requests,
    reqPerSec: requests / seconds,
    bytesPerSec: sum((m) => m.bytesPerSec * m.seconds) / seconds,
    p50: sum((m) => m.p50) / rounds.length,
    p99: Math.max(...rounds.map((m) => m.p99)),
    non2xx: sum((m) => m.non2xx),
    rateLimited: sum((m) => m.rateLimited),
    errors: sum((m) => m.errors),
    failedBodies: sum((m) => m.failedBodies),
    sampleFailure: rounds.find((m) => m.sampleFailure)?.sampleFailure ?? null,
    cpuUsPerRequest: rounds.every((m) => m.cpuUsPerRequest !== undefined)
      ? sum((m) => (m.cpuUsPerRequest ?? 0) * m.requests) / requests
      : undefined,
  };
}
