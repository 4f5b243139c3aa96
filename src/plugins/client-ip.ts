import proxyaddr from 'proxy-addr';
import type { Config } from '../config.js';

/** Requests handed to yoga.fetch in process have no socket; they come from this machine. */
const IN_PROCESS_ADDRESS = '127.0.0.1';

/**
 * Which hops of X-Forwarded-For to believe, as Express's `trust proxy` does: a hop count from
 * the right, or the addresses (CIDRs, `loopback`, `uniquelocal`…) of the trusted proxies. The
 * leftmost entry is written by the client and is never believed on its own.
 */
export function trustFunction(
  setting: Config['WISMO_TRUST_PROXY'],
): (addr: string, i: number) => boolean {
  if (setting === false) return () => false;
  if (typeof setting === 'number') return (_addr, i) => i < setting;
  return proxyaddr.compile(setting);
}

/** The caller's IP: the socket's peer, or the first untrusted hop counted from the right. */
export function clientIp(config: Config) {
  const trust = trustFunction(config.WISMO_TRUST_PROXY);
  return (context: object): string => {
    const ctx = context as {
      request?: Request;
      req?: { socket?: { remoteAddress?: string }; headers?: Record<string, unknown> };
    };
    const remoteAddress = ctx.req?.socket?.remoteAddress ?? IN_PROCESS_ADDRESS;
    // The fast lane (src/fast-lane.ts) has only the node request; Node joins repeated headers
    // with ", " as the Fetch API does, so both read the same list.
    const forwarded = ctx.request
      ? ctx.request.headers.get('x-forwarded-for')
      : (ctx.req?.headers?.['x-forwarded-for'] as string | undefined);
    // proxy-addr reads a Node request; hand it the two things it looks at.
    const request = {
      connection: { remoteAddress },
      socket: { remoteAddress },
      headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
    };
    return proxyaddr(request as never, trust);
  };
}
