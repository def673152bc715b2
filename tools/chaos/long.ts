/**
 * The chaos suite, long form (issue 18): `npm run chaos -- --long`. Not part of `npm test`.
 *
 * The whole platform as real processes (TestStack, offset 3000: ports 7000–7006; extra instances
 * at offset 3050) on a Kafka broker of its OWN (PrivateKafka on 127.0.0.1:22092, its data under
 * .data/chaos-kafka-<run>, deleted at the end) — never the shared development broker — and on the
 * shared PostgreSQL, where it only touches its own databases. A steady stream of real actions
 * goes through the gateway while every fault runs, one at a time and then combined; after each,
 * the ledger reconciles every acknowledged action with every consumer and prints its row and
 * convergence time. Bounded: the whole run stops by itself after MAX_RUN_MS (20 min), printing
 * what it has. Exit code 0 only when every row has 0 lost, 0 applied twice, 0 in DLQ and converged
 * within its fault's bound (BOUNDS).
 *
 * Options: `--only <text>[,<text>…]` runs only the faults whose name contains one of the texts;
 * `--max-minutes <n>` changes the time bound.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { topicFor } from '@ekst/contracts';
import { DATA_ROOT, PrivateKafka } from '@ekst/platform';
import type { ExtraInstance } from '@ekst/platform';
import { TestStack } from '@ekst/testing';
import type { SubgraphName } from '@ekst/testing';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { ALL_SERVICES, ChaosHarness, sleep } from './harness';
import { formatTable } from './ledger';
import type { FaultRow } from './ledger';
import { FETCH_MAX_WAIT_MS } from '@ekst/messaging';

const PORT_OFFSET = 3000;
const EXTRA_OFFSET = 3050;
const BROKER_PORT = 19092 + PORT_OFFSET;
/** the longest any fault may take to converge after it ends (and the whole run's last check) */
const CONVERGE_BOUND_MS = 90_000;
/**
 * What each fault must converge within after it ends (tools/chaos/README.md, "the bound per
 * fault"): first matching name prefix; `SIGKILL ` is each service's and the gateway's kill.
 */
const BOUNDS: ReadonlyArray<readonly [prefix: string, ms: number]> = [
  ['SIGKILL ', 30_000],
  ['broker SIGKILL', 90_000],
  ['broker SIGSTOP', 60_000],
  ['database outage', 60_000],
  ['relay killed', 30_000],
  ['consumer killed', 60_000],
  ['rebalance storm', 60_000],
  ['long write', 90_000],
  ['slow consumer', 90_000],
  ['all combined', 90_000],
];
const boundOf = (fault: string): number =>
  BOUNDS.find(([prefix]) => fault.startsWith(prefix))?.[1] ?? CONVERGE_BOUND_MS;
/** the whole run, start-up included */
const MAX_RUN_MS = 20 * 60_000;
/** a JVM start on a loaded 2-core machine can take minutes */
const BROKER_START_MS = 300_000;

const log = (msg: string) =>
  process.stdout.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

interface Fault {
  name: string;
  inject: () => Promise<void>;
  /** what the fault showed besides the ledger (printed under the table) */
  note?: () => Promise<string>;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (!args.includes('--long')) {
    process.stdout.write(
      'usage: npm run chaos -- --long [--only <fault name part>]\n' +
        'The short form runs in npm test: npm run test:one -- tools/chaos/chaos.e2e-spec.ts\n',
    );
    return 2;
  }
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const maxRunMs = args.includes('--max-minutes')
    ? Number(args[args.indexOf('--max-minutes') + 1]) * 60_000
    : MAX_RUN_MS;
  const started = Date.now();
  const run = randomBytes(3).toString('hex');
  const kafka = new PrivateKafka({
    dir: path.join(DATA_ROOT, `chaos-kafka-${run}`),
    port: BROKER_PORT,
    log: (m) => log(`kafka: ${m}`),
  });
  const stack = new TestStack(
    'chaoslong',
    PORT_OFFSET,
    { RATE_LIMIT_PERSON_PER_MINUTE: '100000' },
    { brokers: kafka.brokers, readyTimeoutMs: 600_000 },
  );
  const chaos = new ChaosHarness(stack, CONVERGE_BOUND_MS);
  // A fault that misses its bound is watched on (up to 3 min) to say when each lagging place
  // caught up; the next fault waits for it.
  chaos.watchLateMs = 180_000;
  const notes: string[] = [];
  const extras: ExtraInstance[] = [];
  let timedOut = false;
  const watchdog = setTimeout(() => {
    timedOut = true;
    log(`time bound of ${maxRunMs / 60000} min reached: stopping after this fault`);
  }, maxRunMs);

