/**
 * `npx nx run portal:build`: codegen check, the portal's own type-check (DOM), `vite build` to
 * dist/apps/portal (with the trusted-documents manifest beside it), then the initial JS budget:
 * the build fails when the initial JavaScript (gzip) exceeds it. `--budget-only` measures an
 * existing build (PORTAL_DIST, default dist/apps/portal); PORTAL_JS_BUDGET_KB overrides the budget
 * (the test that proves the check fails uses a tiny one).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { INITIAL_JS_BUDGET_BYTES, kb, measureInitialJs } from './budget';

const ROOT = path.resolve(__dirname, '../../..');
const PORTAL_DIST = process.env.PORTAL_DIST ?? path.join(ROOT, 'dist', 'apps', 'portal');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

function step(name: string, command: string, args: string[]): void {
  // Always a production build: under Jest or `npm test` NODE_ENV is "test", which would give
  // React's development build (larger, slower) and a wrong budget measurement.
  const res = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (res.status !== 0) {
    process.stderr.write(`portal build: ${name} failed\n`);
    process.exit(1);
  }
}

function main(): void {
  const onlyBudget = process.argv.includes('--budget-only');
  if (!onlyBudget) {
    step('codegen', process.execPath, ['-r', '@swc-node/register', 'apps/portal/tools/codegen.ts']);
    step('typecheck', bin('tsc'), ['-p', 'apps/portal/src/tsconfig.json', '--noEmit']);
    step('vite build', bin('vite'), ['build', '--config', 'apps/portal/vite.config.mts']);
    copyFileSync(
      path.join(ROOT, 'apps/portal/src/__generated__/gql/persisted-documents.json'),
      path.join(PORTAL_DIST, 'persisted-documents.json'),
    );
  }
  const budget = process.env.PORTAL_JS_BUDGET_KB
    ? Number(process.env.PORTAL_JS_BUDGET_KB) * 1024
    : INITIAL_JS_BUDGET_BYTES;
  const report = measureInitialJs(PORTAL_DIST, budget);
  for (const f of report.files)
    process.stdout.write(`  ${f.file}  ${kb(f.bytes)} (${kb(f.gzipBytes)} gzip)\n`);
  process.stdout.write(
    `portal initial JS: ${kb(report.gzipBytes)} gzip, budget ${kb(report.budgetBytes)}: ${report.ok ? 'ok' : 'OVER BUDGET'}\n`,
  );
  if (!report.ok) process.exit(1);
}

main();
