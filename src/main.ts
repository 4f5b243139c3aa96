import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { bootstrap } from './bootstrap.js';
import { prepareEmbeddedTemplate } from './cli/prepare-template.js';
import { ConfigError, loadConfig } from './config.js';
import { holdingEventLoop } from './infra/event-loop.js';
import { createLogger } from './logger.js';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  if (config.WEB_CONCURRENCY > 1 && cluster.isPrimary) {
    if (!config.DATABASE_URL) {
      process.stderr.write(
        'Invalid configuration: WEB_CONCURRENCY > 1 needs DATABASE_URL (PGlite is one process).\n',
      );
      process.exit(1);
    }
    superviseWorkers(config.WEB_CONCURRENCY, logger);
    return;
  }
  const wismo = await bootstrap(config, logger, { backgroundDemoSeed: true });
  const server = createServer(wismo.listener);
  // An idle keep-alive socket stays open longer than clients and proxies keep theirs (undici 4 s,
  // load balancers about 60 s), so the client is the one to close it: a server closing first
  // races the client's next request on that socket, which fails with ECONNRESET. Shutdown
  // closes idle sockets at once (closeIdleConnections below), so this does not delay it.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  logger.info(
    {
      url: `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}/graphql`,
      database: wismo.database.kind,
    },
    'wismo is listening',
  );
  wismo.startBackgroundWork();
  // The normalizer's index and FAQ search are built on first use; build them soon anyway, but
  // not in the first moments, when a waiting client's request would queue behind it.
  setTimeout(() => wismo.knowledge.warm(), 2_000).unref();

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
    const force = setTimeout(() => {
      logger.warn('grace period over: closing remaining connections');
      server.closeAllConnections();
    }, config.SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(async () => {
      await wismo.close().catch((err) => logger.error({ err }, 'closing the database failed'));
      logger.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

/**
 * The primary only forks and watches: workers share the listening port (the cluster module
 * hands connections out), and a worker that dies is replaced unless the primary is stopping.
 */
function superviseWorkers(count: number, logger: ReturnType<typeof createLogger>) {
  let stopping = false;
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    logger.error({ pid: worker.process.pid, code, signal }, 'worker died; starting another');
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  logger.info({ workers: count }, 'started worker processes');
}

/**
 * What start.mjs waits for before it writes V8's code cache: `--prepare` (postinstall) builds
 * the embedded database template and ends; otherwise the server is listening. Both hold the
 * event loop open until then (see holdingEventLoop).
 */
export const started: Promise<void> = process.argv.includes('--prepare')
  ? holdingEventLoop(prepareEmbeddedTemplate)
  : holdingEventLoop(main).catch((error) => {
      process.stderr.write(
        `wismo failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    });
