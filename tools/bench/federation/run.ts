/**
 * The public federation gateway benchmark's workload, through three gateways one after another.
 *
 *   npm run bench:federation -- [--duration 20] [--warmup 5] [--connections 50]
 *                               [--gateways ours,apollo,hive] [--gateway-cpu 1] [--load-cpu 0]
 *                               [--cpu-prof ours]
 *
 * The four subgraphs (serve-subgraphs.ts, on the subgraph kit, in-memory data) and this process
 * (the load generator, autocannon) run on `--load-cpu`; each gateway runs alone on
 * `--gateway-cpu` (taskset), so each gets the same single core. For each gateway: start it, check
 * its answer (complete, no errors, identical to every other gateway's), warm up, then measure at
 * 50 connections while sampling its CPU time and RSS from /proc; then stop it. Every response of
 * the measured period is compared with the checked answer; one that differs is a failure. Prints
 * one table and the ratios of ours to each peer; exit code 1 if any check failed.
 *
 * Hive Gateway is not in the root install (704 packages, ~25 s of every `npm ci`): it has its own
 * package.json and lock in hive-peer/, installed there with `npm ci` the first time it is asked for.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { signHs256UserJwt } from '@ekst/auth';
import { BENCHMARK_QUERY, USERS } from './data';
import { writeBenchSupergraph } from './supergraph';
import { cpuSeconds, processTree, rssMiB } from '../proc-stats';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const DURATION = Number(arg('duration', '20'));
const WARMUP = Number(arg('warmup', '5'));
const CONNECTIONS = Number(arg('connections', '50'));
const GATEWAYS = arg('gateways', 'ours,apollo,hive').split(',') as GatewayKind[];
const GATEWAY_CPU = arg('gateway-cpu', '1');
const LOAD_CPU = arg('load-cpu', '0');
const CPU_PROF = arg('cpu-prof', '');
const OUR_WORKERS = arg('workers', '1');

type GatewayKind = 'ours' | 'apollo' | 'hive';
const LABEL: Record<GatewayKind, string> = {
  ours: 'ours (apps/gateway, production, JWT)',
  apollo: 'stock @apollo/gateway',
  hive: '@graphql-hive/gateway',
};
const PORT: Record<GatewayKind, number> = { ours: 9110, apollo: 9111, hive: 9112 };

const ROOT = path.resolve(__dirname, '../../..');
const RUN_DIR = path.join(
  ROOT,
  '.data/bench-federation',
  new Date().toISOString().replace(/[:.]/g, '-'),
);
const log = (m: string) => process.stdout.write(`${m}\n`);
const HIVE_DIR = path.join(__dirname, 'hive-peer');

/** Hive Gateway's own install, once (its lock pins every version, as the root lock does ours). */
function installHive(): void {
  if (existsSync(path.join(HIVE_DIR, 'node_modules/@graphql-hive/gateway'))) return;
  const dir = path.relative(ROOT, HIVE_DIR);
  log(`installing @graphql-hive/gateway into ${dir} (npm ci, once) …`);
  const args = ['ci', '--prefix', HIVE_DIR, '--no-audit', '--no-fund', '--loglevel=error'];
  try {
    execFileSync('npm', args, { stdio: 'inherit' });
  } catch {
    throw new Error(
      `could not install @graphql-hive/gateway: \`npm ${args.join(' ')}\` failed (its output is above); ` +
        'leave hive out with --gateways ours,apollo',
    );
  }
}

// Our gateway exactly as production runs it: secrets of its own (never the development ones), a
// JWT checked on every request, rate limits counted on every request (raised so a single
// benchmark user is not refused: the check still runs), request logs at info to a file.
const INTERNAL_TOKEN_SECRET = randomBytes(32).toString('base64url');
const JWT_SECRET = randomBytes(32).toString('base64url');
const JWT = { issuer: 'ekst-bench', audience: 'ekst-graph' };

function ourEnv(): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'production',
    EKST_DEV_AUTH: '0',
    INTERNAL_TOKEN_SECRET,
    AUTH_JWT_SECRET: JWT_SECRET,
    AUTH_JWT_ISSUER: JWT.issuer,
    AUTH_JWT_AUDIENCE: JWT.audience,
    LOG_LEVEL: 'info',
    RATE_LIMIT_PERSON_PER_MINUTE: '100000000',
    // The benchmark's operation is estimated at 102,927 (lists of unknown length count 10 each):
    // just over the default 100,000, so the limit is raised to 200,000 (still checked).
    QUERY_MAX_COST: '200000',
    GATEWAY_WORKERS: OUR_WORKERS,
  };
}

