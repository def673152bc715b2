import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
} from 'node:fs';
import path from 'node:path';
import { buildApp, REPO_ROOT } from '../src';

/**
 * The compiled build, into a copy of the repository's sources (not the real dist/, which a
 * running stack may be using): the layout main.js expects, lib resolution, and freshness.
 */
describe('buildApp', () => {
  let root: string;

  beforeAll(() => {
    // inside the repository, so the output resolves third-party packages from its node_modules
    mkdirSync(path.join(REPO_ROOT, '.data'), { recursive: true });
    root = mkdtempSync(path.join(REPO_ROOT, '.data', 'build-test-'));
    cpSync(path.join(REPO_ROOT, '.swcrc'), path.join(root, '.swcrc'));
    cpSync(path.join(REPO_ROOT, 'libs'), path.join(root, 'libs'), {
      recursive: true,
      filter: (src) => !src.includes(`${path.sep}node_modules`),
    });
    cpSync(
      path.join(REPO_ROOT, 'apps', 'teacher-swap', 'src'),
      path.join(root, 'apps', 'teacher-swap', 'src'),
      {
        recursive: true,
      },
    );
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes main.js, schema.graphql beside it and the libs it uses, and no tests', async () => {
    const result = await buildApp('teacher-swap', root);
    const out = path.join(root, 'dist', 'apps', 'teacher-swap');
    expect(result).toMatchObject({ built: true, outDir: out });
    expect(existsSync(path.join(out, 'main.js'))).toBe(true);
    expect(existsSync(path.join(out, 'main.js.map'))).toBe(true);
    expect(readFileSync(path.join(out, 'schema.graphql'), 'utf8')).toContain('type Swap');
    expect(result.libs).toEqual(expect.arrayContaining(['auth', 'contracts', 'subgraph-kit']));
    expect(result.libs).not.toContain('testing');
    expect(result.libs).not.toContain('platform');
    const kit = path.join(out, 'node_modules', '@ekst', 'subgraph-kit');
    expect(JSON.parse(readFileSync(path.join(kit, 'package.json'), 'utf8')).main).toBe('index.js');
    expect(existsSync(path.join(kit, 'config.spec.js'))).toBe(false);
  });

  it('loads in plain Node: every @ekst require resolves to compiled JavaScript', () => {
    const out = path.join(root, 'dist', 'apps', 'teacher-swap');
    // module.js, not main.js: loading must succeed without starting a server
    const res = spawnSync(
      process.execPath,
      [
        '-e',
        `require('reflect-metadata'); console.log(Object.keys(require('./module.js')).join(','))`,
      ],
      {
        cwd: out,
        encoding: 'utf8',
      },
    );
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain('teacherSwapModule');
  });

  it('does nothing when nothing changed, and rebuilds when a source file did', async () => {
    expect((await buildApp('teacher-swap', root)).built).toBe(false);
    const main = path.join(root, 'apps', 'teacher-swap', 'src', 'main.ts');
    const later = new Date(Date.now() + 5000);
    utimesSync(main, later, later);
    expect((await buildApp('teacher-swap', root)).built).toBe(true);
  });
});
