import { randomUUID } from 'node:crypto';
import type { Consumer } from 'kafkajs';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createEnvelope, PartnerEvents } from '@ekst/contracts';
import type { Envelope, PartnerJoinedV1 } from '@ekst/contracts';
import {
  appendToOutbox,
  createKafka,
  defineHandler,
  ensureTopics,
  InboxConsumer,
  MessagingDeadLetters1732300000900,
  MessagingTables1732300000000,
  MessagingTraceContext1732300000950,
  OutboxRelay,
  systemClock,
  FETCH_MAX_WAIT_MS,
} from '../src';
import {
  createMigratedDatabase,
  deleteTopicsWithPrefix,
  eventually,
  kafkaBrokers,
  testLog as silent,
  uniqueTopicPrefix,
} from './support/messaging-harness';
import type { MessagingTestDatabase } from './support/messaging-harness';

class CounterTable1732300000099 implements MigrationInterface {
  name = 'CounterTable1732300000099';
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE applied (partner_id uuid NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE applied`);
  }
}

function joined(
  partnerId: string,
  name = `Partner ${partnerId.slice(0, 6)}`,
): Envelope<PartnerJoinedV1> {
  return createEnvelope({
    type: 'PartnerJoined',
    version: 1,
    aggregateId: partnerId,
    producer: 'partners-governance',
    payload: {
      partnerId,
      name,
      kind: 'STATE',
      sector: 'STATE',
      town: 'Margate',
      joinedOn: '2025-09-01',
    },
  });
}

describe('outbox relay and idempotent inbox (real Postgres, real Kafka)', () => {
  const prefix = uniqueTopicPrefix();
  const topic = `${prefix}messaging-test`;
  const kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'messaging-test' }, silent);
  let db: MessagingTestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createMigratedDatabase(
      [
        MessagingTables1732300000000,
        MessagingDeadLetters1732300000900,
        MessagingTraceContext1732300000950,
        CounterTable1732300000099,
      ],
      30,
    );
    dataSource = db.dataSource;
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topic, `ekst.dlq.${prefix}group`]);
    await admin.disconnect();
  });

  afterAll(async () => {
    await db?.drop();
    await deleteTopicsWithPrefix(prefix);
  });

  async function collect(
    consumer: Consumer,
    topicName: string,
    into: Array<{
      key: string;
      envelope: Envelope<PartnerJoinedV1>;
      headers: Record<string, string>;
    }>,
  ) {
    await consumer.connect();
    await consumer.subscribe({ topic: topicName, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const headers = Object.fromEntries(
          Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]),
        );
        let envelope: Envelope<PartnerJoinedV1>;
        try {
          envelope = JSON.parse(message.value!.toString());
        } catch {
          envelope = { id: 'unparseable' } as Envelope<PartnerJoinedV1>; // dead letters keep malformed bytes as they came
        }
        into.push({ key: message.key!.toString(), envelope, headers });
      },
    });
  }

  it('loses nothing and keeps per-aggregate order under concurrent writers that commit out of id order', async () => {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const relay = new OutboxRelay({
      producer,
      databaseUrl: db.url,
      log: silent,
      pollIntervalMs: 50,
    });
    await relay.start();
    const received: Array<{
      key: string;
      envelope: Envelope<PartnerJoinedV1>;
      headers: Record<string, string>;
    }> = [];
    const consumer = kafka.consumer({
      groupId: `${prefix}order-probe`,
      maxWaitTimeInMs: FETCH_MAX_WAIT_MS,
    });
    await collect(consumer, topic, received);

    const aggregates = Array.from({ length: 8 }, () => randomUUID());
    const perAggregate = 6;
    // Each aggregate's events are written in sequence; aggregates race each other, and every
    // transaction sleeps a random while after taking its id, so commits interleave out of id order.
    await Promise.all(
      aggregates.map(async (id) => {
        for (let seq = 0; seq < perAggregate; seq += 1) {
          await dataSource.transaction(async (m) => {
            await appendToOutbox(m, {
              topic,
              definition: PartnerEvents.joined,
              envelope: joined(id, `seq ${seq}`),
            });
            await m.query(`SELECT pg_sleep($1)`, [Math.random() * 0.05]);
          });
        }
      }),
    );
    try {
      await eventually(async () => received.length >= aggregates.length * perAggregate, 30000);
      expect(received).toHaveLength(aggregates.length * perAggregate);
      expect(new Set(received.map((r) => r.envelope.id)).size).toBe(received.length);
      for (const id of aggregates) {
        const names = received.filter((r) => r.key === id).map((r) => r.envelope.payload.name);
        expect(names).toEqual(Array.from({ length: perAggregate }, (_, i) => `seq ${i}`));
      }
      const [{ unsent }] = await dataSource.query(
        `SELECT count(*)::int AS unsent FROM outbox WHERE sent_at IS NULL`,
      );
      expect(unsent).toBe(0);
    } finally {
      await consumer.disconnect();
      await relay.stop();
      await producer.disconnect();
    }
  });

  it('refuses to append outside a transaction or with a payload that breaks its contract', async () => {
    await expect(
      appendToOutbox(dataSource.manager, {
        topic,
        definition: PartnerEvents.joined,
        envelope: joined(randomUUID()),
      }),
    ).rejects.toThrow('inside a transaction');
    const bad = {
      ...joined(randomUUID()),
      payload: { partnerId: 'nope' },
    } as unknown as Envelope<PartnerJoinedV1>;
    const before = await dataSource.query(`SELECT count(*)::int AS n FROM outbox`);
    await expect(
      dataSource.transaction((m) =>
        appendToOutbox(m, { topic, definition: PartnerEvents.joined, envelope: bad }),
      ),
    ).rejects.toThrow();
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM outbox`)).toEqual(before);
  });

  it('applies a redelivered event once, commits offsets after the effect, and dead-letters a poison message', async () => {
    const handler = defineHandler(PartnerEvents.joined, async ({ manager: m }, payload) => {
      if (payload.name === 'poison') throw new Error('cannot apply poison');
      await m.query(`INSERT INTO applied (partner_id) VALUES ($1)`, [payload.partnerId]);
    });
    const inboxTopic = `${prefix}inbox-test`;
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [inboxTopic], { partitions: 1 });
    await admin.disconnect();

    const producer = kafka.producer();
    await producer.connect();
    const once = joined(randomUUID());
    const poison = joined(randomUUID(), 'poison');
    const after = joined(randomUUID());
    const send = (e: Envelope<unknown>) =>
      producer.send({
        topic: inboxTopic,
        messages: [{ key: e.aggregateId, value: JSON.stringify(e) }],
      });
    await send(once);
    await send(once); // redelivery of the same event id
    await send(poison);
    await send({ ...once, id: randomUUID() }); // a new event with the same content is a new fact
    await send(after);
    await producer.send({ topic: inboxTopic, messages: [{ key: 'x', value: 'not json' }] });

    const deadLetters: Array<{
      key: string;
      envelope: Envelope<PartnerJoinedV1>;
      headers: Record<string, string>;
    }> = [];
    const dlqProbe = kafka.consumer({
      groupId: `${prefix}dlq-probe`,
      maxWaitTimeInMs: FETCH_MAX_WAIT_MS,
    });
    await collect(dlqProbe, `ekst.dlq.${prefix}group`, deadLetters);

    const options = {
      kafka,
      groupId: `${prefix}group`,
      topics: [inboxTopic],
      dataSource,
      handlers: [handler],
      tx: { topic, producer: 'partners-governance' as const, clock: systemClock, config: {} },
      deadLetterTopic: `ekst.dlq.${prefix}group`,
      log: silent,
      maxAttempts: 3,
      retryBaseMs: 10,
    };
    const consumer = new InboxConsumer(options);
    await consumer.start();
    const count = async (id: string) =>
      (
        await dataSource.query(`SELECT count(*)::int AS n FROM applied WHERE partner_id = $1`, [id])
      )[0].n as number;
    try {
      await eventually(
        async () => (await count(after.payload.partnerId)) === 1 && deadLetters.length === 2,
        30000,
      );
      expect(await count(once.payload.partnerId)).toBe(2); // the original and the new event, not the redelivery
      expect(await count(poison.payload.partnerId)).toBe(0);
      expect(deadLetters.map((d) => d.headers['ekst-error']).sort()).toEqual([
        'cannot apply poison',
        'malformed envelope',
      ]);
    } finally {
      await consumer.stop();
    }
    // A restarted consumer in the same group resumes after the committed offsets: nothing is re-applied.
    const restarted = new InboxConsumer(options);
    await restarted.start();
    const marker = joined(randomUUID());
    await send(marker);
    try {
      await eventually(async () => (await count(marker.payload.partnerId)) === 1, 30000);
      expect(await count(once.payload.partnerId)).toBe(2);
      const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM inbox`);
      expect(n).toBe(4); // once, its twin, after, marker; the poison message rolled back
    } finally {
      await restarted.stop();
      await dlqProbe.disconnect();
      await producer.disconnect();
    }
  });
});
