/** The heaviest functions of a V8 CPU profile (`npm run bench -- --profile`), as text. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').slice(-2).join('/');
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

/** Self and inclusive time per function, as a share of the busy (non-idle) samples. */
export function summarizeProfile(profile: CpuProfile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') return;
    const dt = profile.timeDeltas[i] ?? 0;
    busy += dt;
    const name = frameName(node);
    self.set(name, (self.get(name) ?? 0) + dt);
    const seen = new Set<string>();
    for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
      const key = frameName(byId.get(p)!);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  });
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, t]) => `  ${((100 * t) / busy).toFixed(1).padStart(5)}%  ${name}`);
  return [
    `busy ${(busy / 1e6).toFixed(1)} s of CPU samples`,
    'self time:',
    ...rows(self),
    'inclusive time:',
    ...rows(total),
  ].join('\n');
}

/** Summarises the newest .cpuprofile in `dir`. */
export function summarizeNewestProfile(dir: string, top?: number): string | null {
  // By time written: Node names the server's profiles CPU.<date>…, the in-process benches theirs
  // ingest-cpu-<ms>, so names do not sort by age across the two.
  const newest = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => ({ f, at: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => a.at - b.at)
    .at(-1)?.f;
  if (!newest) return null;
  const profile = JSON.parse(readFileSync(join(dir, newest), 'utf8')) as CpuProfile;
  return `${join(dir, newest)}\n${summarizeProfile(profile, top)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: npx tsx bench/profile.ts <dir with .cpuprofile files> [top]');
  console.log(summarizeNewestProfile(dir, Number(process.argv[3] ?? 25)) ?? 'no profile found');
}
