/**
 * Summarises a V8 CPU profile (`node --cpu-prof`, e.g. `npm run bench:federation -- --cpu-prof ours`):
 * the functions with the most self time, and the packages/files they belong to.
 *
 *   node -r @swc-node/register tools/bench/federation/profile-summary.ts <file.cpuprofile> [--top 30]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [--top 30]');
const topIndex = process.argv.indexOf('--top');
const TOP = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 30;
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMicros = new Map<number, number>();
profile.samples.forEach((id, i) =>
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
);
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);

const where = (url: string) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.includes('/apps/') || url.includes('/libs/') || url.includes('/tools/'))
    return url.replace(/^.*?\/(apps|libs|tools)\//, '$1/');
  return url ? url.replace(/^node:/, 'node:') : '(native)';
};

const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const node = byId.get(id);
  if (!node) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const pkg = where(url);
  const key = `${functionName || '(anonymous)'}  ${pkg}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  const group =
    pkg.startsWith('apps/') || pkg.startsWith('libs/') ? pkg.split('/').slice(0, 2).join('/') : pkg;
  byPackage.set(group, (byPackage.get(group) ?? 0) + micros);
}
const pct = (v: number) => `${((100 * v) / total).toFixed(1)}%`.padStart(6);
process.stdout.write(
  `total sampled: ${(total / 1e6).toFixed(2)} s\n\nby package/file (self time):\n`,
);
for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 20))
  process.stdout.write(`${pct(v)}  ${k}\n`);
process.stdout.write(`\ntop ${TOP} functions (self time):\n`);
for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP))
  process.stdout.write(`${pct(v)}  ${k}\n`);
