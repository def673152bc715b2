/**
 * `npm test`: brings up real PostgreSQL and Kafka, then runs every check and test suite and ends
 * with one line `N passed, N failed`. Each check (lint, typecheck, ...) counts as one; each Jest
 * test counts as one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
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

function run(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): StepResult {
  const started = Date.now();
  console.log(`\n=== ${name}: ${path.basename(command)} ${args.join(' ')}`);
  const res = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  const result = { name, ok: res.status === 0, seconds: (Date.now() - started) / 1000 };
  console.log(`=== ${name}: ${result.ok ? 'ok' : 'FAILED'} (${result.seconds.toFixed(1)} s)`);
  return result;
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
  await dropLeftoverTestDatabases(pg.adminUrl);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEST_ADMIN_DATABASE_URL: pg.adminUrl,
    KAFKA_BROKERS: kafka.brokers.join(','),
    NODE_ENV: 'test',
  };
  const node = process.execPath;
  const steps: StepResult[] = [];
  steps.push(
    run(
      'resolver types are fresh',
      node,
      ['-r', '@swc-node/register', 'tools/codegen/run-codegen.ts', '--check'],
      env,
    ),
  );
  steps.push(
    run(
      'supergraph composes and is fresh',
      node,
      ['-r', '@swc-node/register', 'tools/compose-supergraph/compose.ts', '--check'],
      env,
    ),
  );
  steps.push(
    run(
      'no breaking schema change since the last release',
      node,
      ['-r', '@swc-node/register', 'tools/compose-supergraph/check-breaking.ts'],
      env,
    ),
  );
  steps.push(
    run(
      'each subgraph deployable alone (HEAD composed with the released others)',
      node,
      ['-r', '@swc-node/register', 'tools/compose-supergraph/check-independent.ts'],
      env,
    ),
  );
  // @nx/enforce-module-boundaries silently skips itself without a computed project graph.
  steps.push(
    run('nx project graph', bin('nx'), ['show', 'projects'], { ...env, NX_DAEMON: 'false' }),
  );
  steps.push(run('lint', bin('eslint'), ['.', '--max-warnings=0'], env));
  steps.push(
    run('formatting (prettier)', bin('prettier'), ['--check', '--log-level=warn', '.'], env),
  );
  steps.push(run('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], env));
  // The portal is browser code (DOM, JSX): its own tsconfig, outside the Node one above.
  steps.push(
    run(
      'portal typecheck (DOM)',
      bin('tsc'),
      ['-p', 'apps/portal/src/tsconfig.json', '--noEmit'],
      env,
    ),
  );
  steps.push(
    run(
      'portal operations typed against the current supergraph',
      node,
      ['-r', '@swc-node/register', 'apps/portal/tools/codegen.ts', '--check'],
      env,
    ),
  );

  steps.push(
    run(
      'embedded PostgreSQL from a 0700 checkout (migrate, one integration test file)',
      node,
      ['-r', '@swc-node/register', 'tools/test/embedded-postgres-check.ts'],
      env,
    ),
  );
  steps.push(
    run(
      'README commands marked runnable',
      node,
      ['-r', '@swc-node/register', 'tools/test/readme-commands-check.ts'],
      env,
    ),
  );

  // The stacks the e2e and seed tests start run the compiled apps; Stack.start() would build them
  // too, but here it is one visible step (about a second; nothing to do when dist/ is fresh).
  steps.push(
    run(
      'build (SWC to dist/apps)',
      node,
      ['-r', '@swc-node/register', 'tools/build/build-cli.ts'],
      env,
    ),
  );

  // The browser tests (apps/portal/test, in the Jest run below) serve this build.
  steps.push(
    run(
      'portal build (vite) within its initial JS budget',
      node,
      ['-r', '@swc-node/register', 'apps/portal/tools/build.ts'],
      env,
    ),
  );

  mkdirSync(path.dirname(RESULTS), { recursive: true });
  rmSync(RESULTS, { force: true });
  const jest = run(
    'unit, integration and end-to-end tests',
    bin('jest'),
    ['--ci', '--maxWorkers=2', '--json', `--outputFile=${RESULTS}`],
    env,
  );

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