  const logOf = (name: string) => {
    try {
      return readFileSync(path.join(stack.opts.logDir, `${name}.log`), 'utf8');
    } catch {
      return '';
    }
  };
  const restart = (name: SubgraphName | 'gateway') =>
    name === 'gateway' ? stack.startGateway() : stack.startService(name);

  /** Waits until a process started with a fault hook has killed itself. */
  async function diedOnHook(name: SubgraphName, ms = 60_000): Promise<boolean> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (!stack.pids().has(name)) return true;
      await sleep(200);
    }
    return false;
  }

  const admin = () =>
    new Kafka({
      brokers: kafka.brokers,
      clientId: 'chaos-harness',
      logLevel: logLevel.NOTHING,
    }).admin();

  /** Committed offset of a service's consumer group on a partition of people's topic. */
  async function committedOffset(service: SubgraphName, partition: number): Promise<bigint> {
    const a = admin();
    await a.connect();
    try {
      const [topic] = await a.fetchOffsets({
        groupId: `${stack.opts.topicPrefix}${service}`,
        topics: [topicFor('people', stack.opts.topicPrefix)],
      });
      const p = topic.partitions.find((x) => x.partition === partition);
      return BigInt(p?.offset ?? '-1');
    } finally {
      await a.disconnect();
    }
  }

  /** How many times each of `eventIds` is on people's topic (read from the beginning). */
  async function copiesOnTopic(eventIds: string[]): Promise<Map<string, number>> {
    const k = new Kafka({
      brokers: kafka.brokers,
      clientId: 'chaos-reader',
      logLevel: logLevel.NOTHING,
    });
    const a = k.admin();
    await a.connect();
    const topic = topicFor('people', stack.opts.topicPrefix);
    const ends = await a.fetchTopicOffsets(topic);
    await a.disconnect();
    const remaining = new Map(ends.map((e) => [e.partition, BigInt(e.high)]));
    const counts = new Map(eventIds.map((id) => [id, 0]));
    const consumer = k.consumer({
      groupId: `chaos-reader-${randomBytes(4).toString('hex')}`,
      maxWaitTimeInMs: FETCH_MAX_WAIT_MS,
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve) => {
      for (const [p, high] of remaining) if (high === 0n) remaining.delete(p);
      if (remaining.size === 0) return resolve();
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          const id = (JSON.parse(message.value?.toString() ?? '{}') as { id?: string }).id;
          if (id && counts.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
          const high = remaining.get(partition);
          if (high !== undefined && BigInt(message.offset) + 1n >= high) {
            remaining.delete(partition);
            if (remaining.size === 0) resolve();
          }
        },
      });
      setTimeout(resolve, 30_000);
    });
    await consumer.disconnect();
    return counts;
  }

  const KILLED: Array<SubgraphName | 'gateway'> = [...ALL_SERVICES, 'gateway'];
  const faults: Fault[] = [
    ...KILLED.map((name) => ({
      name: `SIGKILL ${name}`,
      inject: async () => {
        await stack.kill(name, 'SIGKILL');
        await sleep(1000);
        await restart(name);
      },
    })),
    {
      name: 'broker SIGKILL, down 20 s',
      inject: async () => {
        await kafka.signal('SIGKILL');
        await sleep(20_000);
        await kafka.start(BROKER_START_MS);
      },
    },
    {
      name: 'broker SIGSTOP 20 s (hung)',
      inject: async () => {
        await kafka.signal('SIGSTOP');
        await sleep(20_000);
        await kafka.signal('SIGCONT');
      },
    },
    {
      name: 'database outage 10 s',
      inject: () => chaos.databaseOutage(10_000),
    },
    (() => {
      let faulted: string[] = [];
      return {
        name: 'relay killed between send and mark-sent',
        inject: async () => {
          // A graceful stop first: the relay restarts with nothing unsent, so the hook fires on
          // a batch of the stream, after the process is ready.
          await stack.kill('people', 'SIGTERM');
          await stack.startService('people', { EKST_FAULT_INJECT: 'relay-after-send' }).catch(
            () => undefined, // it may die on its first batch before answering ready
          );
          if (!(await diedOnHook('people'))) throw new Error('people did not hit its fault point');
          const line = logOf('people')
            .split('\n')
            .reverse()
            .find((l) => l.includes('FAULT INJECTED: relay-after-send'));
          faulted = line ? ((JSON.parse(line) as { eventIds?: string[] }).eventIds ?? []) : [];
          await stack.startService('people');
        },
        note: async () => {
          const copies = await copiesOnTopic(faulted);
          const twice = [...copies.values()].filter((n) => n >= 2).length;
          return `relay fault: batch of ${faulted.length} event(s) on the broker but not marked sent; ${twice} of them sent again after the restart (on the topic twice), each applied once (ledger)`;
        },
      };
    })(),
    (() => {
      let detail = '';
      return {
        name: 'consumer killed between commit and offset commit',
        inject: async () => {
          await stack.kill('events', 'SIGTERM');
          await stack
            .startService('events', { EKST_FAULT_INJECT: 'consumer-after-commit' })
            .catch(() => undefined);
          if (!(await diedOnHook('events'))) throw new Error('events did not hit its fault point');
          const line = logOf('events')
            .split('\n')
            .reverse()
            .find((l) => l.includes('FAULT INJECTED: consumer-after-commit'));
          const hit = line
            ? (JSON.parse(line) as { eventId: string; partition: number; offset: string })
            : null;
          if (hit) {
            const committed = await committedOffset('events', hit.partition);
            const inInbox = await chaos.sql<{ n: number }>(
              'events',
              `SELECT count(*)::int AS n FROM inbox WHERE event_id = $1`,
              [hit.eventId],
            );
            detail = `consumer fault: event ${hit.eventId.slice(0, 8)} (partition ${hit.partition}, offset ${hit.offset}) in the inbox ${inInbox[0].n}x with the group's committed offset at ${committed} (<= ${hit.offset}: it is redelivered)`;
          }
          await stack.startService('events');
        },
        note: async () => detail,
      };
    })(),
    {
      name: 'rebalance storm (3 x extra events + evaluation)',
      inject: async () => {
        for (let i = 0; i < 3; i += 1) {
          const started = await Promise.all(
            (['events', 'evaluation'] as const).map((s) =>
              stack.startExtraInstance(s, EXTRA_OFFSET),
            ),
          );
          extras.push(...started);
          await sleep(3000);
          // The last round kills them (a crashed member) rather than stopping them.
          await Promise.all(started.map((x) => x.stop(i === 2 ? 'SIGKILL' : 'SIGTERM')));
          extras.splice(0, extras.length);
          await sleep(1000);
        }
      },
    },
    (() => {
      let held = 0;
      return {
        name: 'long write transaction 60 s in people (relay snapshot gate)',
        inject: async () => {
          const c = new Client({ connectionString: stack.databaseUrlOf('people') });
          await c.connect();
          try {
            await c.query('BEGIN');
            await c.query('SELECT pg_current_xact_id()');
            await sleep(60_000);
            const r = await c.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`,
            );
            held = r.rows[0].n;
          } finally {
            await c.query('ROLLBACK').catch(() => undefined);
            await c.end();
          }
        },
        note: async () =>
          `snapshot gate: ${held} event(s) committed during the 60 s transaction were held back until it ended (the delay it causes: up to 60 s)`,
      };
    })(),
    {
      name: 'slow consumer: lock held 40 s in events',
      inject: async () => {
        const c = new Client({ connectionString: stack.databaseUrlOf('events') });
        await c.connect();
        try {
          await c.query('BEGIN');
          await c.query('LOCK TABLE person_projection IN ACCESS EXCLUSIVE MODE');
          await sleep(40_000);
        } finally {
          await c.query('COMMIT').catch(() => undefined);
          await c.end();
        }
      },
    },
    {
      name: 'all combined',
      inject: async () => {
        const extra = await stack.startExtraInstance('events', EXTRA_OFFSET);
        extras.push(extra);
        await Promise.all([
          (async () => {
            await stack.kill('evaluation', 'SIGKILL');
          })(),
          chaos.databaseOutage(10_000),
          (async () => {
            await sleep(2000);
            await kafka.signal('SIGKILL');
            await sleep(20_000);
            await kafka.start(BROKER_START_MS);
          })(),
          (async () => {
            await sleep(5000);
            await extra.stop('SIGKILL');
          })(),
        ]);
        extras.splice(0, extras.length);
        await stack.startService('evaluation');
        await stack.kill('people', 'SIGKILL');
        await stack.startService('people');
      },
    },
  ];

  let ok = false;
  try {
    log(`starting a private Kafka on ${kafka.brokers.join(',')}`);
    await kafka.start(BROKER_START_MS);
    log(`starting the stack (offset 3000); its logs in ${stack.opts.logDir}`);
    await stack.start();
    await chaos.setUp();
    chaos.startStream();
    await sleep(2000);
    for (const fault of faults) {
      if (only && !only.split(',').some((o) => fault.name.includes(o))) continue;
      if (timedOut) break;
      chaos.convergeBoundMs = boundOf(fault.name);
      log(`fault: ${fault.name} (bound ${chaos.convergeBoundMs / 1000} s)`);
      let row: FaultRow;
      try {
        row = await chaos.round(fault.name, fault.inject);
      } catch (err) {
        log(`fault ${fault.name} could not run: ${(err as Error).message}`);
        chaos.phase = `after ${fault.name}`;
        row = await chaos.settle(fault.name, Date.now());
        notes.push(`${fault.name}: the harness failed: ${(err as Error).message}`);
      }
      log(
        `${fault.name}: acknowledged ${row.acknowledged}, lost ${row.lost}, twice ${row.appliedTwice}, DLQ ${row.inDlq}, converged ${row.convergedMs === null ? 'NO' : `${row.convergedMs} ms`}`,
      );
      const behind = chaos.behind.get(fault.name);
      if (behind && Object.keys(behind).length > 0) {
        const text = Object.entries(behind)
          .sort((a, b) => b[1] - a[1])
          .map(([where, ms]) => `${where} ${(ms / 1000).toFixed(1)} s`)
          .join(', ');
        log(`${fault.name}: last seen behind (after the fault's end): ${text}`);
        notes.push(`${fault.name}: last seen behind (after the fault's end): ${text}`);
      }
      const late = chaos.late.get(fault.name);
      if (late) {
        log(`${fault.name}: unapplied at the bound, by where: ${JSON.stringify(late)}`);
        notes.push(`${fault.name}: unapplied at the bound, by where: ${JSON.stringify(late)}`);
        const caught = chaos.caughtUp.get(fault.name);
        if (caught) {
          log(`${fault.name}: caught up (ms after the fault's end): ${JSON.stringify(caught)}`);
          notes.push(
            `${fault.name}: caught up (ms after the fault's end): ${JSON.stringify(caught)}`,
          );
        }
      }
      if (fault.note)
        notes.push(await fault.note().catch((e: Error) => `note failed: ${e.message}`));
    }
    await chaos.stopStream();
    chaos.convergeBoundMs = CONVERGE_BOUND_MS;
    await chaos.settle('whole run', Date.now(), chaos.ledger.acks);
    const unacknowledged = chaos.ledger.failures;
    process.stdout.write(
      `\nchaos suite (long form), ${((Date.now() - started) / 60000).toFixed(1)} min\n${formatTable(chaos.table)}\n\n` +
        `${notes.filter(Boolean).join('\n')}\n` +
        `actions not acknowledged during faults (not expected anywhere): ${unacknowledged}\n` +
        `bounds (converged within, after the fault's end): ${BOUNDS.map(([p, ms]) => `${p === 'SIGKILL ' ? 'SIGKILL <service>' : p} ${ms / 1000} s`).join(', ')}; whole run ${CONVERGE_BOUND_MS / 1000} s\n`,
    );
    ok =
      !timedOut &&
      chaos.table.every(
        (r) => r.lost === 0 && r.appliedTwice === 0 && r.inDlq === 0 && r.convergedMs !== null,
      );
  } finally {
    clearTimeout(watchdog);
    await chaos.stopStream().catch(() => undefined);
    await chaos.reopenDatabases().catch(() => undefined);
    for (const x of extras) await x.stop('SIGKILL').catch(() => undefined);
    await kafka.start().catch(() => undefined); // dispose deletes the topics through it
    await stack.dispose().catch((e: Error) => log(`dispose: ${e.message}`));
    await kafka.dispose();
  }
  log(ok ? 'PASS' : 'FAIL');
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
