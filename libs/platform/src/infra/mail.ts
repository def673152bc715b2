import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT, sleep } from './process-utils';
import type { Logger } from './process-utils';

/**
 * A real SMTP server for development and tests: MailDev (npm), which keeps what it receives in
 * memory and shows it on a web page and a REST API (`GET /api/email`). Never a mocked transport:
 * communications talks SMTP to it exactly as to a production relay.
 */
export interface MailCatcher {
  /** what communications' SMTP_URL is set to */
  smtpUrl: string;
  /** the web UI (and REST API under /api); null when SMTP_URL points elsewhere */
  webUrl: string | null;
  source: 'env' | 'running' | 'started';
  /** the MailDev process this process started; null when it started none */
  pid: number | null;
  /** stops a catcher this process started (a no-op otherwise) */
  stop(): Promise<void>;
}

/**
 * Fixed ports: 1025 (SMTP) and 1080 (web) for `npm start`; a test stack at port offset N uses
 * 4025+N and 4080+N (e.g. 5625 and 5680 at offset 1600), so stacks never collide.
 */
export function mailCatcherPorts(portOffset: number): { smtp: number; web: number } {
  return portOffset === 0
    ? { smtp: 1025, web: 1080 }
    : { smtp: 4025 + portOffset, web: 4080 + portOffset };
}

const MAILDEV_BIN = path.join(REPO_ROOT, 'node_modules', 'maildev', 'dist', 'bin', 'maildev.js');

async function healthy(webUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${webUrl}/api/healthz`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** A MailDev process on these ports, bound to loopback; resolves once its API answers. */
export async function startMailCatcher(opts: {
  smtpPort: number;
  webPort: number;
  log?: Logger;
}): Promise<MailCatcher> {
  const webUrl = `http://127.0.0.1:${opts.webPort}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [
      MAILDEV_BIN,
      '--smtp',
      String(opts.smtpPort),
      '--web',
      String(opts.webPort),
      '--ip',
      '127.0.0.1',
      '--web-ip',
      '127.0.0.1',
      '--silent',
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-2000)));
  // MailDev 3 loads its web UI and API before answering: seconds on a quiet machine, much longer on
  // a loaded 2-core one; the same order of bound as the stack gives a subgraph's start (90 s).
  const deadline = Date.now() + 60_000;
  while (!(await healthy(webUrl))) {
    if (child.exitCode !== null)
      throw new Error(`maildev exited with code ${child.exitCode}: ${stderr.trim()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`maildev did not answer on ${webUrl} within 60 s`);
    }
    await sleep(100);
  }
  opts.log?.(`mail catcher: SMTP 127.0.0.1:${opts.smtpPort}, web ${webUrl}`);
  return {
    smtpUrl: `smtp://127.0.0.1:${opts.smtpPort}`,
    webUrl,
    source: 'started',
    pid: child.pid ?? null,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * `SMTP_URL` when set (a real relay: nothing is started); else a MailDev already answering on the
 * fixed ports; else one started now.
 */
export async function ensureMailCatcher(
  opts: { portOffset?: number; log?: Logger; env?: NodeJS.ProcessEnv } = {},
): Promise<MailCatcher> {
  const env = opts.env ?? process.env;
  // Nothing of ours to stop: SMTP_URL is someone else's server, a running catcher another's.
  const leaveRunning = () => Promise.resolve();
  if (env.SMTP_URL)
    return { smtpUrl: env.SMTP_URL, webUrl: null, source: 'env', pid: null, stop: leaveRunning };
  const ports = mailCatcherPorts(opts.portOffset ?? 0);
  const webUrl = `http://127.0.0.1:${ports.web}`;
  if (await healthy(webUrl))
    return {
      smtpUrl: `smtp://127.0.0.1:${ports.smtp}`,
      webUrl,
      source: 'running',
      pid: null,
      stop: leaveRunning,
    };
  return startMailCatcher({ smtpPort: ports.smtp, webPort: ports.web, log: opts.log });
}
