import type { Producer } from 'kafkajs';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PartnerEvents } from '@ekst/contracts';
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

class Applied1732300000097 implements MigrationInterface {
  name = 'Applied1732300000097';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE applied (partner_id uuid NOT NULL)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE applied`);
  }
}

/**
 * Graceful shutdown of a consumer (what SIGTERM runs: `InboxConsumer.stop()`) in the middle of a
 * stream: what it applied is committed before it returns, so its successor in the group processes
 * nothing a second time. Measured two ways: from the group's committed offsets read after the stop
 * against the inbox (applied at or after the committed offset = what a restart reads again), and
 * directly, by counting the successor's deliveries the inbox finds already applied. The bound of
 * Done-when 4 is "at most the uncommitted batch"; this consumer commits per message and finishes
 * the messages in hand before it stops, so the batch left is empty and both counts must be 0.
 */
describe('inbox consumer: graceful stop during a stream commits what it applied (real Postgres, real Kafka)', () => {
  const prefix = uniqueTopicPrefix();
  const topic = `${prefix}stream`;
  const groupId = `${prefix}group`;
  const kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'messaging-shutdown' }, silent);
  let db: MessagingTestDatabase;
  let producer: Producer;

  const handler = defineHandler(PartnerEvents.joined, async ({ manager: m }, payload) => {
    // A few milliseconds of work, so messages are in hand when the stop comes.
    await m.query(`SELECT pg_sleep(0.005)`);
    await m.query(`INSERT INTO applied (partner_id) VALUES ($1)`, [payload.partnerId]);
  });

  const consumer = () =>
    new InboxConsumer({
      kafka,
      groupId,
      topics: [topic],
      dataSource: db.dataSource,
      handlers: [handler],
      tx: { topic: `${prefix}own`, producer: 'people', clock: systemClock, config: {} },
      deadLetterTopic: `ekst.dlq.${prefix}group`,
      log: silent,
    });

  beforeAll(async () => {
    db = await createMigratedDatabase(
      [
        MessagingTables1732300000000,
        MessagingDeadLetters1732300000900,
        MessagingTraceContext1732300000950,
        Applied1732300000097,
      ],
      6,
    );
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topic, `ekst.dlq.${prefix}group`], { partitions: 3 });
    await admin.disconnect();
    producer = kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await db?.drop();
    await deleteTopicsWithPrefix(prefix);
  });

  it('stopped mid-stream, it leaves nothing applied uncommitted; its successor redelivers nothing applied; every event applied once', async () => {
    const sent: Array<{ id: string; partition: number; offset: bigint }> = [];
    let streaming = true;
    const stream = (async () => {
      for (let n = 0; streaming; n += 1) {
        const e = partnerJoined(`School ${n}`);
        const [meta] = await producer.send({
          topic,
          acks: -1,
          messages: [{ key: e.aggregateId, value: JSON.stringify(e) }],
        });
        sent.push({ id: e.id, partition: meta.partition, offset: BigInt(meta.baseOffset ?? -1) });
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const inbox = async () =>
      new Set(
        (
          (await db.dataSource.query(`SELECT event_id FROM inbox`)) as Array<{ event_id: string }>
        ).map((r) => r.event_id),
      );

    const first = consumer();
    await first.start();
    let second: InboxConsumer | null = null;
    try {
      await eventually(async () => (await inbox()).size >= 40, 60000);
      const sentAtStop = sent.length;
      await first.stop();
      // The stream ran on through the stop: there was work in hand.
      expect(sent.length).toBeGreaterThan(sentAtStop);

      const admin = kafka.admin();
      await admin.connect();
      const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
      await admin.disconnect();
      const committed = new Map(
        offsets.partitions.map((p) => [p.partition, BigInt(p.offset)] as const),
      );
      const applied = await inbox();
      const appliedBeforeStop = sent.filter((e) => applied.has(e.id));
      expect(appliedBeforeStop.length).toBeGreaterThanOrEqual(40);
      // -1: nothing committed on the partition, so a restart reads all of it again.
      const committedOf = (partition: number) => committed.get(partition) ?? -1n;
      const uncommitted = appliedBeforeStop.filter(
        (e) => committedOf(e.partition) < 0n || e.offset >= committedOf(e.partition),
      );
      expect(uncommitted.map((e) => `${e.partition}@${e.offset}`)).toEqual([]);
      // Nothing committed past what was applied either.
      const skipped = sent.filter((e) => e.offset < committedOf(e.partition) && !applied.has(e.id));
      expect(skipped).toEqual([]);

      // The successor: every delivery the inbox finds already applied is a redelivery.
      second = consumer();
      const redelivered: string[] = [];
      const applyOnce = second.applyOnce.bind(second);
      second.applyOnce = async (t, envelope, h, payload) => {
        const fresh = await applyOnce(t, envelope, h, payload);
        if (!fresh) redelivered.push(envelope.id);
        return fresh;
      };
      await second.start();
      await new Promise((r) => setTimeout(r, 1000));
      streaming = false;
      await stream;
      await eventually(async () => {
        const all = await inbox();
        return sent.every((e) => all.has(e.id));
      }, 60000);
      expect(redelivered).toEqual([]);
      const [{ n }] = (await db.dataSource.query(
        `SELECT count(*)::int AS n FROM applied`,
      )) as Array<{ n: number }>;
      expect(n).toBe(sent.length);
    } finally {
      streaming = false;
      await stream;
      await first.stop().catch(() => undefined);
      await second?.stop();
    }
  }, 150000);
});
