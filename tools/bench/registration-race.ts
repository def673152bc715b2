/**
 * Registration race through the gateway: 500 concurrent registerForEvent calls at a 30-place
 * event with a per-partner quota of 8, on the real process stack (gateway, five subgraphs,
 * Postgres, Kafka). Verifies exactly 30 places within quota, 470 waitlisted in arrival order, no
 * errors; prints throughput and latency percentiles.
 *
 *   node -r @swc-node/register tools/bench/registration-race.ts [--people 500] [--capacity 30] [--quota 8]
 *     [--port-offset 300] [--events-processes 2]
 *
 * Starts its own stack on ports 4xxx + offset (default 300) with its own databases
 * (`*_bench_<run>`) and topic prefix, so it runs beside `npm start`; everything it created is
 * dropped at the end. `--events-processes 2` runs a second events process (a replica on the same
 * database and consumer group) behind a round-robin HTTP balancer the gateway sends events'
 * requests to, so the two processes' group commits race on the event.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { cpuSeconds, TICKS_PER_SECOND } from './proc-stats';
import {
  deleteTopicsWithPrefix,
  devUserToken,
  gql,
  GATEWAY_PORT,
  Stack,
  SUBGRAPHS,
  testAdminDatabaseUrl,
  testKafkaBrokers,
  uniqueTopicPrefix,
} from '@ekst/testing';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const PEOPLE = arg('people', 500);
const CAPACITY = arg('capacity', 30);
const QUOTA = arg('quota', 8);
const PARTNERS = 5;
const PORT_OFFSET = arg('port-offset', 300);
const EVENTS_PROCESSES = arg('events-processes', 1);
/** `--cpu-prof gateway,events`: V8 CPU profiles of those processes (written when they stop) */
const CPU_PROF = (() => {
  const i = process.argv.indexOf('--cpu-prof');
  return i > 0 ? (process.argv[i + 1] ?? '').split(',').filter(Boolean) : [];
})();
/** `--stages`: the gateway logs each request at info, and the race reads its durations back */
const STAGES = process.argv.includes('--stages');

/** Every process whose command name is `comm` (postgres backends, Kafka's java). */
function pidsNamed(comm: string): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === comm) out.push(Number(entry));
    } catch {
      // gone
    }
  }
  return out;
}

/** The machine's busy CPU seconds, all cores (user, nice, system, irq, softirq, steal). */
function machineBusySeconds(): number {
  const f = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) / TICKS_PER_SECOND;
}

/**
 * A round-robin HTTP balancer (what a Kubernetes Service does for two pods): each request goes to
 * the next target, over keep-alive connections. `targets` may grow while it runs.
 */
function startBalancer(
  port: number,
  targets: string[],
): Promise<{ close: () => Promise<void>; served: Map<string, number> }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const served = new Map<string, number>();
  let next = 0;
  const server = http.createServer((req, res) => {
    const target = new URL(targets[next++ % targets.length]);
    served.set(target.host, (served.get(target.host) ?? 0) + 1);
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
        agent,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        served,
        close: () =>
          new Promise<void>((done) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    ),
  );
}

