import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { REPO_ROOT } from '@ekst/platform';

const run = promisify(execFile);

/**
 * A project's `testTimeout` in jest.preset.js applies to its tests. Jest itself ignores
 * `testTimeout` inside `projects`, which once left the browser journeys (declared 180 s) with the
 * root's 60 s, and a loaded CI machine failed them. Here a real Jest run over two throwaway
 * projects with a 1 s root timeout: the test that waits 1.5 s passes where the project allows 10 s,
 * and times out where it does not (so the check can fail).
 */
describe("a project's own test timeout", () => {
  const dir = path.join(REPO_ROOT, '.data', `project-timeout-${randomBytes(3).toString('hex')}`);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('applies to every test of that project, and only of that project', async () => {
    for (const project of ['longer', 'root']) {
      mkdirSync(path.join(dir, project), { recursive: true });
      writeFileSync(
        path.join(dir, project, 'wait.spec.ts'),
        `it('waits 1.5 s', () => new Promise((resolve) => setTimeout(resolve, 1500)));\n`,
      );
    }
    const preset = JSON.stringify(path.join(REPO_ROOT, 'jest.preset.js'));
    writeFileSync(
      path.join(dir, 'jest.config.js'),
      `const { projectConfig } = require(${preset});
module.exports = {
  testTimeout: 1000,
  projects: [
    projectConfig(${JSON.stringify(path.join(dir, 'longer'))}, { testTimeout: 10000 }),
    projectConfig(${JSON.stringify(path.join(dir, 'root'))}),
  ],
};\n`,
    );
    const results = path.join(dir, 'results.json');
    await run(
      process.execPath,
      [
        require.resolve('jest/bin/jest'),
        '--config',
        path.join(dir, 'jest.config.js'),
        '--json',
        '--outputFile',
        results,
      ],
      { cwd: dir },
    ).catch(() => undefined); // one project fails by design; the results file says which
    const report = JSON.parse(readFileSync(results, 'utf8')) as {
      testResults: Array<{ name: string; assertionResults: Array<{ status: string }> }>;
    };
    const statusOf = (project: string) =>
      report.testResults
        .filter((r) => r.name.includes(`${path.sep}${project}${path.sep}`))
        .flatMap((r) => r.assertionResults.map((a) => a.status));
    expect(statusOf('longer')).toEqual(['passed']);
    expect(statusOf('root')).toEqual(['failed']);
  }, 60000);
});
