import { createConnection, createServer, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  /** 127.0.0.1 port the proxy listens on. */
  readonly port: number;
  /** `target` URL with host and port replaced by the proxy's. */
  readonly url: string;
  /** Connections accepted and forwarded since the start. */
  readonly connections: number;
  /**
   * Simulates the database going away: destroys every open connection (both sides) and, until
   * `restore()`, resets every new one as soon as it is accepted (the client sees ECONNRESET
   * or "Connection terminated unexpectedly", never a hang).
   */
  cut(): void;
  /** Forwards new connections again. */
  restore(): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of PostgreSQL, so a test can take "the database" away from one app
 * without touching the server that other tests share.
 */
export async function startTcpProxy(targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl);
  const targetHost = target.hostname || '127.0.0.1';
  const targetPort = Number(target.port || 5432);
  const open = new Set<Socket>();
  let isCut = false;
  let connections = 0;

  const server: Server = createServer((client) => {
    if (isCut) {
      client.resetAndDestroy();
      return;
    }
    connections += 1;
    const upstream = createConnection({ host: targetHost, port: targetPort });
    open.add(client);
    open.add(upstream);
    const drop = () => {
      open.delete(client);
      open.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop);
    upstream.on('error', drop);
    client.on('close', drop);
    upstream.on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = new URL(targetUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);

  const cut = () => {
    isCut = true;
    for (const socket of open) {
      // An RST rather than a FIN: what a crashed server or a dropped network path looks like.
      if (!socket.destroyed) socket.resetAndDestroy();
    }
    open.clear();
  };

  return {
    port,
    url: url.toString(),
    get connections() {
      return connections;
    },
    cut,
    restore() {
      isCut = false;
    },
    close() {
      cut();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
