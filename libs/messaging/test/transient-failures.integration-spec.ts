import { Client } from 'pg';
import type { Consumer, Producer } from 'kafkajs';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createServiceDataSource } from '@ekst/persistence';
import { PartnerEvents } from '@ekst/contracts';
import type { Envelope } from '@ekst/contracts';
import {
  createKafka,
  defineHandler,
  ensureTopics,
  InboxConsumer,
  MessagingDeadLetters1732300000900,
  MessagingTables1732300000000,
  MessagingTraceContext1732300000950,
  PoisonMessageError,
  systemClock,
  FETCH_MAX_WAIT_MS,
} from '../src';
import type { InboxConsumerOptions } from '../src';
import {
  adminDatabaseUrl,
  createMigratedDatabase,
  deleteTopicsWithPrefix,
  eventually,
  kafkaBrokers,
  partnerJoined,
  testLog as silent,
  uniqueTopicPrefix,
} from './support/messaging-harness';
import type { MessagingTestDatabase } from './support/messaging-harness';

class AppliedAndGate1732300000098 implements MigrationInterface {
  name = 'AppliedAndGate1732300000098';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE applied (partner_id uuid NOT NULL, name text NOT NULL,
      seq bigserial NOT NULL)`);
    await q.query(`CREATE TABLE gate (id int PRIMARY KEY, opened int NOT NULL DEFAULT 0)`);
    await q.query(`INSERT INTO gate (id) VALUES (1)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE applied; DROP TABLE gate`);
  }
}

/**
 * How the inbox consumer tells failures apart, on real Postgres and real Kafka: a database outage
 * far longer than the retries of an unknown failure (10 s) loses nothing and dead-letters
 * nothing; a real lock timeout holds one partition while the others flow, and the held events
 * apply in order once the lock goes; a poison message is dead-lettered at the first attempt and
 * the partition moves on.
 */
describe('inbox consumer under transient and poison failures (real Postgres, real Kafka)', () => {
  const prefix = uniqueTopicPrefix();
  const dlq = `ekst.dlq.${prefix}group`;
  const kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'messaging-faults' }, silent);
  let db: MessagingTestDatabase;
  let producer: Producer;
  const deadLetters: Array<{ error: string; kind: string }> = [];
  let dlqProbe: Consumer;
  let poisonCalls = 0;

  const handler = defineHandler(PartnerEvents.joined, async ({ manager: m }, payload) => {
    if (payload.name.startsWith('poison')) {
      poisonCalls += 1;
      throw new PoisonMessageError('this partner can never be applied');
    }
    if (payload.name.startsWith('gated')) {
      // A real lock wait: while the test holds the gate row, this fails with 55P03.
      await m.query(`SET LOCAL lock_timeout = '150ms'`);
      await m.query(`UPDATE gate SET opened = opened + 1 WHERE id = 1`);
    }
    if (payload.name.startsWith('blocked')) {
      // The same lock wait with no lock_timeout of the handler's own: only the consumer's.
      await m.query(`UPDATE gate SET opened = opened + 1 WHERE id = 1`);
    }
    await m.query(`INSERT INTO applied (partner_id, name) VALUES ($1, $2)`, [
      payload.partnerId,
      payload.name,
    ]);
  });

  const consumerOn = (topic: string, extra: Partial<InboxConsumerOptions> = {}) =>
    new InboxConsumer({
      kafka,
      // A group per test: a new member of a group another test just left can wait out a rebalance.
      groupId: `${topic}.group`,
      topics: [topic],
      dataSource: db.dataSource,
      handlers: [handler],
      tx: { topic: `${prefix}own`, producer: 'people', clock: systemClock, config: {} },
      deadLetterTopic: dlq,
      log: silent,
      maxAttempts: 3,
      retryBaseMs: 50,
      retryCapMs: 1000,
      ...extra,
    });

  const send = (topic: string, events: Envelope<unknown>[], partition?: number) =>
    producer.send({
      topic,
      acks: -1,
      messages: events.map((e) => ({ key: e.aggregateId, value: JSON.stringify(e), partition })),
    });

  const appliedNames = async (): Promise<string[]> =>
    (
      (await db.dataSource.query(`SELECT name FROM applied ORDER BY seq`)) as Array<{
        name: string;
      }>
    ).map((r) => r.name);

  const withAdmin = async (sql: string) => {
    const c = new Client({ connectionString: adminDatabaseUrl() });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    db = await createMigratedDatabase(
      [
        MessagingTables1732300000000,
        MessagingDeadLetters1732300000900,
        MessagingTraceContext1732300000950,
        AppliedAndGate1732300000098,
      ],
      6,
    );
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(
      admin,
      [`${prefix}outage`, `${prefix}gated`, `${prefix}blocked`, `${prefix}poison`, dlq],
      {
        partitions: 3,
      },
    );
    await ensureTopics(admin, [`${prefix}two`], { partitions: 2 });
    await admin.disconnect();
    producer = kafka.producer();
    await producer.connect();
    dlqProbe = kafka.consumer({
      groupId: `${prefix}dlq-probe`,
      maxWaitTimeInMs: FETCH_MAX_WAIT_MS,
    });
    await dlqProbe.connect();
    await dlqProbe.subscribe({ topic: dlq, fromBeginning: true });
    await dlqProbe.run({
      eachMessage: async ({ message }) => {
        deadLetters.push({
          error: String(message.headers?.['ekst-error'] ?? ''),
          kind: String(message.headers?.['ekst-failure-kind'] ?? ''),
        });
      },
    });
  });

  afterAll(async () => {
    await dlqProbe?.disconnect();
    await producer?.disconnect();
    await withAdmin(`ALTER DATABASE ${dbName()} ALLOW_CONNECTIONS true`).catch(() => undefined);
    await db?.drop();
    await deleteTopicsWithPrefix(prefix);
  });

  const dbName = () => new URL(db.url).pathname.slice(1);

  beforeEach(async () => {
    await db.dataSource.query(`TRUNCATE applied, inbox`);
    deadLetters.length = 0;
  });

  it('a 10-second database outage loses nothing, applies everything once and dead-letters nothing', async () => {
    const topic = `${prefix}outage`;
    const consumer = consumerOn(topic);
    await consumer.start();
    const before = partnerJoined('before the outage');
    await send(topic, [before]);
    await eventually(async () => (await appliedNames()).includes('before the outage'), 30000);

    // The outage: nobody may connect to the service's database, and every session is cut.
    await withAdmin(`ALTER DATABASE ${dbName()} ALLOW_CONNECTIONS false`);
    await withAdmin(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${dbName()}'`,
    );
    const burst = Array.from({ length: 30 }, (_, i) => partnerJoined(`during the outage ${i}`));
    try {
      await send(topic, burst);
      await new Promise((r) => setTimeout(r, 10_000));
      // Still held, not dropped: an unknown failure would have been dead-lettered by now.
      expect(deadLetters).toEqual([]);
      expect(consumer.stuckPartitions().length).toBeGreaterThan(0);
    } finally {
      await withAdmin(`ALTER DATABASE ${dbName()} ALLOW_CONNECTIONS true`);
    }
    try {
      await eventually(async () => (await appliedNames()).length === 31, 30000);
      const names = await appliedNames();
      expect(new Set(names).size).toBe(31);
      const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM inbox`);
      expect(n).toBe(31);
      await new Promise((r) => setTimeout(r, 500));
      expect(deadLetters).toEqual([]);
      expect(consumer.stuckPartitions()).toEqual([]);
    } finally {
      await consumer.stop();
    }
  }, 90000);

  it('a lock timeout holds its partition without dead-lettering; the held events then apply in order', async () => {
    const topic = `${prefix}gated`;
    const consumer = consumerOn(topic);
    const holder = new Client({ connectionString: db.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT * FROM gate WHERE id = 1 FOR UPDATE');
    try {
      await consumer.start();
      const gated = [partnerJoined('gated 1'), partnerJoined('gated 2'), partnerJoined('gated 3')];
      await send(topic, gated, 0);
      await send(topic, [partnerJoined('free 1')], 1);
      await send(topic, [partnerJoined('free 2')], 2);
      // Held, retried, not dropped.
      await eventually(async () => consumer.stuckPartitions().length > 0, 30000);
      await new Promise((r) => setTimeout(r, 3000));
      expect(consumer.stuckPartitions().map((s) => s.partition)).toContain(`${topic}/0`);
      expect((await appliedNames()).filter((n) => n.startsWith('gated'))).toEqual([]);
      expect(deadLetters).toEqual([]);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    try {
      await eventually(async () => (await appliedNames()).length === 5, 30000);
      expect((await appliedNames()).filter((n) => n.startsWith('gated'))).toEqual([
        'gated 1',
        'gated 2',
        'gated 3',
      ]);
      const [{ opened }] = await db.dataSource.query(`SELECT opened FROM gate WHERE id = 1`);
      expect(opened).toBe(3);
      expect(deadLetters).toEqual([]);
    } finally {
      await consumer.stop();
    }
  }, 90000);

  it('a handler blocked on a lock longer than the statement timeout is held (lock_timeout, 55P03), never dead-lettered', async () => {
    // The service's pool, with its statement timeout made short (15 s in a service): without the
    // consumer's lock_timeout, the handler's wait ends in 57014 (statement timeout), of unknown
    // kind, dead-lettered after maxAttempts (2 here, about 3 s). With it, the wait ends in 55P03
    // first (two thirds of the statement timeout by default): transient, held as long as it takes.
    const { dataSource } = createServiceDataSource(
      { url: db.url, applicationName: 'messaging-test-lock', poolMax: 3, statementTimeoutMs: 1500 },
      { entities: [], migrations: [] },
    );
    await dataSource.initialize();
    const topic = `${prefix}blocked`;
    const consumer = consumerOn(topic, { dataSource, maxAttempts: 2 });
    const holder = new Client({ connectionString: db.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT * FROM gate WHERE id = 1 FOR UPDATE');
    let released = false;
    try {
      await consumer.start();
      await send(topic, [partnerJoined('blocked 1'), partnerJoined('blocked 2')], 0);
      // Far past maxAttempts × the statement timeout: still held, nothing applied or dropped.
      await new Promise((r) => setTimeout(r, 10_000));
      expect(deadLetters).toEqual([]);
      expect(consumer.stuckPartitions().map((s) => s.partition)).toEqual([`${topic}/0`]);
      expect(await appliedNames()).toEqual([]);
      const [{ n: recorded }] = await db.dataSource.query(
        `SELECT count(*)::int AS n FROM dead_letter`,
      );
      expect(recorded).toBe(0);
      await holder.query('ROLLBACK');
      released = true;
      await eventually(async () => (await appliedNames()).length === 2, 30000);
      expect(await appliedNames()).toEqual(['blocked 1', 'blocked 2']);
      expect(deadLetters).toEqual([]);
      expect(consumer.stuckPartitions()).toEqual([]);
    } finally {
      if (!released) await holder.query('ROLLBACK');
      await holder.end();
      await consumer.stop();
      await dataSource.destroy();
    }
  }, 90000);

  it('a held partition pauses alone: the other partition keeps flowing through later fetches, and order per key holds', async () => {
    const topic = `${prefix}two`;
    // One partition handled at a time: before per-partition pause, a held partition stopped
    // every fetch after it, so nothing on the other partition moved until the lock went.
    const consumer = consumerOn(topic, { partitionsConsumedConcurrently: 1 });
    const holder = new Client({ connectionString: db.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT * FROM gate WHERE id = 1 FOR UPDATE');
    let released = false;
    try {
      await consumer.start();
      await send(
        topic,
        [partnerJoined('gated 1'), partnerJoined('gated 2'), partnerJoined('gated 3')],
        0,
      );
      await eventually(async () => consumer.stuckPartitions().length > 0, 30000);
      expect(consumer.stuckPartitions().map((s) => s.partition)).toEqual([`${topic}/0`]);
      // Sent after the hold began, one at a time: each needs a fetch of its own.
      for (let i = 1; i <= 5; i += 1) {
        await send(topic, [partnerJoined(`flowing ${i}`)], 1);
        await eventually(async () => (await appliedNames()).includes(`flowing ${i}`), 10000);
      }
      // Partition 0 is still held, nothing on it applied, nothing dead-lettered.
      expect(consumer.stuckPartitions().map((s) => s.partition)).toEqual([`${topic}/0`]);
      expect((await appliedNames()).filter((n) => n.startsWith('gated'))).toEqual([]);
      expect(deadLetters).toEqual([]);
      await holder.query('ROLLBACK');
      released = true;
      await eventually(async () => (await appliedNames()).length === 8, 30000);
      expect((await appliedNames()).filter((n) => n.startsWith('gated'))).toEqual([
        'gated 1',
        'gated 2',
        'gated 3',
      ]);
      const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM inbox`);
      expect(n).toBe(8);
      expect(consumer.stuckPartitions()).toEqual([]);
      expect(deadLetters).toEqual([]);
    } finally {
      if (!released) await holder.query('ROLLBACK');
      await holder.end();
      await consumer.stop();
    }
  }, 90000);

  it('a poison message is dead-lettered at the first attempt and its partition keeps flowing', async () => {
    const topic = `${prefix}poison`;
    const consumer = consumerOn(topic, { maxAttempts: 5 });
    await consumer.start();
    poisonCalls = 0;
    try {
      await send(
        topic,
        [partnerJoined('first'), partnerJoined('poison pill'), partnerJoined('after the poison')],
        0,
      );
      await eventually(
        async () => (await appliedNames()).length === 2 && deadLetters.length === 1,
        30000,
      );
      expect(await appliedNames()).toEqual(['first', 'after the poison']);
      expect(poisonCalls).toBe(1);
      expect(deadLetters).toEqual([{ error: 'this partner can never be applied', kind: 'poison' }]);
    } finally {
      await consumer.stop();
    }
  }, 60000);
});
