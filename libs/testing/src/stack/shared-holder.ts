import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT } from '@ekst/platform';
import { deleteTopicsWithPrefix } from '../kafka-harness';

/**
 * Where each Jest worker records the shared stack it started (processes, databases, topics), so
 * that `tools/test/shared-stacks.js` (Jest's globalTeardown) can remove it after the last file:
 * Jest gives a worker no hook of its own when it ends.
 */
export const SHARED_STACKS_DIR = path.join(REPO_ROOT, '.data', 'shared-stacks');

/** What a worker keeps between files: the shared stack (being started or started) and its record. */
export interface SharedEntry {
  stack: Promise<unknown>;
  record: string;
}

/** What `.data/shared-stacks/<pid>-<worker>.json` holds. */
export interface SharedRecord {
  /** the Jest worker that started it */
  owner: number;
  /** its seven processes and its mail catcher */
  pids: number[];
  adminDatabaseUrl: string;
  databases: string[];
  topicPrefix: string;
  brokers: string[];
}

const HOLDER = Symbol.for('ekst.testing.sharedStack');
type Holder = { [HOLDER]?: SharedEntry };

/**
 * Jest gives every test file its own module registry, so a variable of a module does not outlive
 * the file; Node's built-in modules are the same object for every file of a worker, so the shared
 * stack is kept on one of them.
 */
function holder(): Holder {
  return require('node:child_process') as Holder;
}

export function sharedEntry(): SharedEntry | undefined {
  return holder()[HOLDER];
}

export function setSharedEntry(entry: SharedEntry | undefined): void {
  if (entry) holder()[HOLDER] = entry;
  else delete holder()[HOLDER];
}

/**
 * Stops and removes this worker's shared stack, if it has one. A file that starts a stack of its
 * own calls it first (TestStack.start), so an idle shared stack never runs beside it: two stacks
 * at once per worker would crowd Postgres' 100 connections and the two cores. The next file that
 * asks for the shared stack starts it again.
 *
 * It works from the record, with this file's modules: the stack object belongs to the file that
 * started it, whose Jest environment is gone (its dispose() would load modules from it).
 */
export async function releaseSharedStack(): Promise<void> {
  const entry = sharedEntry();
  if (!entry) return;
  setSharedEntry(undefined);
  await entry.stack.catch(() => null);
  if (!existsSync(entry.record)) return;
  const rec = JSON.parse(readFileSync(entry.record, 'utf8')) as SharedRecord;
  await stopProcesses(rec.pids);
  await Promise.all([
    dropDatabases(rec.adminDatabaseUrl, rec.databases),
    deleteTopicsWithPrefix(rec.topicPrefix, rec.brokers),
  ]);
  rmSync(entry.record, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM (a graceful stop), then SIGKILL for what is still running after 15 s. */
async function stopProcesses(pids: number[]): Promise<void> {
  for (const pid of pids.filter(isAlive)) process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 15000;
  while (pids.some(isAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const pid of pids.filter(isAlive)) process.kill(pid, 'SIGKILL');
}

async function dropDatabases(adminDatabaseUrl: string, databases: string[]): Promise<void> {
  await Promise.all(
    databases.map(async (db) => {
      const admin = new Client({ connectionString: adminDatabaseUrl });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    }),
  );
}
