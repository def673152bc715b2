/**
 * `npm test`: brings up real PostgreSQL and Kafka, then runs every check and test suite and ends
 * with one line `N passed, N failed`. Each check (lint, typecheck, ...) counts as one; each Jest
 * test counts as one.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, setPriority } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ensureKafka, ensurePostgres, redactUrl, stopKafka } from '@ekst/platform';

const ROOT = path.resolve(__dirname, '../..');
const RESULTS = path.join(ROOT, '.data', 'test-results.json');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

interface StepResult {
  name: string;
  ok: boolean;
  seconds: number;
}

/** How many checks run at once: EKST_TEST_CHECK_CONCURRENCY, else the cores (at least 2). */
function checkConcurrency(): number {
  const raw = Number(process.env.EKST_TEST_CHECK_CONCURRENCY);
  if (Number.isInteger(raw) && raw >= 1) return raw;
  return Math.max(2, availableParallelism());
}

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** names of steps that must have ended (ok or not) before this one starts */
  after?: string[];
  /** runs alone, after everything listed before it (a timing-sensitive test, e.g. a race) */
  exclusive?: boolean;
  /** its output goes straight to ours as it comes (Jest's progress), not in one block at its end */
  stream?: boolean;
  /**
   * runs at this lower scheduling priority (`nice`, 1-19): the CPU it gets is what the steps at
   * the normal priority leave idle
   */
  nice?: number;
}

function runAsync(step: Step, env: NodeJS.ProcessEnv): Promise<StepResult> {
  if (step.stream) return runStreaming(step, env);
  const started = Date.now();
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    const child = spawn(step.command, step.args, {
      cwd: ROOT,
      env: { ...env, ...step.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (step.nice && child.pid !== undefined) lowerPriority(child.pid, step.nice);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => out.push(b));
    const finish = (ok: boolean, extra = '') => {
      const result = { name: step.name, ok, seconds: (Date.now() - started) / 1000 };
      process.stdout.write(
        `\n=== ${step.name}: ${path.basename(step.command)} ${step.args.join(' ')}\n` +
          Buffer.concat(out).toString() +
          extra +
          `=== ${step.name}: ${ok ? 'ok' : 'FAILED'} (${result.seconds.toFixed(1)} s)\n`,
      );
      resolve(result);
    };
    child.on('error', (err) => finish(false, `${err.message}\n`));
    child.on('close', (code) => finish(code === 0));
  });
}

/** Best effort: where the OS refuses, the step runs at the normal priority. */
function lowerPriority(pid: number, nice: number): void {
  try {
    setPriority(pid, nice);
  } catch {
    /* not permitted here: it only runs sooner */
  }
}

