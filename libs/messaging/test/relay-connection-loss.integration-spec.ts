import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Producer } from 'kafkajs';
import { createEnvelope, PartnerEvents } from '@ekst/contracts';
import type { PartnerJoinedV1 } from '@ekst/contracts';
import {
  appendToOutbox,
  createKafka,
  ensureTopics,
  MessagingTables1732300000000,
  MessagingTraceContext1732300000950,
  OutboxRelay,
} from '../src';
import {
  adminDatabaseUrl,
  createMigratedDatabase,
  deleteTopicsWithPrefix,
  eventually,
  kafkaBrokers,
  testLog as silent,
  uniqueTopicPrefix,
} from './support/messaging-harness';
import type { MessagingTestDatabase } from './support/messaging-harness';

/**
 * The relay's connection is cut while its batch is on its way to Kafka (no query running on it):
 * the service must not crash on an unhandled 'error' event (the chaos suite found that it did),
 * and the batch must still be marked sent, once, by a later drain.
 */
describe('outbox relay losing its database connection mid-send (real Postgres, real Kafka)', () => {
  const prefix = uniqueTopicPrefix();
  const topic = `${prefix}relay-loss`;
  const kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'relay-loss' }, silent);
  let db: MessagingTestDatabase;
  let producer: Producer;

  beforeAll(async () => {
    db = await createMigratedDatabase(
      [MessagingTables1732300000000, MessagingTraceContext1732300000950],
      3,
    );
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topic]);
    await admin.disconnect();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await db?.drop();
    await deleteTopicsWithPrefix(prefix);
  });

  it('survives a terminated backend during the send, and sends the rows on the next drain', async () => {
    const partnerId = randomUUID();
    await db.dataSource.transaction((m) =>
      appendToOutbox(m, {
        topic,
        definition: PartnerEvents.joined,
        envelope: createEnvelope<PartnerJoinedV1>({
          type: 'PartnerJoined',
          version: 1,
          aggregateId: partnerId,
          producer: 'partners-governance',
          payload: {
            partnerId,
            name: 'Relay Loss Primary',
            kind: 'STATE',
            sector: 'STATE',
            town: 'Dover',
            joinedOn: '2026-09-01',
          },
        }),
      }),
    );
    const dbName = new URL(db.url).pathname.slice(1);
    let sends = 0;
    // The real producer, delayed on its first send while the test cuts the relay's sessions.
    const slow = {
      sendBatch: async (batch: Parameters<Producer['sendBatch']>[0]) => {
        sends += 1;
        if (sends === 1) {
          const admin = new Client({ connectionString: adminDatabaseUrl() });
          await admin.connect();
          await admin.query(
            `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE datname = $1 AND pid <> pg_backend_pid() AND application_name = ''`,
            [dbName],
          );
          await admin.end();
          await new Promise((r) => setTimeout(r, 300)); // the 'error' event arrives meanwhile
        }
        return producer.sendBatch(batch);
      },
    } as unknown as Producer;
    const relay = new OutboxRelay({
      producer: slow,
      databaseUrl: db.url,
      log: silent,
      pollIntervalMs: 200,
    });
    await relay.start();
    try {
      await eventually(async () => {
        const [{ n }] = await db.dataSource.query(
          `SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NOT NULL`,
        );
        return n === 1;
      }, 20000);
      // The first send's rows could not be marked (the connection was gone): sent again.
      expect(sends).toBeGreaterThanOrEqual(2);
      // healthy again once the drain that sent them has finished (it clears the earlier error)
      await eventually(async () => relay.healthy, 10000);
    } finally {
      await relay.stop();
    }
  }, 60000);
});
