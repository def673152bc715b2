import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import type { SpawnOptions } from 'node:child_process';

/** Repository root (this file lives in libs/platform/src/infra/). */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** Where local infrastructure keeps its state (git-ignored). */
export const DATA_ROOT = path.join(REPO_ROOT, '.data');

export type Logger = (msg: string) => void;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** True when a process with this pid exists (EPERM means it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * On Linux, the command line of a process (NUL-separated arguments joined by spaces);
 * undefined where /proc is not available or the process is gone.
 */
export function processCommandLine(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return undefined;
  }
}

export function readPidFile(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function removeFile(file: string): void {
  fs.rmSync(file, { force: true });
}

/** Writes a file only when its content changed; returns true when it wrote. */
export function writeFileIfChanged(file: string, content: string): boolean {
  try {
    if (fs.readFileSync(file, 'utf8') === content) return false;
  } catch {
    // missing: write it
  }
  fs.writeFileSync(file, content);
  return true;
}

/** Resolves true when something accepts TCP connections on host:port. */
export function isPortOpen(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (open: boolean): void => {
      socket.removeAllListeners();
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export interface CommandResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** stdout and stderr interleaved. */
  output: string;
}

/** Runs a command to completion, capturing its output. Rejects only when it cannot be started. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: SpawnOptions = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, output }));
  });
}

/** The last `lines` lines of a text file, each cut to 300 characters ('' when it does not exist). */
export function tailFile(file: string, lines = 15): string {
  try {
    const text = fs.readFileSync(file, 'utf8').trimEnd();
    return text
      .split('\n')
      .slice(-lines)
      .map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line))
      .join('\n');
  } catch {
    return '';
  }
}

/**
 * Runs `fn` while holding an exclusive lock file, so concurrent callers (for example `npm test`
 * and `npm start` started together) do not both start a server. A lock left by a dead process
 * is taken over.
 */
export async function withLockFile<T>(
  lockFile: string,
  timeoutMs: number,
  log: Logger,
  fn: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readPidFile(lockFile);
      if (holder === undefined || !isProcessAlive(holder)) {
        removeFile(lockFile);
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `Timed out waiting for ${lockFile} (held by pid ${holder}). ` +
            'If no other infra command is running, delete that file.',
        );
      }
      if (!announced) {
        log(`waiting for another process (pid ${holder}) that is starting it...`);
        announced = true;
      }
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    if (readPidFile(lockFile) === process.pid) removeFile(lockFile);
  }
}

/** Sends SIGTERM, waits up to `graceMs`, then SIGKILL. Resolves once the process is gone. */
export async function terminateProcess(
  pid: number,
  graceMs: number,
  log: Logger,
): Promise<'not-running' | 'terminated' | 'killed'> {
  if (!isProcessAlive(pid)) return 'not-running';
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return 'not-running';
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return 'terminated';
    await sleep(200);
  }
  log(`pid ${pid} did not stop within ${Math.round(graceMs / 1000)} s; sending SIGKILL`);
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return 'terminated';
  }
  for (let i = 0; i < 50 && isProcessAlive(pid); i++) await sleep(100);
  return 'killed';
}