function pinned(
  cpu: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
): ChildProcess {
  const child = spawn('taskset', ['-c', cpu, process.execPath, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = createWriteStream(logFile);
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return child;
}

function waitForLine(child: ChildProcess, line: string, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.split('\n').includes(line)) {
        child.stdout?.off('data', onData);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready`)));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

interface Answer {
  data?: unknown;
  errors?: unknown;
}

/** Complete: no errors, and no null anywhere (every field of this data set has a value). */
function completeness(answer: Answer): string | null {
  if (answer.errors !== undefined) return `errors: ${JSON.stringify(answer.errors).slice(0, 300)}`;
  const data = answer.data as { users?: unknown[]; topProducts?: unknown[] } | null | undefined;
  if (!data) return 'no data';
  if (data.users?.length !== USERS.length) return `users: ${data.users?.length}`;
  if (data.topProducts?.length !== 5) return `topProducts: ${data.topProducts?.length}`;
  const nulls: string[] = [];
  const walk = (v: unknown, at: string) => {
    if (v === null) nulls.push(at);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}.${i}`));
    else if (typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`);
  };
  walk(data, 'data');
  return nulls.length ? `null at ${nulls.slice(0, 3).join(', ')}` : null;
}

interface Measured {
  kind: GatewayKind;
  requestsPerSecond: number;
  total: number;
  failures: number;
  p50: number;
  p95: number;
  p99: number;
  cpuCores: number;
  cpuMsPerRequest: number;
  rssMiB: number;
  bytes: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function load(
  url: string,
  headers: Record<string, string>,
  seconds: number,
  expected: string,
  onTick?: () => void,
): Promise<{ total: number; failures: number; latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  const tick = onTick ? setInterval(onTick, 500) : null;
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    // A shared, busy machine can take seconds per answer; a slow answer is counted, not dropped.
    timeout: 60,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: BENCHMARK_QUERY, operationName: 'TestQuery' }),
    // Every response, byte for byte, is the answer checked (and compared across gateways) first.
    verifyBody: (body) => body === expected,
    setupClient: (client: {
      on(e: 'response', f: (s: number, b: number, t: number) => void): void;
    }) => client.on('response', (_status, _bytes, responseTime) => latencies.push(responseTime)),
  });
  if (tick) clearInterval(tick);
  const elapsed = (performance.now() - started) / 1000;
  const failures =
    result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0) + result.resets;
  return { total: result.requests.total, failures, latencies, seconds: elapsed };
}

async function main(): Promise<void> {
  // Before this process is pinned to one CPU: npm may use both.
  if (GATEWAYS.includes('hive')) installHive();
  // This process is the load generator: it shares its CPU with the subgraphs, not the gateways.
  execFileSync('taskset', ['-cp', LOAD_CPU, String(process.pid)], { stdio: 'ignore' });
  mkdirSync(RUN_DIR, { recursive: true });
  const supergraph = writeBenchSupergraph(RUN_DIR);
  log(
    `federation benchmark: ${new Date().toISOString()}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), node ${process.version}`,
  );
  log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  log(
    `gateways on CPU ${GATEWAY_CPU}; subgraphs and load generator on CPU ${LOAD_CPU}; ${CONNECTIONS} connections, ${WARMUP} s warm-up, ${DURATION} s measured`,
  );
  log(`logs and supergraph: ${path.relative(ROOT, RUN_DIR)}`);

  const swc = ['-r', '@swc-node/register'];
  const subgraphs = pinned(
    LOAD_CPU,
    [...swc, 'tools/bench/federation/serve-subgraphs.ts'],
    {},
    path.join(RUN_DIR, 'subgraphs.log'),
  );
  const jwt = await signHs256UserJwt(
    { sub: '00000000-0000-4000-8000-00000000fed1', roles: ['COORDINATOR'], partnerId: null },
    { secret: JWT_SECRET, ...JWT, ttlSeconds: 3600 },
  );
  const results: Measured[] = [];
  let reference: { kind: GatewayKind; answer: unknown } | null = null;
  let failed = false;
  try {
    await waitForLine(subgraphs, 'ready', 'the subgraphs');
    for (const kind of GATEWAYS) {
      const url = `http://127.0.0.1:${PORT[kind]}/graphql`;
      const headers: Record<string, string> =
        kind === 'ours' ? { authorization: `Bearer ${jwt}` } : {};
      const prof = CPU_PROF.split(',').includes(kind)
        ? ['--cpu-prof', `--cpu-prof-dir=${path.join(RUN_DIR, `prof-${kind}`)}`]
        : [];
      const gateway = pinned(
        GATEWAY_CPU,
        [
          ...prof,
          ...swc,
          'tools/bench/federation/gateway.ts',
          kind,
          String(PORT[kind]),
          supergraph,
        ],
        kind === 'ours' ? ourEnv() : { NODE_ENV: 'production' },
        path.join(RUN_DIR, `${kind}.log`),
      );
      try {
        await waitForLine(gateway, 'ready', LABEL[kind]);
        // The answer: complete, error-free, and the same data as every other gateway's.
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: BENCHMARK_QUERY, operationName: 'TestQuery' }),
        });
        const text = await res.text();
        const answer = JSON.parse(text) as Answer;
        const problem =
          res.status !== 200 ? `HTTP ${res.status}: ${text.slice(0, 300)}` : completeness(answer);
        if (problem) throw new Error(`${LABEL[kind]}: incomplete answer: ${problem}`);
        if (reference === null) reference = { kind, answer };
        else if (!isDeepStrictEqual(reference.answer, answer)) {
          throw new Error(`${LABEL[kind]} answers differently from ${LABEL[reference.kind]}`);
        }
        log(`\n${LABEL[kind]}: answer checked (${text.length} bytes); warming up ${WARMUP} s …`);
        await load(url, headers, WARMUP, text);
        const pids = processTree(gateway.pid ?? 0);
        const rssSamples: number[] = [];
        const cpu0 = cpuSeconds(pids);
        const r = await load(url, headers, DURATION, text, () =>
          rssSamples.push(rssMiB(processTree(gateway.pid ?? 0))),
        );
        const cpu = cpuSeconds(processTree(gateway.pid ?? 0)) - cpu0;
        r.latencies.sort((a, b) => a - b);
        const m: Measured = {
          kind,
          requestsPerSecond: r.total / r.seconds,
          total: r.total,
          failures: r.failures,
          p50: percentile(r.latencies, 50),
          p95: percentile(r.latencies, 95),
          p99: percentile(r.latencies, 99),
          cpuCores: cpu / r.seconds,
          cpuMsPerRequest: (cpu * 1000) / Math.max(1, r.total),
          rssMiB: Math.max(...rssSamples, rssMiB(pids)),
          bytes: text.length,
        };
        results.push(m);
        if (m.failures > 0) failed = true;
        log(
          `${LABEL[kind]}: ${m.requestsPerSecond.toFixed(1)} req/s, ${m.total} requests, ${m.failures} failed`,
        );
      } finally {
        await stopChild(gateway);
      }
    }
  } finally {
    await stopChild(subgraphs);
  }

  log(
    `\nload average at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  log(
    '\n| gateway | requests/s | p50 ms | p95 ms | p99 ms | CPU (cores) | CPU ms/request | max RSS MiB | requests | failed |',
  );
  log(
    '| ------- | ---------- | ------ | ------ | ------ | ----------- | -------------- | ----------- | -------- | ------ |',
  );
  for (const m of results) {
    log(
      `| ${LABEL[m.kind]} | ${m.requestsPerSecond.toFixed(1)} | ${m.p50.toFixed(0)} | ${m.p95.toFixed(0)} | ${m.p99.toFixed(0)} | ${m.cpuCores.toFixed(2)} | ${m.cpuMsPerRequest.toFixed(2)} | ${m.rssMiB.toFixed(0)} | ${m.total} | ${m.failures} |`,
    );
  }
  const ours = results.find((m) => m.kind === 'ours');
  if (ours) {
    for (const peer of results.filter((m) => m.kind !== 'ours')) {
      log(
        `ours / ${LABEL[peer.kind]}: ${(ours.requestsPerSecond / peer.requestsPerSecond).toFixed(2)}× requests/s, ` +
          `${(peer.cpuMsPerRequest / ours.cpuMsPerRequest).toFixed(2)}× less CPU per request, ` +
          `p99 ${(ours.p99 / peer.p99).toFixed(2)}×`,
      );
    }
  }
  if (failed) {
    log('\nFAILED: some responses were not the checked answer (see "failed")');
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
