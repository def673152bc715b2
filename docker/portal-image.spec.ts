/**
 * The portal's image without a Docker engine: lays out its /out exactly as the Dockerfile's build
 * stage does (tools/build/portal-image-cli.ts, then the built files under public/), in a
 * temporary directory outside the repository so Node cannot fall back on the repository's
 * node_modules, and runs the server from there with a bare environment, as the image's CMD does.
 * The built files are a stand-in index.html: `nx run portal:build` (vite) is the portal's own
 * test's business; what is proven here is that the pruned tree runs the server.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compiledRequires, REPO_ROOT } from '@ekst/platform';
import { renderPortalDockerfile } from './dockerfiles';

/** This suite's port: outside the offsets the stacks use (3000s) and the portal's 4100. */
const PORT = 4100 + 3170;

describe('the portal image: its pruned tree runs the server', () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'ekst-portal-image-')), 'out');
  let server: ChildProcess | undefined;

  beforeAll(() => {
    const res = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'tools/build/portal-image-cli.ts', '--out', out],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    if (res.status !== 0) throw new Error(`portal-image-cli failed: ${res.stderr}`);
    // what `cp -R dist/apps/portal /out/public` puts there, in miniature
    mkdirSync(path.join(out, 'public', 'assets'), { recursive: true });
    writeFileSync(path.join(out, 'public', 'index.html'), '<!doctype html><title>EKST</title>');
  }, 60000);

  afterAll(() => {
    server?.kill('SIGTERM');
    rmSync(path.dirname(out), { recursive: true, force: true });
  });

  it('stages the compiled server and exactly the packages it requires, pinned to the lockfile', () => {
    const manifest = JSON.parse(readFileSync(path.join(out, 'package.json'), 'utf8')) as {
      main: string;
      dependencies: Record<string, string>;
    };
    const lock = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    expect(Object.keys(manifest.dependencies)).toEqual(
      [...new Set([...compiledRequires(path.join(out, 'server')).keys()])].sort(),
    );
    for (const [name, version] of Object.entries(manifest.dependencies)) {
      expect(lock.packages[`node_modules/${name}`]?.version).toBe(version);
    }
    // the Dockerfile's CMD runs what the manifest names
    expect(renderPortalDockerfile()).toContain(`CMD ["node", "${manifest.main}"]`);
    // no bundler, framework, compiler or test tool: the browser gets built files
    expect(readdirSync(path.join(out, 'node_modules')).length).toBeGreaterThan(0);
    for (const devOnly of [
      'vite',
      'react',
      'react-dom',
      '@apollo/client',
      'typescript',
      '@swc/core',
      'jest',
    ]) {
      expect([devOnly, existsSync(path.join(out, 'node_modules', devOnly))]).toEqual([
        devOnly,
        false,
      ]);
    }
  });

  it('starts from that tree alone and answers /health, the page and a 502 for an absent gateway', async () => {
    server = spawn(process.execPath, [path.join(out, 'server', 'main.js')], {
      cwd: out,
      // the image's ENV, and nothing from the test's own environment
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        NODE_ENV: 'production',
        PORTAL_PORT: String(PORT),
        PORTAL_HOST: '127.0.0.1',
        PORTAL_DIST: path.join(out, 'public'),
        GATEWAY_URL: 'http://127.0.0.1:9', // nothing listens: the proxy must answer 502 itself
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const base = `http://127.0.0.1:${PORT}`;
    const deadline = Date.now() + 20000;
    let health: Response | undefined;
    while (!health && Date.now() < deadline) {
      health = await fetch(`${base}/health`).catch(() => undefined);
      if (!health) await new Promise((r) => setTimeout(r, 200));
    }
    if (!health) throw new Error(`the portal did not start: ${output}`);
    expect(health.status).toBe(200);
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>EKST</title>');
    const graphql = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    });
    expect(graphql.status).toBe(502);
  });
});
