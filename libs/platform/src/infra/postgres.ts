/**
 * PostgreSQL for development and tests, in this order:
 *   1. DATABASE_URL, when set;
 *   2. a server on 127.0.0.1:5432 that accepts user postgres without a password;
 *   3. an embedded PostgreSQL (embedded-postgres.ts) on 127.0.0.1:54329 (EKST_PG_PORT), also when
 *      the server on 5432 wants a password. See tools/infra/README.md.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import {
  embeddedLayout,
  isEmbeddedRunning,
  startEmbedded,
  stopEmbedded,
} from './embedded-postgres';
import { DATA_ROOT, withLockFile } from './process-utils';
import type { Logger } from './process-utils';

const LOCAL_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCK_FILE = path.join(DATA_ROOT, 'postgres.lock');

/** The embedded server's log (its directory lives outside the checkout; see embedded-postgres.ts). */
export const POSTGRES_LOG = embeddedLayout().log;

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

/** Why the server on 5432 is not used: nothing answers, or it wants a password (28P01/28000). */
async function probeLocal(): Promise<'ok' | 'password' | 'down'> {
  const client = new Client({
    connectionString: LOCAL_URL,
    connectionTimeoutMillis: 2000,
    query_timeout: 2000,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return 'ok';
  } catch (err) {
    const code = (err as { code?: string }).code;
    const message = err instanceof Error ? err.message : '';
    return code === '28P01' || code === '28000' || /password/i.test(message) ? 'password' : 'down';
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
  const log = opts.log ?? defaultLog;
  if (!forceEmbedded()) {
    const local = await probeLocal();
    if (local === 'ok') return { adminUrl: LOCAL_URL, source: 'local' };
    if (local === 'password')
      log(
        'the PostgreSQL on 127.0.0.1:5432 wants a password: using an embedded one instead ' +
          '(set DATABASE_URL to use that server)',
      );
  }
  fs.mkdirSync(DATA_ROOT, { recursive: true });
  const source = await withLockFile(LOCK_FILE, 5 * 60_000, log, () =>
    startEmbedded(log, (url) => canConnect(url)),
  );
  return { adminUrl: embeddedLayout().url, source };
}

/** Stops the embedded server if it runs. Never touches DATABASE_URL or the server on 5432. */
export async function stopPostgres(opts: PostgresOptions = {}): Promise<boolean> {
  return stopEmbedded(opts.log ?? defaultLog);
}

export async function postgresStatus(): Promise<PostgresStatus> {
  const embeddedRunning = await isEmbeddedRunning();
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    return { adminUrl: fromEnv.trim(), source: 'env', embeddedRunning };
  }
  if (!forceEmbedded() && (await canConnect(LOCAL_URL))) {
    return { adminUrl: LOCAL_URL, source: 'local', embeddedRunning };
  }
  if (embeddedRunning)
    return { adminUrl: embeddedLayout().url, source: 'embedded-running', embeddedRunning };
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