function runStreaming(step: Step, env: NodeJS.ProcessEnv): Promise<StepResult> {
  const started = Date.now();
  console.log(`\n=== ${step.name}: ${path.basename(step.command)} ${step.args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {
      cwd: ROOT,
      env: { ...env, ...step.env },
      stdio: 'inherit',
    });
    const finish = (ok: boolean) => {
      const result = { name: step.name, ok, seconds: (Date.now() - started) / 1000 };
      console.log(`=== ${step.name}: ${ok ? 'ok' : 'FAILED'} (${result.seconds.toFixed(1)} s)`);
      resolve(result);
    };
    child.on('error', (err) => {
      console.log(err.message);
      finish(false);
    });
    child.on('close', (code) => finish(code === 0));
  });
}

/**
 * Runs the steps, at most `concurrency` at once, each as soon as the steps it comes `after` have
 * ended; results in the order given.
 */
async function runSteps(
  steps: Step[],
  env: NodeJS.ProcessEnv,
  concurrency: number,
): Promise<StepResult[]> {
  const results = new Map<string, StepResult>();
  const waiting = [...steps];
  const running = new Map<string, Promise<void>>();
  while (waiting.length || running.size) {
    const exclusiveRunning = [...running.keys()].some(
      (n) => steps.find((s) => s.name === n)?.exclusive,
    );
    const i = waiting.findIndex(
      (s, at) =>
        (s.after ?? []).every((a) => results.has(a)) &&
        (!s.exclusive || (at === 0 && running.size === 0)),
    );
    if (i >= 0 && running.size < concurrency && !exclusiveRunning) {
      const [step] = waiting.splice(i, 1);
      running.set(
        step.name,
        runAsync(step, env).then((r) => {
          results.set(step.name, r);
          running.delete(step.name);
        }),
      );
      continue;
    }
    if (!running.size)
      throw new Error(`steps wait for unknown steps: ${waiting.map((s) => s.name).join(', ')}`);
    await Promise.race(running.values());
  }
  return steps.map((s) => results.get(s.name)!);
}

/** Removes databases left by an earlier run that was killed before it could clean up. */
async function dropLeftoverTestDatabases(adminUrl: string): Promise<void> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'ekst\\_test\\_%' OR datname LIKE 'ekst\\_%\\_e2e\\_%' OR datname LIKE 'ekst\\_tmpl\\_%\\_building'`,
    );
    for (const { datname } of rows)
      await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await c.end();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const pg = await ensurePostgres();
  console.log(`postgres: ${redactUrl(pg.adminUrl)} (${pg.source})`);
  const kafka = await ensureKafka();
  console.log(`kafka:    ${kafka.brokers.join(',')} (${kafka.source})`);
  const checksOnly = process.argv.includes('--checks-only');
  // Only before a Jest run: the checks alone leave no test databases (and on a shared server
  // other runs' databases are in use).
  if (!checksOnly) await dropLeftoverTestDatabases(pg.adminUrl);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEST_ADMIN_DATABASE_URL: pg.adminUrl,
    KAFKA_BROKERS: kafka.brokers.join(','),
    NODE_ENV: 'test',
  };
  const node = process.execPath;
  const swcNode = (script: string, ...args: string[]) => [
    '-r',
    '@swc-node/register',
    script,
    ...args,
  ];
  const BUILD = 'build (SWC to dist/apps)';
  const PORTAL_BUILD = 'portal build (vite) within its initial JS budget';
  const BROWSER = 'chromium and poppler-utils present (browser and PDF tests)';
  const JEST = 'unit, integration and end-to-end tests';
  // What the Jest run needs first: the compiled apps its stacks run, the portal build its browser
  // tests serve, and the browser itself. The embedded PostgreSQL check fires 500 concurrent
  // registrations: on 2 cores not beside anything else, so it runs alone, first, on the idle
  // machine.
  const prerequisites: Step[] = [
    {
      name: 'embedded PostgreSQL from a 0700 checkout (migrate, one integration test file)',
      command: node,
      args: swcNode('tools/test/embedded-postgres-check.ts'),
      exclusive: true,
    },
    // The stacks the e2e and seed tests start run the compiled apps; Stack.start() would build
    // them too, but here it is one visible step (about 3 s; nothing to do when dist/ is fresh).
    { name: BUILD, command: node, args: swcNode('tools/build/build-cli.ts') },
    // The browser tests (apps/portal/test, in the Jest run) serve this build.
    { name: PORTAL_BUILD, command: node, args: swcNode('apps/portal/tools/build.ts') },
    // Chromium and poppler-utils for the browser and PDF tests, installed here once (apt-get)
    // when missing, not by two Jest workers at once.
    { name: BROWSER, command: node, args: swcNode('tools/test/ensure-browser.ts') },
  ];
  // The static checks: independent of each other (except where `after` says), single-threaded
  // and CPU-bound; the longest first, so the last to start is a short one.
  const checks: Step[] = [
    { name: 'typecheck', command: bin('tsc'), args: ['-p', 'tsconfig.json', '--noEmit'] },
    // @nx/enforce-module-boundaries silently skips itself without a computed project graph.
    {
      name: 'nx project graph',
      command: bin('nx'),
      args: ['show', 'projects'],
      env: { NX_DAEMON: 'false' },
    },
    {
      name: 'lint',
      command: bin('eslint'),
      args: ['.', '--max-warnings=0'],
      after: ['nx project graph'],
    },
    // The portal is browser code (DOM, JSX): its own tsconfig, outside the Node one above.
    {
      name: 'portal typecheck (DOM)',
      command: bin('tsc'),
      args: ['-p', 'apps/portal/src/tsconfig.json', '--noEmit'],
    },
    {
      name: 'formatting (prettier)',
      command: bin('prettier'),
      args: ['--check', '--log-level=warn', '.'],
    },
    {
      name: 'resolver types are fresh',
      command: node,
      args: swcNode('tools/codegen/run-codegen.ts', '--check'),
    },
    {
      name: 'supergraph composes and is fresh',
      command: node,
      args: swcNode('tools/compose-supergraph/compose.ts', '--check'),
    },
    {
      name: 'no breaking schema change since the last release',
      command: node,
      args: swcNode('tools/compose-supergraph/check-breaking.ts'),
    },
    {
      name: 'each subgraph deployable alone (HEAD composed with the released others)',
      command: node,
      args: swcNode('tools/compose-supergraph/check-independent.ts'),
    },
    {
      name: 'portal operations typed against the current supergraph',
      command: node,
      args: swcNode('apps/portal/tools/codegen.ts', '--check'),
    },
    {
      name: 'README commands marked runnable',
      command: node,
      args: swcNode('tools/test/readme-commands-check.ts'),
    },
  ];
  const jestStep: Step = {
    name: JEST,
    command: bin('jest'),
    args: ['--ci', '--maxWorkers=2', '--json', `--outputFile=${RESULTS}`],
    after: [BUILD, PORTAL_BUILD, BROWSER],
    stream: true,
  };
  if (!checksOnly) {
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    rmSync(RESULTS, { force: true });
  }
  // Everything runs side by side. Jest starts as soon as its prerequisites are ready; the checks
  // run beside it, as many at once as there are cores (at least 2), at a lower priority (nice
  // 10): Jest's two workers keep the cores busy while they start stacks, and the checks take what
  // they leave idle while its files wait on Kafka, the stacks' processes or their own timers.
  // (At the same priority, one at a time beside Jest, the checks' 330 CPU-seconds ran while the
  // stack files were starting stacks on both cores, and slowed them.)
  // A check's output is printed in one block when it ends; Jest's as it comes.
  const all = await runSteps(
    checksOnly
      ? [...prerequisites, ...checks]
      : [...prerequisites, jestStep, ...checks.map((c) => ({ ...c, nice: 10 }))],
    env,
    checksOnly ? checkConcurrency() : checkConcurrency() + 1,
  );
  const steps = all.filter((s) => s.name !== JEST);

  if (checksOnly) {
    // the checks without the Jest run (e.g. to time them: tools/test/README or the root README)
    const failedChecks = steps.filter((s) => !s.ok).length;
    console.log(
      `\n${steps.map((s) => `${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds.toFixed(1)} s)`).join('\n')}`,
    );
    console.log(
      `checks: ${((Date.now() - started) / 1000).toFixed(0)} s (${steps.reduce((a, s) => a + s.seconds, 0).toFixed(0)} s one after the other)`,
    );
    console.log(`${steps.length - failedChecks} passed, ${failedChecks} failed`);
    process.exit(failedChecks === 0 ? 0 : 1);
  }
  const jest = all.find((s) => s.name === JEST)!;

  let passed = steps.filter((s) => s.ok).length;
  let failed = steps.filter((s) => !s.ok).length;
  if (existsSync(RESULTS)) {
    const r = JSON.parse(readFileSync(RESULTS, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numRuntimeErrorTestSuites: number;
    };
    passed += r.numPassedTests;
    failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  } else if (!jest.ok) {
    failed += 1;
  }
  if (!jest.ok && failed === 0) failed += 1; // jest failed for a reason it did not count (e.g. open handles, config)

  if (kafka.source === 'started' && process.env.CI) await stopKafka();
  console.log(
    `\n${[...steps, jest].map((s) => `${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds.toFixed(1)} s)`).join('\n')}`,
  );
  console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error(err);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
