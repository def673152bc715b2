import { Client } from 'pg';
import type { Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { PartnerEvents } from '@ekst/contracts';
import {
  appendToOutbox,
  createKafka,
  ensureTopics,
  MessagingQuietNotify1732300000960,
  MessagingTables1732300000000,
  MessagingTraceContext1732300000950,
  OutboxRelay,
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

/**
 * Writers notify the relay only when no committed row is waiting to be sent
 * (`MessagingQuietNotify1732300000960`: a NOTIFY serializes every notifying commit on the server,
 * WAL flush included), and the relay keeps looking by itself while rows wait and for a while
 * after the last it sent. Here the relay's periodic poll is a minute, so every row below that
 * goes out within seconds went out without it: nothing may wait for the poll.
 */
describe('outbox: quiet NOTIFY and a relay that keeps looking while busy (real Postgres, real Kafka)', () => {
  const prefix = uniqueTopicPrefix();
  const topic = `${prefix}quiet`;
  const kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'messaging-quiet' }, silent);
  let db: MessagingTestDatabase;
  let dataSource: DataSource;
  let producer: Producer;
  let listener: Client;
  let notifications = 0;

  const append = (name: string) =>
    dataSource.transaction((m) =>
      appendToOutbox(m, { topic, definition: PartnerEvents.joined, envelope: partnerJoined(name) }),
    );
  const unsent = async (): Promise<number> =>
    (
      (await dataSource.query(
        `SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`,
      )) as Array<{ n: number }>
    )[0].n;
  const relayWithoutPoll = () =>
    new OutboxRelay({ producer, databaseUrl: db.url, log: silent, pollIntervalMs: 60_000 });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  beforeAll(async () => {
    db = await createMigratedDatabase(
      [
        MessagingTables1732300000000,
        MessagingTraceContext1732300000950,
        MessagingQuietNotify1732300000960,
      ],
      12,
    );
    dataSource = db.dataSource;
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topic]);
    await admin.disconnect();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    listener = new Client({ connectionString: db.url });
    await listener.connect();
    listener.on('notification', () => {
      notifications += 1;
    });
    await listener.query('LISTEN ekst_outbox');
  });

  afterAll(async () => {
    await listener?.end();
    await producer?.disconnect();
    await db?.drop();
    await deleteTopicsWithPrefix(prefix);
  });

  beforeEach(async () => {
    await dataSource.query(`TRUNCATE outbox`);
    await sleep(200);
    notifications = 0;
  });

  it('a write notifies only when no committed row is waiting to be sent', async () => {
    await append('first');
    await eventually(async () => notifications === 1, 5000);
    // The first is still unsent (no relay running): the relay would be at work, no NOTIFY.
    await append('second');
    await append('third');
    await sleep(500);
    expect(notifications).toBe(1);
    await dataSource.query(`UPDATE outbox SET sent_at = now()`);
    await append('after all were sent');
    await eventually(async () => notifications === 2, 5000);
  }, 30000);

  it('rows held back by a running transaction, whose writers skipped the NOTIFY, go out as soon as it ends', async () => {
    const relay = relayWithoutPoll();
    await relay.start();
    const holder = new Client({ connectionString: db.url });
    await holder.connect();
    try {
      // A transaction with an xid, running: rows committed after it started cannot go yet.
      await holder.query('BEGIN');
      await holder.query('SELECT pg_current_xact_id()');
      await append('held 1'); // nothing waiting: notifies; the relay finds it held back
      await append('held 2'); // 'held 1' waiting: no NOTIFY
      await sleep(500);
      expect(await unsent()).toBe(2);
      expect(notifications).toBe(1);
      await holder.query('COMMIT');
      const ended = Date.now();
      await eventually(async () => (await unsent()) === 0, 5000);
      // Without the relay's own looking, they would wait for the minute's poll.
      expect(Date.now() - ended).toBeLessThan(3000);
    } finally {
      await holder.end();
      await relay.stop();
    }
  }, 30000);

  it('under concurrent writers most writes skip the NOTIFY, and every row still goes out without the poll', async () => {
    const relay = relayWithoutPoll();
    await relay.start();
    try {
      // Four writers, each transaction pausing after its insert so commits interleave out of
      // id order (the xid gate holds rows back), 300 rows in all.
      await Promise.all(
        Array.from({ length: 4 }, async (_, w) => {
          for (let i = 0; i < 75; i += 1)
            await dataSource.transaction(async (m) => {
              await appendToOutbox(m, {
                topic,
                definition: PartnerEvents.joined,
                envelope: partnerJoined(`writer ${w} row ${i}`),
              });
              await m.query(`SELECT pg_sleep($1)`, [Math.random() * 0.004]);
            });
        }),
      );
      const last = Date.now();
      await eventually(async () => (await unsent()) === 0, 5000);
      expect(Date.now() - last).toBeLessThan(3000);
      expect(notifications).toBeLessThan(300);
      expect(notifications).toBeGreaterThan(0);
    } finally {
      await relay.stop();
    }
  }, 60000);
});
