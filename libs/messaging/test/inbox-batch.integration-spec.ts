import { Client } from 'pg';
import type { Consumer, Producer } from 'kafkajs';
import type { MigrationInterface, QueryRunner } from 'typeorm';
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
  createMigratedDatabase,
  deleteTopicsWithPrefix,
  eventually,
  kafkaBrokers,
  partnerJoined,
  testLog as silent,
  uniqueTopicPrefix,
} from './support/messaging-harness';
import type { MessagingTestDatabase } from './support/messaging-harness';

class AppliedWithTx1732300000096 implements MigrationInterface {
  name = 'AppliedWithTx1732300000096';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE applied (name text NOT NULL, tx xid8 NOT NULL,
      lock_timeout text NOT NULL, seq bigserial NOT NULL)`);
    await q.query(`CREATE TABLE gate (id int PRIMARY KEY, opened int NOT NULL DEFAULT 0)`);
    await q.query(`INSERT INTO gate (id) VALUES (1)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE applied; DROP TABLE gate`);
  }
}

/**
 * Several messages of a partition applied in one inbox transaction (one commit for many events),
 * each in a savepoint of its own, on real Postgres and real Kafka. Every burst is on the broker
 * before the consumer starts, so its first fetch brings the whole burst in one batch: a failure
 * lands in the middle of a run. What must hold is what holds one message at a time — each event
 * applied once and in order, a poison or malformed one dead-lettered at once with its neighbours
 * applied, a transient failure holding its partition at that very message — and no handler may
 * leak its session settings into the next event of its transaction.
 */
describe('inbox consumer: many events per inbox transaction (real Postgres, real Kafka)', () => {
  const prefix = uniqueTopicPrefix();
  const dlq = `ekst.dlq.${prefix}group`;
  const kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'messaging-batch' }, silent);
  let db: MessagingTestDatabase;
  let producer: Producer;
  let dlqProbe: Consumer;
  const deadLetters: Array<{ error: string; kind: string; offset: string }> = [];
  /** every call of the handler, by event name, whether or not its transaction committed */
  const calls = new Map<string, number>();

  const handler = defineHandler(PartnerEvents.joined, async ({ manager: m }, payload) => {
    calls.set(payload.name, (calls.get(payload.name) ?? 0) + 1);
    if (payload.name.startsWith('poison')) throw new PoisonMessageError('never applicable');
    if (payload.name.startsWith('gated')) {
      await m.query(`SET LOCAL lock_timeout = '150ms'`);
      await m.query(`UPDATE gate SET opened = opened + 1 WHERE id = 1`);
    }
    await m.query(
      `INSERT INTO applied (name, tx, lock_timeout)
       VALUES ($1, pg_current_xact_id(), current_setting('lock_timeout'))`,
      [payload.name],
    );
    // A handler changing a session setting for itself: the next event must not inherit it.
    if (payload.name.startsWith('sets')) await m.query(`SET LOCAL lock_timeout = '1ms'`);
  });

  const consumerOn = (topic: string, extra: Partial<InboxConsumerOptions> = {}) =>
    new InboxConsumer({
      kafka,
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
      lockTimeoutMs: 4000,
      ...extra,
    });

  const send = (topic: string, values: Array<Envelope<unknown> | string>) =>
    producer.send({
      topic,
      acks: -1,
      messages: values.map((v) =>
        typeof v === 'string'
          ? { key: 'malformed', value: v, partition: 0 }
          : { key: v.aggregateId, value: JSON.stringify(v), partition: 0 },
      ),
    });

  const applied = async (): Promise<Array<{ name: string; tx: string; lock_timeout: string }>> =>
    db.dataSource.query(`SELECT name, tx::text AS tx, lock_timeout FROM applied ORDER BY seq`);

  const committedOffset = async (topic: string): Promise<string> => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const [offsets] = await admin.fetchOffsets({ groupId: `${topic}.group`, topics: [topic] });
      return offsets.partitions.find((p) => p.partition === 0)?.offset ?? '-1';
    } finally {
      await admin.disconnect();
    }
  };

  beforeAll(async () => {
    db = await createMigratedDatabase(
      [
        MessagingTables1732300000000,
        MessagingDeadLetters1732300000900,
        MessagingTraceContext1732300000950,
        AppliedWithTx1732300000096,
      ],
      6,
    );
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [`${prefix}burst`, `${prefix}poison`, `${prefix}gated`, dlq], {
      partitions: 1,
    });
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
          offset: String(message.headers?.['ekst-source-offset'] ?? ''),
        });
      },
    });
  });

  afterAll(async () => {
    await dlqProbe?.disconnect();
    await producer?.disconnect();
    await db?.drop();
    await deleteTopicsWithPrefix(prefix);
  });

  beforeEach(async () => {
    await db.dataSource.query(`TRUNCATE applied, inbox, dead_letter`);
    deadLetters.length = 0;
    calls.clear();
  });

  it('a burst is applied in few transactions, each event once and in order, none inheriting another’s settings', async () => {
    const topic = `${prefix}burst`;
    const names = Array.from({ length: 40 }, (_, i) => (i % 7 === 3 ? `sets ${i}` : `event ${i}`));
    await send(
      topic,
      names.map((n) => partnerJoined(n)),
    );
    const consumer = consumerOn(topic, { maxEventsPerTransaction: 25 });
    await consumer.start();
    try {
      await eventually(async () => (await applied()).length === 40, 30000);
      const rows = await applied();
      expect(rows.map((r) => r.name)).toEqual(names);
      expect([...calls.values()].every((n) => n === 1)).toBe(true);
      // One commit for many events: at most 25 per transaction, so at least 2, and far fewer
      // than one each.
      const transactions = new Set(rows.map((r) => r.tx));
      expect(transactions.size).toBeGreaterThanOrEqual(2);
      expect(transactions.size).toBeLessThanOrEqual(10);
      // Every event ran under the consumer's lock_timeout, even right after a handler set its own.
      expect(new Set(rows.map((r) => r.lock_timeout))).toEqual(new Set(['4s']));
      await eventually(async () => (await committedOffset(topic)) === '40', 10000);
    } finally {
      await consumer.stop();
    }
    expect(await committedOffset(topic)).toBe('40');
  }, 60000);

  it('a poison and a malformed message in the middle of a batch are dead-lettered at once; the others are applied once, in order', async () => {
    const topic = `${prefix}poison`;
    const before = ['a 1', 'a 2', 'a 3'].map((n) => partnerJoined(n));
    const between = ['b 1', 'b 2'].map((n) => partnerJoined(n));
    const after = ['c 1', 'c 2', 'c 3', 'c 4'].map((n) => partnerJoined(n));
    // offsets: a 0-2, malformed 3, b 4-5, poison 6, c 7-10
    await send(topic, [
      ...before,
      '{ not json',
      ...between,
      partnerJoined('poison pill'),
      ...after,
    ]);
    const consumer = consumerOn(topic, { maxAttempts: 5 });
    await consumer.start();
    try {
      await eventually(
        async () => (await applied()).length === 9 && deadLetters.length === 2,
        30000,
      );
      expect((await applied()).map((r) => r.name)).toEqual([
        'a 1',
        'a 2',
        'a 3',
        'b 1',
        'b 2',
        'c 1',
        'c 2',
        'c 3',
        'c 4',
      ]);
      // Each handler ran once: the poison's failure rolled back its savepoint alone, and nothing
      // around it was applied again.
      expect(Object.fromEntries(calls)).toEqual(
        Object.fromEntries(
          [...before, ...between, ...after]
            .map((e) => [e.payload.name, 1] as [string, number])
            .concat([['poison pill', 1]]),
        ),
      );
      expect(deadLetters.sort((x, y) => Number(x.offset) - Number(y.offset))).toEqual([
        { error: 'malformed envelope', kind: 'poison', offset: '3' },
        { error: 'never applicable', kind: 'poison', offset: '6' },
      ]);
      const [{ n: inbox }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM inbox`);
      expect(inbox).toBe(9);
      const recorded = (await db.dataSource.query(
        `SELECT source_offset::text AS offset, failure_kind AS kind FROM dead_letter
         ORDER BY source_offset`,
      )) as Array<{ offset: string; kind: string }>;
      expect(recorded).toEqual([
        { offset: '3', kind: 'poison' },
        { offset: '6', kind: 'poison' },
      ]);
      await eventually(async () => (await committedOffset(topic)) === '11', 10000);
    } finally {
      await consumer.stop();
    }
  }, 60000);

  it('a transient failure in the middle of a batch commits the events before it and holds its partition at the failing one; the rest then apply in order', async () => {
    const topic = `${prefix}gated`;
    const holder = new Client({ connectionString: db.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT * FROM gate WHERE id = 1 FOR UPDATE');
    const consumer = consumerOn(topic);
    let released = false;
    try {
      await send(
        topic,
        ['d 1', 'd 2', 'gated 1', 'd 3', 'gated 2', 'd 4'].map((n) => partnerJoined(n)),
      );
      await consumer.start();
      await eventually(async () => consumer.stuckPartitions().length > 0, 30000);
      await new Promise((r) => setTimeout(r, 2000));
      // The two before the failing one are applied and their offset committed; nothing after it.
      expect((await applied()).map((r) => r.name)).toEqual(['d 1', 'd 2']);
      expect(consumer.stuckPartitions().map((s) => s.partition)).toEqual([`${topic}/0`]);
      await eventually(async () => (await committedOffset(topic)) === '2', 10000);
      expect(deadLetters).toEqual([]);
      await holder.query('ROLLBACK');
      released = true;
      await eventually(async () => (await applied()).length === 6, 30000);
      expect((await applied()).map((r) => r.name)).toEqual([
        'd 1',
        'd 2',
        'gated 1',
        'd 3',
        'gated 2',
        'd 4',
      ]);
      const [{ opened }] = await db.dataSource.query(`SELECT opened FROM gate WHERE id = 1`);
      expect(opened).toBe(2);
      const [{ n: inbox }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM inbox`);
      expect(inbox).toBe(6);
      expect(deadLetters).toEqual([]);
      expect(consumer.stuckPartitions()).toEqual([]);
      await eventually(async () => (await committedOffset(topic)) === '6', 10000);
    } finally {
      if (!released) await holder.query('ROLLBACK');
      await holder.end();
      await consumer.stop();
    }
  }, 90000);
});
