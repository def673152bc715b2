import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEV_AUTH_ENV } from '@ekst/auth';
import { Client } from 'pg';
import { buildApps, compiledMain } from './build-apps';
import { REPO_ROOT } from './infra/process-utils';
import { GATEWAY_PORT, subgraphSpec, SUBGRAPHS } from './services';
import type { AppName, ServiceSpec } from './services';

export interface StackOptions {
  /** URL of a database usable for CREATE DATABASE */
  adminDatabaseUrl: string;
  brokers: string[];
  /** '' for the dev stack; a unique prefix per e2e run */
  topicPrefix: string;
  /** appended to every database name, e.g. '_e2e_ab12'; '' for the dev stack */
  databaseSuffix: string;
  /** added to every default port (e2e runs beside a dev stack) */
  portOffset: number;
  /** directory for one log file per process */
  logDir: string;
  /** also echo child output to this process's stdout, prefixed */
  echo?: boolean;
  logLevel?: string;
  /**
   * Run on the development secrets (EKST_DEV_AUTH=1): the built-in token issuer, the default
   * internal-token secret and people's development signing key. Only for a developer's machine
   * and tests; off by default, and then every process refuses to start unless given real secrets.
   */
  devAuth?: boolean;
  extraEnv?: Record<string, string>;
  /** added to one process's environment only (after `extraEnv`), e.g. a benchmark's `--cpu-prof` */
  processEnv?: Partial<Record<AppName, Record<string, string>>>;
  /** node options for one app's processes (replicas too), e.g. `--cpu-prof`, which NODE_OPTIONS refuses */
  nodeArgs?: Partial<Record<AppName, string[]>>;
  /** how long a process may take to answer ready (default 90 s; more on a loaded machine) */
  readyTimeoutMs?: number;
  /**
   * Where the gateway finds a subgraph instead of its own port, e.g. a load balancer in front of
   * two replicas (the registration-race benchmark's two-process mode).
   */
  gatewaySubgraphUrls?: Partial<Record<ServiceSpec['name'], string>>;
}

type ProcessName = AppName;

