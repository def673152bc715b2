/**
 * What one end-to-end stack costs: the phases of `TestStack.start()` and `dispose()`, timed.
 *
 *   node -r @swc-node/register tools/bench/stack-start.ts [--runs 3] [--offset 2900]
 *
 * Each run starts a whole TestStack (mail catcher, databases, six subgraphs, gateway) the way an
 * e2e file does, but phase by phase, then disposes it, and prints the milliseconds of each phase
 * (each subgraph's own time to /health/ready, measured from the common spawn) and the CPU the
 * child processes used to start. Uses the port offset given (default 2900: ports 69xx, mail 6925
 * and 6980), which no test file uses. Drops everything it created.
 */
import { SUBGRAPHS } from '@ekst/platform';
import { deleteTopicsWithPrefix, TestStack } from '@ekst/testing';
import { cpuSeconds } from './proc-stats';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const RUNS = arg('runs', 3);
const OFFSET = arg('offset', 2900);

async function timed<T>(
  into: Record<string, number>,
  name: string,
  f: () => Promise<T>,
): Promise<T> {
  const t0 = performance.now();
  try {
    return await f();
  } finally {
    into[name] = Math.round(performance.now() - t0);
  }
}

async function oneRun(): Promise<Record<string, number>> {
  const stack = new TestStack('bench-stack-start', OFFSET);
  const ms: Record<string, number> = {};
  const t0 = performance.now();
  try {
    await timed(ms, 'mail catcher', () => stack.startMailCatcher());
    await timed(ms, 'create databases', () => stack.createDatabases());
    // as Stack.start(): the six subgraphs and the gateway spawned together
    await timed(ms, 'all seven ready (parallel)', () =>
      Promise.all([
        ...SUBGRAPHS.map((s) => timed(ms, `  ${s.name}`, () => stack.startService(s.name))),
        timed(ms, '  gateway', () => stack.startGateway()),
      ]),
    );
    ms['start total'] = Math.round(performance.now() - t0);
    let cpu = 0;
    for (const pid of stack.pids().values()) cpu += cpuSeconds([pid]);
    ms['start CPU of the 7 processes (ms)'] = Math.round(cpu * 1000);
  } finally {
    const d0 = performance.now();
    await timed(ms, 'stop processes', () => stack.stop());
    // as TestStack.dispose(): these three side by side
    await Promise.all([
      timed(ms, '  stop mail catcher', () => stack.stopMailCatcher()),
      timed(ms, '  drop databases (parallel)', () => stack.dropDatabases()),
      timed(ms, '  delete topics', () => deleteTopicsWithPrefix(stack.opts.topicPrefix)),
    ]);
    ms['dispose total'] = Math.round(performance.now() - d0);
  }
  return ms;
}

async function main(): Promise<void> {
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await oneRun());
  const names = Object.keys(runs[0]);
  const width = Math.max(...names.map((n) => n.length));
  console.log(
    `${'phase (ms)'.padEnd(width)}  ${runs.map((_, i) => `run ${i + 1}`.padStart(7)).join(' ')}   median`,
  );
  for (const n of names) {
    const values = runs.map((r) => r[n] ?? 0);
    const median = [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    console.log(
      `${n.padEnd(width)}  ${values.map((v) => String(v).padStart(7)).join(' ')}  ${String(median).padStart(7)}`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
