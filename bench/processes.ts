/** The two servers under test, each in its own process on a port chosen here. */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const READY_TIMEOUT_MS = 90_000;

export interface ServerProcess {
  name: string;
  origin: string;
  pid: number;
  /** Resident set size in MiB, from /proc/<pid>/status (null when unreadable). */
  rssMiB(): number | null;
  /** User + system CPU time the process has used, in ms (null when unreadable). */
  cpuMs(): number | null;
  /** Everything the process wrote, last 500 lines. */
  output(): string[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function readRss(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** utime + stime from /proc/<pid>/stat: CPU per request does not lie on a busy machine. */
function readCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of proc(5), counted after "pid (comm) ": indices 11 and 12; 100 ticks/s.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

async function waitHealthy(origin: string, child: ChildProcess, lines: string[]): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}:\n${lines.join('\n')}`);
    }
    const ok = await fetch(`${origin}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`server not healthy within ${READY_TIMEOUT_MS} ms:\n${lines.join('\n')}`);
}

async function startProcess(
  name: string,
  script: string,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const port = await freePort();
  // Compiled JavaScript runs as is; TypeScript goes through tsx.
  const args = [...nodeArgs, ...(script.endsWith('.js') ? [script] : ['--import', 'tsx', script])];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 500) lines.splice(0, lines.length - 500);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  process.once('exit', () => child.kill('SIGKILL'));
  const origin = `http://127.0.0.1:${port}`;
  await waitHealthy(origin, child, lines);
  return {
    name,
    origin,
    pid: child.pid!,
    rssMiB: () => readRss(child.pid!),
    cpuMs: () => readCpuMs(child.pid!),
    output: () => [...lines],
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The flags `npm run start:prod` gives node (V8's heap sizes), so the bench runs the same. */
function productionNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
    scripts: Record<string, string>;
  };
  const script = pkg.scripts['start:prod'] ?? '';
  return script.split(/\s+/).filter((arg) => arg.startsWith('--'));
}

/**
 * The product as it runs in production (compiled, NODE_ENV=production); LOG_LEVEL=warn keeps request logging out of the numbers
 * and readiness is polled on /healthz instead of read from the (info) listening line.
 */
export function startProduct(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
  /** A directory for a V8 CPU profile of the whole run (`--profile`), written when it stops. */
  profileDir?: string,
) {
  // The production build: no TypeScript transform in the measured process. `npm run build`, not
  // tsc alone: the help pages' GraphQL types are generated first, which a fresh clone lacks.
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const nodeArgs = [
    ...productionNodeFlags(),
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
  ];
  return startProcess(
    'product',
    'dist/main.js',
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      WISMO_DEMO_DATA: 'false',
      // The benchmark is one client IP hammering the server: the limiter runs (its cost is part of
      // a lookup) with limits above any load this machine can make.
      WISMO_RATE_LOOKUPS_PER_MIN: '100000000',
      WISMO_RATE_FEEDBACK_PER_MIN: '100000000',
      WISMO_RATE_INGESTION_PER_MIN: '100000000',
      WISMO_RATE_READS_PER_MIN: '100000000',
      ...extraEnv,
    },
    nodeArgs,
  );
}

export function startBaseline(databaseUrl: string) {
  return startProcess('baseline', 'bench/baseline-server.ts', { DATABASE_URL: databaseUrl });
}