async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (t: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const run = randomBytes(3).toString('hex');
  const eventsPort = (SUBGRAPHS.find((g) => g.name === 'events')?.port ?? 4003) + PORT_OFFSET;
  const eventsTargets = [`http://127.0.0.1:${eventsPort}`];
  const balancerPort = GATEWAY_PORT + PORT_OFFSET + 50;
  const balancer = EVENTS_PROCESSES > 1 ? await startBalancer(balancerPort, eventsTargets) : null;
  const stack = new Stack({
    adminDatabaseUrl: testAdminDatabaseUrl(),
    brokers: testKafkaBrokers(),
    topicPrefix: uniqueTopicPrefix(),
    databaseSuffix: `_bench_${run}`,
    portOffset: PORT_OFFSET,
    ...(balancer
      ? { gatewaySubgraphUrls: { events: `http://127.0.0.1:${balancerPort}/graphql` } }
      : {}),
    logDir: path.resolve(__dirname, '../../.data/bench-logs', run),
    logLevel: 'warn',
    devAuth: true,
    // The race is about the events subgraph's pool and row lock, not its default pool size.
    extraEnv: { DB_POOL_MAX: '20' },
    nodeArgs: Object.fromEntries(
      CPU_PROF.map((name) => [
        name,
        [
          '--cpu-prof',
          `--cpu-prof-dir=${path.resolve(__dirname, '../../.data/bench-logs', run, `prof-${name}`)}`,
        ],
      ]),
    ),
    processEnv: Object.fromEntries(
      ['gateway', 'events']
        .map((name) => {
          const env: Record<string, string> = {};
          if (STAGES && name === 'gateway') env.LOG_LEVEL = 'info';
          return [name, env] as const;
        })
        .filter(([, env]) => Object.keys(env).length > 0),
    ),
  });
  const log = (m: string) => process.stdout.write(`${m}\n`);
  log(`starting the stack (run ${run}) …`);
  try {
    // Inside the try: a stack that fails to start (a loaded machine) is still stopped and dropped.
    await stack.start();
    const replicaPids: number[] = [];
    for (let i = 1; i < EVENTS_PROCESSES; i += 1) {
      const replica = await stack.startExtraInstance('events', PORT_OFFSET + 50 * i);
      replicaPids.push(replica.pid);
      const url = `http://127.0.0.1:${eventsPort + 50 * i}`;
      eventsTargets.push(url);
      log(`events replica ${i} on ${url}`);
    }
    const url = stack.gatewayUrl;
    const coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-00000000b001',
      roles: ['COORDINATOR'],
    });
    const q = <T>(query: string, variables?: Record<string, unknown>) =>
      gql<T>(url, coordinator, query, variables);
    const retry = async <T>(what: string, f: () => Promise<T | null>): Promise<T> => {
      const until = Date.now() + 60000;
      while (Date.now() < until) {
        const v = await f();
        if (v !== null) return v;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`${what} never succeeded`);
    };

    const partners: string[] = [];
    for (let i = 0; i < PARTNERS; i += 1) {
      const r = await q<{ createPartner: { partner: { id: string } | null } }>(
        `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code message } } }`,
        { input: { name: `Bench School ${run} ${i}`, kind: 'STATE', town: 'Canterbury' } },
      );
      const id = r.data?.createPartner.partner?.id;
      if (!id) throw new Error(`partner ${i}: ${JSON.stringify(r.errors ?? r.data)}`);
      partners.push(id);
    }
    log(`${PARTNERS} partners; registering ${PEOPLE} students …`);
    const people = await mapLimit(
      Array.from({ length: PEOPLE }, (_, i) => i),
      16,
      (i) =>
        retry(`person ${i}`, async () => {
          const r = await q<{ registerPerson: { person: { id: string } | null } }>(
            `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } errors { code } } }`,
            {
              input: {
                partnerId: partners[i % PARTNERS],
                displayName: `Bench Student ${i}`,
                roles: ['STUDENT'],
                yearGroup: 10,
              },
            },
          );
          return r.data?.registerPerson.person?.id ?? null;
        }),
    );

    const events = new Client({ connectionString: stack.databaseUrlOf('events') });
    // Its queries fail instead (and the stack is still stopped and dropped in `finally`).
    events.on('error', (err) => log(`events database connection lost: ${err.message}`));
    await events.connect();
    try {
      await retry('people projected into events', async () => {
        const { rows } = await events.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM person_projection WHERE id = ANY($1::uuid[])`,
          [people],
        );
        return rows[0].n === PEOPLE ? true : null;
      });
      const startsAt = new Date(Date.now() + 14 * 86400000);
      const eventId = await retry('event', async () => {
        const r = await q<{ createEvent: { event: { id: string } | null } }>(
          `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } errors { code message } } }`,
          {
            input: {
              title: 'Bench: Year 10 Outdoor Learning Day',
              kind: 'OUTDOOR_LEARNING',
              audience: 'STUDENTS',
              yearGroups: [10],
              hostPartnerId: partners[0],
              startsAt: startsAt.toISOString(),
              endsAt: new Date(startsAt.getTime() + 6 * 3600000).toISOString(),
              aims: ['RESILIENCE'],
              capacity: CAPACITY,
              partnerQuota: QUOTA,
            },
          },
        );
        return r.data?.createEvent.event?.id ?? null;
      });
      await q(`mutation($id: ID!) { publishEvent(id: $id) { errors { code } } }`, { id: eventId });

      const loadBefore = loadavg()
        .map((l) => l.toFixed(2))
        .join(' ');
      log(`firing ${PEOPLE} concurrent registerForEvent calls through the gateway …`);
      balancer?.served.clear();
      // Where the time goes: CPU per process over the race, and what the events database's
      // connections are doing (sampled every 20 ms on a connection of its own).
      const pids = stack.pids();
      const cpuGroups: Array<[string, () => number[]]> = [
        ['gateway', () => [pids.get('gateway') ?? -1]],
        ['events', () => [pids.get('events') ?? -1, ...replicaPids]],
        ['people', () => [pids.get('people') ?? -1]],
        [
          'other subgraphs',
          () =>
            [...pids.entries()]
              .filter(([n]) => !['gateway', 'events', 'people'].includes(n))
              .map(([, pid]) => pid),
        ],
        ['postgres', () => pidsNamed('postgres')],
        ['kafka (java)', () => pidsNamed('java')],
      ];
      const cpuBefore = cpuGroups.map(([, p]) => cpuSeconds(p()));
      const machineBefore = machineBusySeconds();
      const benchBefore = process.cpuUsage();
      const samples: Array<{ active: number; lockWaits: number; idleInTx: number }> = [];
      let sampling = true;
      const sampler = new Client({ connectionString: stack.databaseUrlOf('events') });
      // A connection terminated under it (another run's sweep, a restart) ends the sampling, not
      // the benchmark: without a listener node-postgres throws the 'error' event and the process
      // dies with the stack still running.
      sampler.on('error', () => {
        sampling = false;
      });
      await sampler.connect();

      const sampled = (async () => {
        while (sampling) {
          const a = await sampler
            .query<{ state: string | null; wait: string | null }>(
              `SELECT state, wait_event_type AS wait FROM pg_stat_activity
               WHERE datname = current_database() AND pid <> pg_backend_pid()`,
            )
            .then(
              (r) => r.rows,
              () => null,
            );
          if (a === null) break;
          samples.push({
            active: a.filter((r) => r.state === 'active').length,
            lockWaits: a.filter((r) => r.wait === 'Lock').length,
            idleInTx: a.filter((r) => r.state === 'idle in transaction').length,
          });
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const latencies: number[] = [];
      const started = performance.now();
      const results = await Promise.all(
        people.map(async (personId) => {
          const t0 = performance.now();
          const r = await q<{
            registerForEvent: {
              registration: { status: string } | null;
              errors: Array<{ code: string }>;
            };
          }>(
            `mutation RaceRegister($e: ID!, $p: ID!) { registerForEvent(eventId: $e, personId: $p) { registration { status waitlistPosition } errors { code } } }`,
            { e: eventId, p: personId },
          );
          latencies.push(performance.now() - t0);
          return r;
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      sampling = false;
      await sampled;
      await sampler.end().catch(() => undefined);
      const bench = process.cpuUsage(benchBefore);
      const machine = machineBusySeconds() - machineBefore;
      const cpu = cpuGroups.map(([name, p], i) => [name, cpuSeconds(p()) - cpuBefore[i]] as const);

      const failures = results.filter(
        (r) => r.errors || r.status !== 200 || !r.data?.registerForEvent.registration,
      );
      const { rows } = await events.query<{
        status: string;
        partner_id: string;
        waitlist_position: number | null;
        registered_at: Date;
      }>(
        `SELECT status, partner_id, waitlist_position, registered_at FROM registration WHERE event_id = $1`,
        [eventId],
      );
      const registered = rows.filter((r) => r.status === 'REGISTERED');
      const perPartner = new Map<string, number>();
      for (const r of registered)
        perPartner.set(r.partner_id, (perPartner.get(r.partner_id) ?? 0) + 1);
      const waitlisted = rows
        .filter((r) => r.status === 'WAITLISTED')
        .sort((a, b) => (a.waitlist_position ?? 0) - (b.waitlist_position ?? 0));
      const positionsContiguous = waitlisted.every((r, i) => r.waitlist_position === i + 1);
      const arrivalOrder = waitlisted.every(
        (r, i) => i === 0 || r.registered_at.getTime() >= waitlisted[i - 1].registered_at.getTime(),
      );
      const maxPerPartner = Math.max(...perPartner.values());

      latencies.sort((a, b) => a - b);
      const checks = {
        'no errors': failures.length === 0,
        [`exactly ${CAPACITY} registered`]: registered.length === CAPACITY,
        [`every partner within its quota of ${QUOTA}`]: maxPerPartner <= QUOTA,
        [`${PEOPLE - CAPACITY} waitlisted at positions 1..${PEOPLE - CAPACITY}`]:
          waitlisted.length === PEOPLE - CAPACITY && positionsContiguous,
        'waitlist in arrival order': arrivalOrder,
      };
      log('');
      log(
        `load average:   before the race ${loadBefore}, after ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
      );
      log(
        `registrations:  ${PEOPLE} in ${elapsed.toFixed(2)} s → ${(PEOPLE / elapsed).toFixed(0)} registrations/s`,
      );
      log(
        `latency (ms):   p50 ${percentile(latencies, 50).toFixed(0)}  p95 ${percentile(latencies, 95).toFixed(0)}  p99 ${percentile(latencies, 99).toFixed(0)}  max ${latencies[latencies.length - 1].toFixed(0)}`,
      );
      if (balancer)
        log(
          `events processes: ${EVENTS_PROCESSES}; requests per process during the run: ${[...balancer.served.entries()].map(([h, n]) => `${h} ${n}`).join(', ')}`,
        );
      const benchCpu = (bench.user + bench.system) / 1e6;
      const listed = cpu.reduce((a, [, c]) => a + c, 0) + benchCpu;
      log(
        `CPU during the race (s, of ${(2 * elapsed).toFixed(1)} on 2 cores): machine ${machine.toFixed(2)}; ${cpu
          .map(([n, c]) => `${n} ${c.toFixed(2)}`)
          .join(
            ', ',
          )}, this bench process ${benchCpu.toFixed(2)}, rest ${(machine - listed).toFixed(2)}`,
      );
      log(
        `CPU ms per registration: gateway ${((cpu[0][1] * 1000) / PEOPLE).toFixed(1)}, events ${((cpu[1][1] * 1000) / PEOPLE).toFixed(1)}, machine ${((machine * 1000) / PEOPLE).toFixed(1)}`,
      );
      const activeMean = samples.reduce((a, s) => a + s.active, 0) / Math.max(1, samples.length);
      log(
        `events database (${samples.length} samples of pg_stat_activity): active connections mean ${activeMean.toFixed(1)}, max ${Math.max(0, ...samples.map((s) => s.active))}; samples with a lock wait ${samples.filter((s) => s.lockWaits > 0).length}; max idle in transaction ${Math.max(0, ...samples.map((s) => s.idleInTx))}`,
      );
      // One transaction stamps its whole batch with one clock reading: distinct stamps = batches.
      const batches = new Map<number, number>();
      for (const r of rows)
        batches.set(r.registered_at.getTime(), (batches.get(r.registered_at.getTime()) ?? 0) + 1);
      const sizes = [...batches.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
      log(`group commits: ${sizes.length} transactions, sizes in order ${sizes.join(' ')}`);
      if (STAGES) {
        const gatewayMs = readFileSync(
          path.resolve(__dirname, '../../.data/bench-logs', run, 'gateway.log'),
          'utf8',
        )
          .split('\n')
          .filter((l) => l.includes('"RaceRegister"'))
          .map((l) => (JSON.parse(l) as { durationMs: number }).durationMs)
          .sort((a, b) => a - b);
        log(
          `inside the gateway (${gatewayMs.length} request logs, ms): p50 ${percentile(gatewayMs, 50).toFixed(0)}  p95 ${percentile(gatewayMs, 95).toFixed(0)}  max ${gatewayMs[gatewayMs.length - 1]?.toFixed(0)}`,
        );
      }
      log(
        `outcome:        ${registered.length} registered (per partner: ${[...perPartner.values()].sort().join(', ')}), ${waitlisted.length} waitlisted, ${failures.length} errors`,
      );
      for (const [name, ok] of Object.entries(checks)) log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
      if (!Object.values(checks).every(Boolean)) process.exitCode = 1;
    } finally {
      await events.end();
    }
  } finally {
    await balancer?.close();
    await stack.stop();
    await stack.dropDatabases();
    await deleteTopicsWithPrefix(stack.opts.topicPrefix);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
