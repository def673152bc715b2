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
 * The crash kafkajs does not restart from, reproduced on the real (shared) broker without
 * restarting it. kafkajs heartbeats only between messages, so a message whose transaction outlasts
 * the session timeout (10 s) gets its member evicted by the coordinator; the offset commit after
 * it then meets UNKNOWN_MEMBER_ID, which kafkajs's commit path wraps as a non-retriable error and
 * crashes on with `restart: false` ("Crash: KafkaJSNonRetriableError: The coordinator is not aware
 * of this member" — what the chaos long form logged after a broker restart). Without the inbox
 * consumer's replacement the consumer stays dead and nothing sent later is applied.
 */
describe('inbox consumer: replaced after a crash kafkajs does not restart from (real Kafka, real Postgres)', () => {
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

  it('a transaction longer than the session timeout: kafkajs gives up on the consumer, a new one takes over and applies what follows, each event once', async () => {
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
      await eventually(
        async () => events.some((e) => e.msg === 'consumer crashed' && e.restart === false),
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
      expect(events.map((e) => e.msg)).toContain(
        'consumer replaced after a crash kafkajs does not restart from',
      );
      const [{ n }] = (await db.dataSource.query(`SELECT count(*)::int AS n FROM inbox`)) as Array<{
        n: number;
      }>;
      expect(n).toBe(6);
    } finally {
      await consumer.stop();
    }
  }, 150000);
});
