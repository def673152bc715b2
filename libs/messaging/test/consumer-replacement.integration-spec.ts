import type { Producer } from 'kafkajs';
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
  systemClock,
} from '../src';
import type { ServiceLogger } from '../src';
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

class Applied1732300000096 implements MigrationInterface {
  name = 'Applied1732300000096';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE applied (name text NOT NULL, seq bigserial NOT NULL)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE applied`);
  }
}

/**
 * A member evicted mid-message, on the real (shared) broker. kafkajs heartbeats only between
 * messages, so a message whose transaction outlasts the session timeout (10 s) gets its member
 * evicted by the coordinator. When the offset was committed inside the handler, the commit met
 * UNKNOWN_MEMBER_ID and kafkajs crashed for good (`restart: false`, "The coordinator is not aware
 * of this member", as the chaos long form logged after a broker restart), and the consumer was
 * replaced. Offsets are now committed off the handler's path (commitLater, issue 17): the refused
 * commit is logged and kafkajs rejoins by itself. Either way, what follows must be applied, each
 * event once. The replacement itself is unit-tested on a stand-in (src/inbox-consumer.spec.ts).
 */
describe('inbox consumer: a member evicted mid-message carries on (real Kafka, real Postgres)', () => {
  const prefix = uniqueTopicPrefix();
  const topic = `${prefix}slow`;
  const kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'messaging-replace' }, silent);
  let db: MessagingTestDatabase;
  let producer: Producer;
  const events: Array<{ msg: string; restart?: unknown }> = [];
  const log: ServiceLogger = {
    ...silent,
    warn: (_o, msg) => events.push({ msg }),
    error: (o, msg) => events.push({ msg, restart: (o as { restart?: unknown }).restart }),
  };

  const handler = defineHandler(PartnerEvents.joined, async ({ manager: m }, payload) => {
    // A slow transaction: 12 s, past the 10 s session timeout, within the 15 s statement timeout.
    if (payload.name.startsWith('slow')) await m.query(`SELECT pg_sleep(12)`);
    await m.query(`INSERT INTO applied (name) VALUES ($1)`, [payload.name]);
  });

  beforeAll(async () => {
    db = await createMigratedDatabase([
      MessagingTables1732300000000,
      MessagingDeadLetters1732300000900,
      MessagingTraceContext1732300000950,
      Applied1732300000096,
    ]);
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topic, `ekst.dlq.${prefix}group`], { partitions: 1 });
    await admin.disconnect();
    producer = kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await db?.drop();
    await deleteTopicsWithPrefix(prefix);
  });

  const send = (events: Envelope<unknown>[]) =>
    producer.send({
      topic,
      acks: -1,
      messages: events.map((e) => ({ key: e.aggregateId, value: JSON.stringify(e) })),
    });

  const applied = async () =>
    (
      (await db.dataSource.query(`SELECT name FROM applied ORDER BY seq`)) as Array<{
        name: string;
      }>
    ).map((r) => r.name);

  it('a transaction longer than the session timeout: the eviction is seen, and what follows is applied, each event once', async () => {
    const consumer = new InboxConsumer({
      kafka,
      groupId: `${prefix}group`,
      topics: [topic],
      dataSource: db.dataSource,
      handlers: [handler],
      tx: { topic: `${prefix}own`, producer: 'people', clock: systemClock, config: {} },
      deadLetterTopic: `ekst.dlq.${prefix}group`,
      log,
      retryBaseMs: 100,
      // one partition, one at a time: nothing else heartbeats while the slow message runs
      partitionsConsumedConcurrently: 1,
    });
    await consumer.start();
    try {
      await send([partnerJoined('slow 1')]);
      // The eviction is seen either way: since offsets are committed off the handler's path
      // (commitLater), the refused commit is logged and kafkajs rejoins by itself; had it crashed
      // for good instead, the consumer would be replaced (both paths: src/inbox-consumer.spec.ts).
      await eventually(
        async () =>
          events.some(
            (e) =>
              (e.msg === 'consumer crashed' && e.restart === false) ||
              e.msg === 'offset commit failed; the next one carries it',
          ),
        60000,
      );
      expect(await applied()).toEqual(['slow 1']);
      const after = Array.from({ length: 5 }, (_, i) => partnerJoined(`after ${i + 1}`));
      await send(after);
      await eventually(async () => (await applied()).length === 6, 60000);
      expect(await applied()).toEqual([
        'slow 1',
        'after 1',
        'after 2',
        'after 3',
        'after 4',
        'after 5',
      ]);
      const [{ n }] = (await db.dataSource.query(`SELECT count(*)::int AS n FROM inbox`)) as Array<{
        n: number;
      }>;
      expect(n).toBe(6);
    } finally {
      await consumer.stop();
    }
  }, 150000);
});
