import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INITIAL_JS_BUDGET_BYTES, measureInitialJs } from '../tools/budget';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * The initial JS budget: the entry chunk and what it imports statically count, lazy route chunks
 * do not, and the build command exits non-zero when the budget is exceeded. Measured on a real
 * directory laid out as Vite writes it (random bytes: gzip cannot shrink them).
 */
describe('the portal initial JS budget', () => {
  let dist: string;
  const kib = (n: number) => randomBytes(n * 1024);

  beforeAll(() => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'portal-budget-'));
    mkdirSync(path.join(dist, '.vite'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'assets/index.js'), kib(40));
    writeFileSync(path.join(dist, 'assets/vendor.js'), kib(30));
    writeFileSync(path.join(dist, 'assets/Impact.js'), kib(300));
    writeFileSync(path.join(dist, 'assets/index.css'), kib(50));
    writeFileSync(
      path.join(dist, '.vite/manifest.json'),
      JSON.stringify({
        'index.html': {
          file: 'assets/index.js',
          isEntry: true,
          imports: ['_vendor.js'],
          dynamicImports: ['pages/Impact.tsx'],
          css: ['assets/index.css'],
        },
        '_vendor.js': { file: 'assets/vendor.js' },
        'pages/Impact.tsx': {
          file: 'assets/Impact.js',
          isDynamicEntry: true,
          imports: ['_vendor.js'],
        },
      }),
    );
  });

  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  const budgetCli = (kb: number) =>
    spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/portal/tools/build.ts', '--budget-only'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, PORTAL_DIST: dist, PORTAL_JS_BUDGET_KB: String(kb) },
      },
    );

  it('counts the entry and its static imports, not lazy chunks or CSS', () => {
    const report = measureInitialJs(dist, INITIAL_JS_BUDGET_BYTES);
    expect(report.files.map((f) => f.file).sort()).toEqual(['assets/index.js', 'assets/vendor.js']);
    expect(report.gzipBytes).toBeGreaterThan(70 * 1024);
    expect(report.gzipBytes).toBeLessThan(72 * 1024);
    expect(report.ok).toBe(true);
  });

  it('fails the build when the initial JS exceeds the budget, passes within it', () => {
    const over = budgetCli(60);
    expect(over.status).toBe(1);
    expect(over.stdout).toMatch(/portal initial JS: 70\.\d kB gzip, budget 60\.0 kB: OVER BUDGET/);
    const within = budgetCli(80);
    expect(within.status).toBe(0);
    expect(within.stdout).toContain('budget 80.0 kB: ok');
  });
});
