/**
 * Idle memory of the platform: the resident set (VmRSS) of each of the six service processes
 * (gateway and five subgraphs, each with any children) and their total, as `npm start` runs them:
 * compiled output, demo data loaded.
 *
 *   npm run bench:idle-rss [-- --settle 20] [--no-seed]
 *
 * When `npm start` is already running (ports 4000-4005 answer), it measures those processes
 * (found through /proc/net/tcp). Otherwise it starts the stack exactly as `npm start` does
 * (PostgreSQL, Kafka, build, the six processes, the demo load), waits `--settle` seconds for
 * start-up garbage to be collected, measures, and stops what it started. Linux only (/proc).
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import {
  APP_NAMES,
  buildApps,
  DATA_ROOT,
  ensureKafka,
  ensurePostgres,
  GATEWAY_PORT,
  Stack,
  stopKafka,
  subgraphSpec,
} from '@ekst/platform';
import type { AppName } from '@ekst/platform';
import { seedDemo, seedOptionsFor } from '../seed/demo-seed';
import { processTree, statusField } from './proc-stats';

const say = (msg: string) => process.stdout.write(`[idle-rss] ${msg}\n`);

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function portOf(app: AppName): number {
  return app === 'gateway' ? GATEWAY_PORT : subgraphSpec(app).port;
}

/** Socket inodes listening on a TCP port (IPv4 and IPv6). */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let rows: string[] = [];
    try {
      rows = readFileSync(file, 'utf8').split('\n').slice(1);
    } catch {
      continue;
    }
    for (const row of rows) {
      const cols = row.trim().split(/\s+/);
      // local_address is "<ip>:<port>", state 0A is LISTEN, column 9 the inode
      if (cols.length > 9 && cols[1].endsWith(`:${hexPort}`) && cols[3] === '0A')
        inodes.add(cols[9]);
    }
  }
  return inodes;
}

/** The process that listens on a port, through the socket links in /proc/<pid>/fd. */
function pidListeningOn(port: number): number | undefined {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return undefined;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${entry}/fd/${fd}`));
        if (m && inodes.has(m[1])) return Number(entry);
      } catch {
        /* closed meanwhile */
      }
    }
  }
  return undefined;
}

function report(pids: Map<AppName, number>): number {
  let total = 0;
  say('process                  pid     RSS MB   (VmRSS of the process and its children)');
  for (const app of APP_NAMES) {
    const pid = pids.get(app);
    if (pid === undefined) {
      say(`${app.padEnd(22)} (not running)`);
      continue;
    }
    const kb = processTree(pid).reduce((sum, p) => sum + statusField(p, 'VmRSS'), 0);
    total += kb;
    say(`${app.padEnd(22)} ${String(pid).padStart(7)} ${(kb / 1024).toFixed(1).padStart(9)}`);
  }
  say(`${'total'.padEnd(30)} ${(total / 1024).toFixed(1).padStart(9)} MB`);
  return total / 1024;
}

async function main(): Promise<void> {
  const settleSeconds = option('settle', 20);
  const running = new Map<AppName, number>();
  for (const app of APP_NAMES) {
    const pid = pidListeningOn(portOf(app));
    if (pid !== undefined) running.set(app, pid);
  }
  if (running.size > 0) {
    say(`measuring the running stack (${running.size} of ${APP_NAMES.length} ports answer)`);
    report(running);
    return;
  }

  const pg = await ensurePostgres();
  const kafka = await ensureKafka();
  await buildApps();
  const stack = new Stack({
    adminDatabaseUrl: pg.adminUrl,
    brokers: kafka.brokers,
    topicPrefix: '',
    databaseSuffix: '',
    portOffset: 0,
    logDir: path.join(DATA_ROOT, 'logs'),
    logLevel: process.env.LOG_LEVEL ?? 'info',
    devAuth: true,
  });
  try {
    say('starting the stack as `npm start` does (compiled output) ...');
    await stack.start();
    if (!process.argv.includes('--no-seed')) {
      say('loading the demo data ...');
      // A failed step still leaves most of the data loaded: measure anyway, and say so.
      await seedDemo(stack.gatewayUrl, (m) => say(`  ${m}`), await seedOptionsFor(stack)).catch(
        (err: unknown) => {
          say(`demo load incomplete: ${err instanceof Error ? err.message : String(err)}`);
          process.exitCode = 1;
        },
      );
    }
    say(`idle for ${settleSeconds} s ...`);
    await new Promise((r) => setTimeout(r, settleSeconds * 1000));
    report(stack.pids());
  } finally {
    await stack.stop();
    if (kafka.source === 'started') await stopKafka();
  }
}

main().catch((err: unknown) => {
  say(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
