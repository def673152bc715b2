import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { topicFor } from '@ekst/contracts';
import {
  devUserToken,
  eventually,
  gql,
  KafkaTestBus,
  partnerJoinedEnvelope,
  TestStack,
} from '@ekst/testing';

const SERVICES = [
  'partnersGovernance',
  'people',
  'events',
  'evaluation',
  'teacherSwap',
  'communications',
] as const;

const OPERATIONS = `{ operations { id ${SERVICES.map(
  (s) =>
    `${s}DeadLetters { service pending redriven oldestPendingAt reasons { eventType kind error count } }`,
).join(' ')} } }`;

interface Summary {
  service: string;
  pending: number;
  redriven: number;
  oldestPendingAt: string | null;
  reasons: Array<{ eventType: string | null; kind: string; error: string; count: number }>;
}
type Operations = { operations: Record<string, Summary | string> };

/**
 * Operations through the gateway on real processes: the coordinator's view of every service's
 * dead letters (and nobody else's), and graceful shutdown: SIGTERM during 50 concurrent requests
 * answers every one of them, for a subgraph and for the gateway; a second signal exits at once.
 */
describe('operations: dead letters in the graph, graceful shutdown (real processes)', () => {
  const METRICS_TOKEN = 'operations-e2e-metrics-token';
  const stack = new TestStack('operations', 2250, {
    LOG_LEVEL: 'info',
    DB_POOL_MAX: '5',
    METRICS_TOKEN,
  });
  let coordinator: string;
  let champion: string;

  beforeAll(async () => {
    await stack.start();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000000c0',
      roles: ['COORDINATOR'],
    });
    champion = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000000c1',
      roles: ['CHAMPION', 'TEACHER'],
      partnerId: '00000000-0000-4000-8000-00000000aaaa',
    });
  }, 180000);

  afterAll(async () => {
    await stack.dispose();
  }, 60000);

  const logOf = (name: string) => readFileSync(path.join(stack.opts.logDir, `${name}.log`), 'utf8');

  it('the coordinator sees each service’s dead letters (count, oldest, reason, never the content); a champion is FORBIDDEN', async () => {
    const before = await gql<Operations>(stack.gatewayUrl, coordinator, OPERATIONS);
    expect(before.errors).toBeUndefined();
    for (const s of SERVICES)
      expect(before.data!.operations[`${s}DeadLetters`]).toMatchObject({ pending: 0, reasons: [] });

    // A poison message on partners-governance's topic: every consumer of it dead-letters it.
    const bus = new KafkaTestBus(stack.opts.topicPrefix);
    await bus.start();
    try {
      await bus.sendRaw('partners-governance', 'k1', '{"name": "Jane Poisonous", broken json');
    } finally {
      await bus.stop();
    }
    let after: Awaited<ReturnType<typeof gql<Operations>>> | null = null;
    await eventually(async () => {
      after = await gql<Operations>(stack.gatewayUrl, coordinator, OPERATIONS);
      return (after.data?.operations.peopleDeadLetters as Summary | undefined)?.pending === 1;
    }, 30000);
    const people = after!.data!.operations.peopleDeadLetters as Summary;
    expect(people).toMatchObject({
      service: 'people',
      pending: 1,
      redriven: 0,
      reasons: [{ eventType: null, kind: 'POISON', error: 'malformed envelope', count: 1 }],
    });
    expect(Date.now() - Date.parse(people.oldestPendingAt!)).toBeLessThan(60_000);
    // The producer's own consumer does not read its own topic: nothing there.
    expect(after!.data!.operations.partnersGovernanceDeadLetters).toMatchObject({ pending: 0 });
    // Never the message content.
    expect(JSON.stringify(after)).not.toContain('Jane');

    const refused = await gql<Operations>(stack.gatewayUrl, champion, OPERATIONS);
    expect(refused.data?.operations ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(refused)).not.toContain('malformed');
  }, 60000);

  /** Holds partner (every `partners` query) behind a lock, so requests stay in flight. */
  async function lockPartners(): Promise<{ release(): Promise<void> }> {
    const c = new Client({ connectionString: stack.databaseUrlOf('partners-governance') });
    await c.connect();
    await c.query('BEGIN');
    await c.query('LOCK TABLE partner IN ACCESS EXCLUSIVE MODE');
    return {
      async release() {
        await c.query('COMMIT').catch(() => undefined);
        await c.end();
      },
    };
  }

  async function waitingOnTheLock(): Promise<number> {
    const c = new Client({ connectionString: stack.databaseUrlOf('partners-governance') });
    await c.connect();
    try {
      const { rows } = await c.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return rows[0].n;
    } finally {
      await c.end();
    }
  }

  /** The gateway's GraphQL requests received and not yet answered (its /metrics). */
  async function gatewayInFlight(): Promise<number> {
    const res = await fetch(stack.gatewayUrl.replace('/graphql', '/metrics'), {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      signal: AbortSignal.timeout(5000),
    });
    const line = (await res.text())
      .split('\n')
      .find((l) => l.startsWith('ekst_http_requests_in_flight{') && l.includes('route="/graphql"'));
    return line ? Number(line.split(' ').pop()) : 0;
  }

  const partners = () =>
    gql<{ partners: Array<{ id: string }> }>(stack.gatewayUrl, coordinator, `{ partners { id } }`);

  async function readiness(url: string): Promise<number | 'refused'> {
    try {
      return (await fetch(url, { signal: AbortSignal.timeout(2000) })).status;
    } catch {
      return 'refused';
    }
  }

  it.each([['partners-governance'], ['gateway']] as const)(
    'SIGTERM to %s during 50 concurrent requests: readiness flips, every request in flight gets a complete answer, the process exits by itself',
    async (name) => {
      const ready =
        name === 'gateway'
          ? stack.gatewayUrl.replace('/graphql', '/health/ready')
          : stack.subgraphUrl(name).replace('/graphql', '/health/ready');
      expect(await readiness(ready)).toBe(200);
      const lock = await lockPartners();
      let answers: Array<Awaited<ReturnType<typeof partners>>> = [];
      let exited: Promise<unknown> | undefined;
      try {
        const inFlight = Array.from({ length: 50 }, () => partners());
        // All 50 received by the gateway (on a loaded machine the last connections can open
        // seconds after the first request reached the lock; one still in the listen queue when
        // the listener closes is refused, which is not a request in flight).
        await eventually(async () => (await gatewayInFlight()) >= 50, 30000);
        await eventually(async () => (await waitingOnTheLock()) > 0, 30000);
        // Time for all 50 to reach the subgraph (the first three hold its pool's connections, the
        // rest wait for one): a request the gateway has not yet sent is not in flight there.
        await new Promise((r) => setTimeout(r, 1500));
        const started = Date.now();
        exited = stack.kill(name, 'SIGTERM');
        await new Promise((r) => setTimeout(r, 200));
        // Draining: not ready (503 while the listener lingers, refused once it is closed).
        expect(await readiness(ready)).not.toBe(200);
        await new Promise((r) => setTimeout(r, 500));
        await lock.release();
        answers = await Promise.all(inFlight);
        await exited;
        expect(Date.now() - started).toBeLessThan(12_000);
      } finally {
        await lock.release().catch(() => undefined);
        // The next test needs it back, whatever happened here (once it has exited: a failed
        // expectation above can leave it still draining).
        await exited?.catch(() => undefined);
        if (!stack.pids().has(name)) {
          if (name === 'gateway') await stack.startGateway();
          else await stack.startService(name);
        }
      }
      expect(answers).toHaveLength(50);
      for (const a of answers) {
        expect(a.status).toBe(200);
        expect(a.errors).toBeUndefined();
        expect(Array.isArray(a.data?.partners)).toBe(true);
      }
      expect(logOf(name)).toContain('shutdown complete');
      expect((await partners()).errors).toBeUndefined();
    },
    90000,
  );

  it('a second SIGTERM exits at once, without waiting for the drain', async () => {
    const lock = await lockPartners();
    try {
      const inFlight = Array.from({ length: 5 }, () => partners());
      await eventually(async () => (await waitingOnTheLock()) > 0, 30000);
      const pid = stack.pids().get('partners-governance')!;
      const exited = stack.kill('partners-governance', 'SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      const second = Date.now();
      process.kill(pid, 'SIGTERM');
      await exited;
      // Still locked: the drain could not have finished; the process went on the second signal.
      expect(Date.now() - second).toBeLessThan(3000);
      expect(logOf('partners-governance')).toContain('second signal: exiting now');
      await lock.release();
      await Promise.allSettled(inFlight);
    } finally {
      await lock.release().catch(() => undefined);
      if (!stack.pids().has('partners-governance')) await stack.startService('partners-governance');
    }
    expect((await partners()).errors).toBeUndefined();
  }, 90000);
  it('SIGTERM to a consuming service under a stream of events: everything it applied is committed before it exits, so its restart redelivers nothing it applied; every event applied once', async () => {
    // evaluation keeps a partner projection from partners-governance's topic. The stream plays
    // partners-governance: one event per send, so each event's partition and offset are known.
    const topic = topicFor('partners-governance', stack.opts.topicPrefix);
    const groupId = `${stack.opts.topicPrefix}evaluation`;
    const bus = new KafkaTestBus(stack.opts.topicPrefix);
    await bus.start();
    const db = new Client({ connectionString: stack.databaseUrlOf('evaluation') });
    await db.connect();
    const sent: Array<{ id: string; partnerId: string; partition: number; offset: bigint }> = [];
    let streaming = true;
    let streamError: unknown = null;
    const stream = (async () => {
      for (let n = 0; streaming; n += 1) {
        const envelope = partnerJoinedEnvelope({ name: `Stream school ${n}` });
        try {
          const at = await bus.sendLocated('partners-governance', envelope);
          sent.push({ id: envelope.id, partnerId: envelope.aggregateId, ...at });
        } catch (err) {
          streamError = err;
          return;
        }
        await new Promise((r) => setTimeout(r, 15));
      }
    })();
    const inbox = async (): Promise<Set<string>> =>
      new Set(
        (
          await db.query<{ event_id: string }>(`SELECT event_id FROM inbox WHERE topic = $1`, [
            topic,
          ])
        ).rows.map((r) => r.event_id),
      );
    let restarted = false;
    try {
      // The consumer is busy with the stream when the signal comes.
      await eventually(async () => (await inbox()).size >= 30, 60000);
      const sentAtSignal = sent.length;
      await stack.kill('evaluation', 'SIGTERM');
      expect(logOf('evaluation')).toContain('shutdown complete');
      // The stream went on through the shutdown: there was work in hand to finish or leave.
      expect(sent.length).toBeGreaterThan(sentAtSignal);

      // What a restart will read again: every message at or after the group's committed offset.
      // Of those, the ones already in the inbox are what it would process a second time.
      const committed = await bus.committedOffsets(groupId, 'partners-governance');
      const applied = await inbox();
      const appliedBeforeExit = sent.filter((e) => applied.has(e.id));
      const redelivered = appliedBeforeExit.filter(
        (e) => e.offset >= (committed.get(e.partition) ?? 0n),
      );
      expect(appliedBeforeExit.length).toBeGreaterThanOrEqual(30);
      // It committed its current batch before it exited: nothing it applied is left uncommitted.
      expect(redelivered.map((e) => `${e.partition}@${e.offset}`)).toEqual([]);
      // And it did not commit past what it applied (nothing skipped): every event below the
      // committed offset is in the inbox.
      const skipped = sent.filter(
        (e) => e.offset < (committed.get(e.partition) ?? 0n) && !applied.has(e.id),
      );
      expect(skipped).toEqual([]);

      await stack.startService('evaluation');
      restarted = true;
      await new Promise((r) => setTimeout(r, 1000));
      streaming = false;
      await stream;
      expect(streamError).toBeNull();
      await eventually(async () => {
        const all = await inbox();
        return sent.every((e) => all.has(e.id));
      }, 60000);
      // Each partner once in the projection: every event applied, none twice.
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM partner_projection WHERE id = ANY($1::uuid[])`,
        [sent.map((e) => e.partnerId)],
      );
      expect(rows[0].n).toBe(sent.length);
    } finally {
      streaming = false;
      await stream;
      await db.end();
      await bus.stop();
      if (!restarted && !stack.pids().has('evaluation')) await stack.startService('evaluation');
    }
  }, 180000);
});
