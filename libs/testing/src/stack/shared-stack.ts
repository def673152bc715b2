import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from '@ekst/platform';
import { TestStack } from './test-stack';
import { setSharedEntry, SHARED_STACKS_DIR, sharedEntry } from './shared-holder';
import type { SharedRecord } from './shared-holder';

export { releaseSharedStack, SHARED_STACKS_DIR } from './shared-holder';

/** Port offset of worker n's shared stack: 3200, 3300, ... (ports 72xx, 73xx: no file's own). */
const SHARED_OFFSET = 3200;

/**
 * The whole platform in its default configuration (with Chromium for PDFs), started once per Jest worker (on the first
 * call) and shared by the e2e files that call this, one after another; removed when the worker
 * starts a stack of its own, and after the run.
 *
 * A file that shares it must not stop, kill or reconfigure it (such files start a `TestStack` of
 * their own), must not dispose it, and must keep to its own data: create its own partners, people
 * and events, and assert on what it created, never on the whole database (other files of the same
 * worker have used it before).
 */
export async function sharedTestStack(): Promise<TestStack> {
  let entry = sharedEntry();
  if (!entry) {
    const worker = Number(process.env.JEST_WORKER_ID ?? '1');
    const record = path.join(SHARED_STACKS_DIR, `${process.pid}-${worker}.json`);
    entry = { stack: startShared(worker, record), record };
    setSharedEntry(entry);
    const started = entry;
    // a failed start is not kept: the next file tries again
    entry.stack.catch(() => {
      if (sharedEntry() === started) setSharedEntry(undefined);
    });
  }
  return (await entry.stack) as TestStack;
}

async function startShared(worker: number, record: string): Promise<TestStack> {
  // Chromium for the files that download PDFs (annual report, subject access export).
  const stack = new TestStack(`shared${worker}`, SHARED_OFFSET + 100 * (worker - 1), {
    CHROMIUM_PATH: ensureChromium(),
  });
  stack.shared = true;
  await stack.start();
  mkdirSync(SHARED_STACKS_DIR, { recursive: true });
  const rec: SharedRecord = {
    owner: process.pid,
    pids: stack.ownedPids(),
    adminDatabaseUrl: stack.opts.adminDatabaseUrl,
    databases: stack.databaseNames(),
    topicPrefix: stack.opts.topicPrefix,
    brokers: stack.opts.brokers,
  };
  writeFileSync(record, JSON.stringify(rec));
  return stack;
}
