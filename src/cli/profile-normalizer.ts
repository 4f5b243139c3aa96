/**
 * `npm run profile:normalizer [-- <passes>]`: where the normalizer's time goes, read as the eval's
 * throughput measures it: after the same warm-up, so the one-off costs of the first passes (typo
 * corrections worked out, then remembered; the compiler settling) do not fill the profile. Writes
 * the V8 profile to data/normalizer.cpuprofile (open it in Chrome's DevTools) and prints the
 * functions with the most time of their own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { aliasEntriesSync, normalizerRules } from '../db/content.js';
import { readCorpus } from '../db/corpus.js';
import { buildAliasIndex } from '../domain/status-normalizer.js';
import { throughputInputs } from './throughput.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

const rules = normalizerRules();
const aliases = aliasEntriesSync();
const index = buildAliasIndex(aliases, { rules, memoSize: 0 });
const inputs = throughputInputs(readCorpus().map((r) => r.message));
const passes = Number(process.argv[2] ?? 6);

let sink = 0;
for (let p = 0; p < 2; p++) for (const m of inputs) sink += index.match(m).confidence;
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const cpuStart = process.cpuUsage();
for (let p = 0; p < passes; p++) for (const m of inputs) sink += index.match(m).confidence;
const used = process.cpuUsage(cpuStart);
const { profile } = await session.post('Profiler.stop');
session.disconnect();

mkdirSync('data', { recursive: true });
writeFileSync('data/normalizer.cpuprofile', JSON.stringify(profile));
const seconds = (used.user + used.system) / 1e6;
console.log(
  `${Math.round((passes * inputs.length) / seconds).toLocaleString('en')} messages per CPU second under the profiler (${sink > 0 ? 'answers read' : 'no answers'}); profile in data/normalizer.cpuprofile`,
);
const nodes = new Map((profile.nodes as ProfileNode[]).map((n) => [n.id, n]));
const self = new Map<string, number>();
for (const id of profile.samples ?? []) {
  const frame = nodes.get(id)!.callFrame;
  const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').at(-1) ?? ''}`;
  self.set(name, (self.get(name) ?? 0) + 1);
}
const total = profile.samples?.length ?? 1;
for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${((100 * n) / total).toFixed(1).padStart(5)} %  ${name}`);
}
