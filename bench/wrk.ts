/**
 * One wrk run against one target. wrk (C, one thread) needs a fraction of the CPU autocannon
 * (Node) needs to make the same load, so on a 2-core box it leaves the servers the cores they
 * would have in production and the ratio is not compressed. The requests are generated here
 * (the same generators autocannon uses) and replayed in turn by a Lua script.
 */
import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Measurement } from './load.js';
import type { Target } from './scenarios.js';

/** wrk's path when installed (Debian package `wrk`), else null and autocannon is used. */
export function findWrk(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const lua = (text: string) =>
  JSON.stringify(text).replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex) =>
    // Lua 5.1 (LuaJIT) has no \u escapes: write the UTF-8 bytes as decimal escapes.
    [...Buffer.from(String.fromCharCode(Number.parseInt(hex, 16)), 'utf8')]
      .map((b) => `\\${b}`)
      .join(''),
  );

/**
 * Writes `count` requests, one per line as "path<TAB>body" (JSON bodies hold no raw newline or
 * tab), and returns the headers and method they share.
 */
function writeRequests(target: Target, count: number, file: string) {
  const base = target.request;
  // In chunks: tens of thousands of 50-event batches are more than one string may hold.
  writeFileSync(file, '');
  let lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const req = base.setupRequest ? base.setupRequest({ ...base }, {}) : base;
    lines.push(`${req.path ?? base.path ?? target.path}\t${req.body ?? ''}\n`);
    if (lines.length === 1_000 || i === count - 1) {
      appendFileSync(file, lines.join(''));
      lines = [];
    }
  }
  const headers = Object.entries(base.headers ?? {})
    .map(([k, v]) => `[${lua(k)}]=${lua(v)}`)
    .join(',');
  return `method = ${lua(base.method ?? 'GET')}\nheaders = {${headers}}\n`;
}

const SCRIPT = `
local threads = {}
local function json(text)
  return '"' .. text:gsub('[%c"\\\\]', function(c) return string.format('\\\\u%04x', c:byte()) end) .. '"'
end
function setup(thread) table.insert(threads, thread) end
function init(args)
  lines = io.lines(requests_file)
  failed = 0
  sample = ""
end
function request()
  local line = lines()
  if not line then
    if unique then error("out of unique requests") end
    lines = io.lines(requests_file)
    line = lines()
  end
  local tab = line:find("\t", 1, true)
  local body = line:sub(tab + 1)
  return wrk.format(method, line:sub(1, tab - 1), headers, body ~= "" and body or nil)
end
function response(status, headers, body)
  if status >= 300 or body:find('"errors"', 1, true) or body:find('"__typename":"Invalid', 1, true) or body:find('"error"', 1, true) then
    failed = failed + 1
    if sample == "" then sample = status .. " " .. body:sub(1, 300) end
  end
end
function done(summary, latency, requests)
  local failedTotal, firstSample = 0, ""
  for _, t in ipairs(threads) do
    failedTotal = failedTotal + t:get("failed")
    local s = t:get("sample")
    if firstSample == "" and s then firstSample = s end
  end
  io.write(string.format('WRKJSON {"requests":%d,"bytes":%d,"seconds":%f,"p50":%f,"p99":%f,"non2xx":%d,"errors":%d,"failed":%d,"sample":%s}\\n',
    summary.requests, summary.bytes, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    failedTotal, json(firstSample)))
end
`;

export async function measureWithWrk(
  wrk: string,
  origin: string,
  target: Target,
  connections: number,
  duration: number,
  options: { unique?: boolean } = {},
): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), 'wismo-wrk-'));
  try {
    // Unique requests (ingestion) are read once: the raw baseline ingests ~950 batches/s on a
    // slow 2-core box and over 1,500 on a faster one, where 1,500 per second of the run ran out
    // in a 10 s warm-up (wrk stops with a Lua error); others cycle through a varied set.
    const count = options.unique ? duration * 3_000 : 5_000;
    const file = join(dir, 'requests.txt');
    const shared = writeRequests(target, count, file);
    const script = join(dir, 'bench.lua');
    writeFileSync(
      script,
      `unique = ${options.unique ? 'true' : 'false'}\nrequests_file = ${lua(file)}\n${shared}${SCRIPT}`,
    );
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        wrk,
        [
          '-t1',
          `-c${connections}`,
          `-d${duration}s`,
          '--timeout',
          '10s',
          '-s',
          script,
          `${origin}${target.path}`,
        ],
        { maxBuffer: 1 << 20 },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
      );
    });
    const line = stdout.split('\n').find((l) => l.startsWith('WRKJSON '));
    if (!line) throw new Error(`wrk printed no summary:\n${stdout}`);
    const r = JSON.parse(line.slice('WRKJSON '.length)) as {
      requests: number;
      bytes: number;
      seconds: number;
      p50: number;
      p99: number;
      non2xx: number;
      errors: number;
      failed: number;
      sample: string;
    };
    return {
      seconds: r.seconds,
      requests: r.requests,
      reqPerSec: r.requests / r.seconds,
      bytesPerSec: r.bytes / r.seconds,
      p50: r.p50,
      p99: r.p99,
      non2xx: r.non2xx,
      rateLimited: 0,
      errors: r.errors,
      failedBodies: Math.max(0, r.failed - r.non2xx),
      sampleFailure: r.sample || null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
