import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

export interface ServerProcess {
  /** The GraphQL endpoint the server logged, e.g. `http://127.0.0.1:41234/graphql`. */
  url: string;
  /** `http://127.0.0.1:41234`. */
  origin: string;
  /** Milliseconds from spawn to the "wismo is listening" line. */
  readyMs: number;
  /** Sends SIGTERM, waits for the exit and resolves its code (null when killed by a signal). */
  stop(): Promise<number | null>;
  /** Everything the process wrote to stdout and stderr so far. */
  logs(): string;
}

/** The server exited, or never said it was listening, before `startServerProcess` could return. */
export class ServerProcessError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly output: string,
  ) {
    super(`${message}\n--- server output ---\n${output}`);
  }
}

// A test worker that dies must not leave servers behind holding ports and data directories.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Runs wismo as a real process, the way `npm start` does (src/cli/start.mjs: the cached bundle
 * and, on a fresh data directory, the PGlite template), on a free port and its own database:
 * a fresh temporary WISMO_DATA_DIR, or, when DATABASE_URL is set for the tests, a scratch
 * PostgreSQL database. `env` overrides anything; a WISMO_DATA_DIR or DATABASE_URL
 * passed there belongs to the caller and is neither created nor removed here.
 */
export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const cleanups: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => {});
  };

  const storage: Record<string, string> = {};
  const baseUrl = process.env.DATABASE_URL;
  if (env.DATABASE_URL === undefined && baseUrl) {
    // Imported lazily: test-app loads the whole application, which this process never runs.
    const { createScratchDatabase } = await import('./test-app.js');
    const scratch = await createScratchDatabase(baseUrl);
    cleanups.push(scratch.drop);
    storage.DATABASE_URL = scratch.url;
  } else if (env.DATABASE_URL === undefined && env.WISMO_DATA_DIR === undefined) {
    const dataDir = await mkdtemp(join(tmpdir(), 'wismo-e2e-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    storage.WISMO_DATA_DIR = dataDir;
  }

  const startedAt = performance.now();
  const child = spawn(process.execPath, ['src/cli/start.mjs'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      PORT: '0',
      HOST: '127.0.0.1',
      ...storage,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);

  let output = '';
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    output += chunk;
  });

  const exited = new Promise<number | null>((resolve) => {
    // 'close', not 'exit': by then stdout and stderr are drained, so logs() is complete.
    child.once('close', (code) => {
      running.delete(child);
      resolve(code);
    });
  });

  let url: string;
  try {
    url = await new Promise<string>((resolve, reject) => {
      let pending = '';
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(
          new ServerProcessError(
            `server did not log "wismo is listening" within ${READY_TIMEOUT_MS} ms`,
            null,
            output,
          ),
        );
      }, READY_TIMEOUT_MS);
      child.stdout!.on('data', (chunk: string) => {
        output += chunk;
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const listening = listeningUrl(line);
          if (listening) {
            clearTimeout(timer);
            resolve(listening);
          }
        }
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(
          new ServerProcessError(`could not spawn the server: ${error.message}`, null, output),
        );
      });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(
          new ServerProcessError(`server exited with code ${code} before listening`, code, output),
        );
      });
    });
  } catch (error) {
    await exited;
    await cleanup();
    throw error;
  }
  const readyMs = Math.round(performance.now() - startedAt);

  let stopping: Promise<number | null> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        try {
          await exited;
        } finally {
          clearTimeout(timer);
        }
      }
      const code = await exited;
      await cleanup();
      return code;
    })();
    return stopping;
  };

  return { url, origin: new URL(url).origin, readyMs, stop, logs: () => output };
}

function listeningUrl(line: string): string | undefined {
  if (!line.includes('wismo is listening')) return undefined;
  try {
    const entry = JSON.parse(line) as { msg?: unknown; url?: unknown };
    return entry.msg === 'wismo is listening' && typeof entry.url === 'string'
      ? entry.url
      : undefined;
  } catch {
    return undefined;
  }
}