/** An extra instance of a subgraph (`Stack.startExtraInstance`). */
export interface ExtraInstance {
  pid: number;
  /** sends the signal (SIGTERM: graceful) and waits for the exit (SIGKILL after 15 s) */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function databaseUrl(adminUrl: string, database: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Runs the whole platform as real OS processes (six subgraphs and the gateway) from the compiled
 * output (`dist/apps/<app>/main.js`, built first when stale), the way it is deployed: used by
 * `npm start`, the demo seed and the end-to-end suite, which also kills and restarts them.
 */
export class Stack {
  private readonly children = new Map<ProcessName, ChildProcess>();

  constructor(readonly opts: StackOptions) {}

  get gatewayUrl(): string {
    return `http://127.0.0.1:${GATEWAY_PORT + this.opts.portOffset}/graphql`;
  }

  subgraphUrl(name: ServiceSpec['name']): string {
    return `http://127.0.0.1:${this.spec(name).port + this.opts.portOffset}/graphql`;
  }

  databaseUrlOf(name: ServiceSpec['name']): string {
    return databaseUrl(
      this.opts.adminDatabaseUrl,
      this.spec(name).database + this.opts.databaseSuffix,
    );
  }

  private spec(name: ServiceSpec['name']): ServiceSpec {
    return subgraphSpec(name);
  }

  /** Runs `sql(database)` for every subgraph's database at once, one admin connection each. */
  private async forEachDatabase(sql: (database: string) => string[]): Promise<void> {
    await Promise.all(
      SUBGRAPHS.map(async (s) => {
        const admin = new Client({ connectionString: this.opts.adminDatabaseUrl });
        await admin.connect();
        try {
          for (const text of sql(s.database + this.opts.databaseSuffix)) await admin.query(text);
        } finally {
          await admin.end();
        }
      }),
    );
  }

  /** Creates the six databases (side by side: each CREATE DATABASE copies a template). */
  async createDatabases(): Promise<void> {
    const admin = new Client({ connectionString: this.opts.adminDatabaseUrl });
    await admin.connect();
    let existing: Set<string>;
    try {
      const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database');
      existing = new Set(rows.map((r) => r.datname));
    } finally {
      await admin.end();
    }
    await this.forEachDatabase((db) => (existing.has(db) ? [] : [`CREATE DATABASE ${db}`]));
  }

  /** The six databases' names (`ekst_<service><databaseSuffix>`). */
  databaseNames(): string[] {
    return SUBGRAPHS.map((s) => s.database + this.opts.databaseSuffix);
  }

  async dropDatabases(): Promise<void> {
    await this.forEachDatabase((db) => [`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`]);
  }

  async start(): Promise<void> {
    // The processes run the compiled output (as deployed); a fresh build is a no-op (~40 ms).
    await buildApps();
    await this.createDatabases();
    // The gateway reads a composed supergraph and asks no subgraph anything before the first
    // client request, so it starts beside them; the stack is up when all seven are ready.
    await Promise.all([...SUBGRAPHS.map((s) => this.startService(s.name)), this.startGateway()]);
  }

  private envFor(name: ProcessName): NodeJS.ProcessEnv {
    const common = {
      ...process.env,
      KAFKA_BROKERS: this.opts.brokers.join(','),
      EKST_TOPIC_PREFIX: this.opts.topicPrefix,
      LOG_LEVEL: this.opts.logLevel ?? 'info',
      ...(this.opts.devAuth ? { [DEV_AUTH_ENV]: '1' } : {}),
      ...this.opts.extraEnv,
      ...this.opts.processEnv?.[name],
    };
    if (name === 'gateway') {
      const urls = Object.fromEntries(
        SUBGRAPHS.map((s) => [
          s.urlEnv,
          this.opts.gatewaySubgraphUrls?.[s.name] ?? this.subgraphUrl(s.name),
        ]),
      );
      return { ...common, ...urls, PORT: String(GATEWAY_PORT + this.opts.portOffset) };
    }
    return {
      ...common,
      PORT: String(this.spec(name).port + this.opts.portOffset),
      DATABASE_URL: this.databaseUrlOf(name),
      // communications asks people for an adult's address at send time (never stored)
      ...(name === 'communications'
        ? {
            PEOPLE_CONTACT_URL: this.subgraphUrl('people').replace(
              /\/graphql$/,
              '/internal/person-contact',
            ),
          }
        : {}),
    };
  }

  /** extra instances (`startExtraInstance`), stopped with the stack */
  private readonly replicas: ChildProcess[] = [];

  private spawnProcess(
    name: ProcessName,
    env: Record<string, string> = {},
    logName: string = name,
  ): ChildProcess {
    mkdirSync(this.opts.logDir, { recursive: true });
    const log = createWriteStream(path.join(this.opts.logDir, `${logName}.log`), { flags: 'a' });
    const child = spawn(
      process.execPath,
      [...(this.opts.nodeArgs?.[name] ?? []), compiledMain(name)],
      {
        cwd: REPO_ROOT,
        env: { ...this.envFor(name), ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    for (const stream of [child.stdout, child.stderr]) {
      stream?.pipe(log, { end: false });
      if (this.opts.echo)
        stream?.on('data', (chunk: Buffer) =>
          process.stdout.write(prefixLines(name, chunk.toString())),
        );
    }
    // 'close', not 'exit': a process's last lines may still be in its pipes when it exits (a
    // fault hook logs, then SIGKILLs itself); ended at 'exit', the log dropped them.
    child.on('close', () => log.end());
    if (logName === name) this.children.set(name, child);
    return child;
  }

  /**
   * Starts one subgraph and waits until /health/ready answers 200. `env` adds to (or overrides)
   * its environment for this start only (the chaos suite's fault hooks).
   */
  async startService(name: ServiceSpec['name'], env: Record<string, string> = {}): Promise<void> {
    const child = this.spawnProcess(name, env);
    await waitReady(
      this.subgraphUrl(name).replace('/graphql', '/health/ready'),
      child,
      name,
      this.opts.logDir,
      this.opts.readyTimeoutMs,
    );
  }

  /**
   * Another instance of a subgraph beside the stack's own: same database, topics and consumer
   * group, its port moved by `portOffset` (instead of the stack's). A consumer-group member more:
   * starting and stopping one forces a rebalance; behind a balancer, it is a second replica (the
   * registration race's two-process mode). Its log is `<name>-<port>.log`; the stack stops it too.
   */
  async startExtraInstance(name: ServiceSpec['name'], portOffset: number): Promise<ExtraInstance> {
    const port = this.spec(name).port + portOffset;
    const child = this.spawnProcess(name, { PORT: String(port) }, `${name}-${port}`);
    this.replicas.push(child);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    await waitReady(
      `http://127.0.0.1:${port}/health/ready`,
      child,
      `${name}-${port}`,
      this.opts.logDir,
      this.opts.readyTimeoutMs,
    );
    return {
      pid: child.pid ?? -1,
      async stop(signal: NodeJS.Signals = 'SIGTERM') {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
        const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
        await exited;
        clearTimeout(timer);
      },
    };
  }

  async startGateway(): Promise<void> {
    const child = this.spawnProcess('gateway');
    await waitReady(
      this.gatewayUrl.replace('/graphql', '/health/ready'),
      child,
      'gateway',
      this.opts.logDir,
      this.opts.readyTimeoutMs,
    );
  }

  /** The OS process id of each running process (the RSS bench reads /proc with them). */
  pids(): Map<ProcessName, number> {
    const pids = new Map<ProcessName, number>();
    for (const [name, child] of this.children)
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null)
        pids.set(name, child.pid);
    return pids;
  }

  /** Sends a signal and waits for the process to exit (SIGKILL simulates a crash). */
  async kill(name: ProcessName, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.children.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
    await exited;
    clearTimeout(timer);
    this.children.delete(name);
  }

  async stop(): Promise<void> {
    await this.kill('gateway');
    await Promise.all(
      this.replicas.splice(0).map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        await exited;
      }),
    );
    await Promise.all(SUBGRAPHS.map((s) => this.kill(s.name)));
  }
}

function prefixLines(name: string, text: string): string {
  return text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => `[${name}] ${l}\n`)
    .join('');
}

/**
 * How long a process may take to answer /health/ready: EKST_STACK_READY_TIMEOUT_MS, default 90 s
 * (a machine shared by many test runs at once may need more).
 */
function readyTimeoutMs(): number {
  const raw = Number(process.env.EKST_STACK_READY_TIMEOUT_MS);
  return Number.isInteger(raw) && raw > 0 ? raw : 90000;
}

/** Between two readiness probes: short, a probe is one local HTTP request. */
const READY_POLL_MS = 50;

async function waitReady(
  url: string,
  child: ChildProcess,
  name: string,
  logDir: string,
  timeoutMs = readyTimeoutMs(),
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${name} exited with ${child.exitCode ?? child.signalCode} during start-up; see ${path.join(logDir, `${name}.log`)}`,
      );
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, READY_POLL_MS));
  }
  throw new Error(
    `${name} not ready after ${timeoutMs} ms; see ${path.join(logDir, `${name}.log`)}`,
  );
}
