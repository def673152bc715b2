import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Consumer, IHeaders, Producer } from 'kafkajs';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createEnvelope, PartnerEvents } from '@ekst/contracts';
import type { Envelope, PartnerJoinedV1 } from '@ekst/contracts';
import {
  createKafka,
  defineHandler,
  ensureTopics,
  getDeadLetter,
  InboxConsumer,
  listDeadLetters,
  MessagingDeadLetters1732300000900,
  MessagingTables1732300000000,
  MessagingTraceContext1732300000950,
  PoisonMessageError,
  recordDeadLetter,
  redriveDeadLetters,
  summariseDeadLetters,
  systemClock,
  FETCH_MAX_WAIT_MS,
} from '../src';
import type { RedriveDeps, TxBinding } from '../src';
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

class Applied1732300000097 implements MigrationInterface {
  name = 'Applied1732300000097';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE applied (partner_id uuid NOT NULL, name text NOT NULL,
      seq bigserial NOT NULL)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE applied`);
  }
}

const joined = (name: string): Envelope<PartnerJoinedV1> => {
  const partnerId = randomUUID();
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
      town: 'Deal',
      joinedOn: '2026-09-01',
    },
  });
};

/**
 * Dead letters handled, not hidden (issue 18), on real Postgres and real Kafka: a poison message
 * is dead-lettered at its first attempt — to the DLQ topic AND the service's `dead_letter` table —
 * while its partition flows on; a redrive before the fix leaves it dead-lettered with the new
 * error; after the fix the redrive applies it exactly once through the inbox, and a second
 * redrive (or two at once) changes nothing.
 */
describe('dead letters: recorded, listed and redriven (real Postgres, real Kafka)', () => {
  const prefix = uniqueTopicPrefix();
  const topic = `${prefix}partners`;
  const dlq = `ekst.dlq.${prefix}group`;
  const kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'messaging-dlq' }, silent);
  let db: MessagingTestDatabase;
  let producer: Producer;
  let dlqProbe: Consumer;
  const dlqMessages: Array<{ value: string; headers: Record<string, string> }> = [];
  /** names the handler refuses, with the reason it gives: the "bug" the test later fixes */
  const refusing = new Map<string, string>();
  const calls = new Map<string, number>();

  const handler = defineHandler(PartnerEvents.joined, async ({ manager: m }, payload) => {
    calls.set(payload.name, (calls.get(payload.name) ?? 0) + 1);
    const refusal = refusing.get(payload.name);
    if (refusal) throw new PoisonMessageError(refusal);
    await m.query(`INSERT INTO applied (partner_id, name) VALUES ($1, $2)`, [
      payload.partnerId,
      payload.name,
    ]);
  });
  const tx: TxBinding = {
    topic: `${prefix}own`,
    producer: 'people',
    clock: systemClock,
    config: {},
  };
  const redrive = (): RedriveDeps => ({ dataSource: db.dataSource, handlers: [handler], tx });

  const appliedNames = async (): Promise<string[]> =>
    (
      (await db.dataSource.query(`SELECT name FROM applied ORDER BY seq`)) as Array<{
        name: string;
      }>
    ).map((r) => r.name);
  const inInbox = async (eventId: string): Promise<boolean> =>
    ((await db.dataSource.query(`SELECT 1 FROM inbox WHERE event_id = $1`, [eventId])) as unknown[])
      .length === 1;

  const headersOf = (h: IHeaders | undefined): Record<string, string> =>
    Object.fromEntries(Object.entries(h ?? {}).map(([k, v]) => [k, String(v)]));

  beforeAll(async () => {
    db = await createMigratedDatabase(
      [
        MessagingTables1732300000000,
        MessagingDeadLetters1732300000900,
        MessagingTraceContext1732300000950,
        Applied1732300000097,
      ],
      4,
    );
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topic, dlq], { partitions: 2 });
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
        dlqMessages.push({
          value: message.value?.toString('utf8') ?? '',
          headers: headersOf(message.headers),
        });
      },
    });
  });

  const withAdmin = async (sql: string) => {
    const c = new Client({ connectionString: adminDatabaseUrl() });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  const dbName = () => new URL(db.url).pathname.slice(1);

  afterAll(async () => {
    await withAdmin(`ALTER DATABASE ${dbName()} ALLOW_CONNECTIONS true`).catch(() => undefined);
    await dlqProbe?.disconnect();
    await producer?.disconnect();
    await db?.drop();
    await deleteTopicsWithPrefix(prefix);
  });

  beforeEach(async () => {
    dlqMessages.length = 0;
    await db.dataSource.query(`TRUNCATE applied, inbox, dead_letter`);
    refusing.clear();
    calls.clear();
  });

  it('a poison message is dead-lettered and recorded at once, the partition flows, and a redrive after the fix applies it once', async () => {
    const consumer = new InboxConsumer({
      kafka,
      groupId: `${prefix}group`,
      topics: [topic],
      dataSource: db.dataSource,
      handlers: [handler],
      tx,
      deadLetterTopic: dlq,
      log: silent,
      maxAttempts: 5,
      retryBaseMs: 50,
    });
    const first = joined('first');
    const poison = joined('poison pill');
    const after = joined('after the poison');
    refusing.set('poison pill', 'partner kind not supported yet');
    await consumer.start();
    try {
      await producer.send({
        topic,
        acks: -1,
        messages: [first, poison, after].map((e) => ({
          key: e.aggregateId,
          value: JSON.stringify(e),
          partition: 0,
        })),
      });
      await eventually(
        async () =>
          (await appliedNames()).length === 2 &&
          (await listDeadLetters(db.dataSource)).length === 1 &&
          dlqMessages.length === 1,
        30000,
      );
      // At once: one attempt, no retries; the partition moved on past it.
      expect(calls.get('poison pill')).toBe(1);
      expect(await appliedNames()).toEqual(['first', 'after the poison']);
      expect(await inInbox(poison.id)).toBe(false);
    } finally {
      await consumer.stop();
    }

    const [letter] = await listDeadLetters(db.dataSource);
    expect(letter).toMatchObject({
      eventId: poison.id,
      eventType: 'PartnerJoined',
      eventVersion: 1,
      sourceTopic: topic,
      sourcePartition: 0,
      sourceOffset: '1',
      messageKey: poison.aggregateId,
      error: 'partner kind not supported yet',
      kind: 'poison',
      redriveAttempts: 0,
      redrivenAt: null,
    });
    expect(JSON.parse(letter?.rawValue ?? '')).toEqual(JSON.parse(JSON.stringify(poison)));
    // The topic copy stays, with the same source coordinates.
    expect(dlqMessages[0]?.headers).toMatchObject({
      'ekst-error': 'partner kind not supported yet',
      'ekst-failure-kind': 'poison',
      'ekst-source-topic': topic,
      'ekst-source-partition': '0',
      'ekst-source-offset': '1',
    });
    const summary = await summariseDeadLetters(db.dataSource);
    expect(summary).toMatchObject({ pending: 1, redriven: 0 });
    expect(summary.oldestPendingAt).toEqual(letter?.deadLetteredAt);
    expect(summary.reasons).toEqual([
      { type: 'PartnerJoined', kind: 'poison', error: 'partner kind not supported yet', count: 1 },
    ]);
    const id = letter?.id ?? '';

    // Redriven before the fix: still poison, still dead-lettered, with the new error.
    refusing.set('poison pill', 'still not supported');
    expect(await redriveDeadLetters(redrive(), [id])).toEqual([
      { id, outcome: 'failed', kind: 'poison', error: 'still not supported' },
    ]);
    expect(await getDeadLetter(db.dataSource, id)).toMatchObject({
      error: 'still not supported',
      redriveAttempts: 1,
      redrivenAt: null,
    });
    expect(await appliedNames()).toEqual(['first', 'after the poison']);
    expect(await inInbox(poison.id)).toBe(false);

    // The fix: the handler accepts it now. The redrive applies it once, through the inbox.
    refusing.clear();
    expect(await redriveDeadLetters(redrive(), [id])).toEqual([{ id, outcome: 'applied' }]);
    expect(await appliedNames()).toEqual(['first', 'after the poison', 'poison pill']);
    expect(await inInbox(poison.id)).toBe(true);
    const redriven = await getDeadLetter(db.dataSource, id);
    expect(redriven?.redrivenAt).toBeInstanceOf(Date);
    expect(redriven?.redriveAttempts).toBe(2);
    expect(await listDeadLetters(db.dataSource)).toEqual([]);
    expect(await summariseDeadLetters(db.dataSource)).toMatchObject({
      pending: 0,
      redriven: 1,
      oldestPendingAt: null,
      reasons: [],
    });

    // A second redrive changes nothing.
    const callsBefore = calls.get('poison pill');
    expect(await redriveDeadLetters(redrive(), [id])).toEqual([
      { id, outcome: 'already-redriven' },
    ]);
    expect(calls.get('poison pill')).toBe(callsBefore);
    expect(await appliedNames()).toEqual(['first', 'after the poison', 'poison pill']);
    expect(await getDeadLetter(db.dataSource, id)).toEqual(redriven);
  }, 90000);

  const recordedDeadLetter = async (e: Envelope<unknown>, offset: number, raw?: string) => {
    await recordDeadLetter(db.dataSource, {
      eventId: e.id,
      eventType: e.type,
      eventVersion: e.version,
      sourceTopic: topic,
      sourcePartition: 1,
      sourceOffset: String(offset),
      messageKey: e.aggregateId,
      rawValue: raw ?? JSON.stringify(e),
      error: 'refused',
      kind: 'poison',
    });
    const found = (await listDeadLetters(db.dataSource)).find(
      (d) => d.sourceOffset === `${offset}`,
    );
    return found?.id ?? '';
  };

  it('marks a dead letter whose event is already in the inbox redriven without applying it again', async () => {
    const e = joined('already applied');
    await db.dataSource.query(
      `INSERT INTO inbox (event_id, event_type, topic) VALUES ($1, $2, $3)`,
      [e.id, e.type, topic],
    );
    const id = await recordedDeadLetter(e, 10);
    // Recording the same source message again (a redelivery before the commit) adds nothing.
    await recordedDeadLetter(e, 10);
    expect((await listDeadLetters(db.dataSource)).length).toBe(1);

    expect(await redriveDeadLetters(redrive(), [id])).toEqual([{ id, outcome: 'already-applied' }]);
    expect(calls.get('already applied')).toBeUndefined();
    expect(await appliedNames()).toEqual([]);
    expect((await getDeadLetter(db.dataSource, id))?.redrivenAt).toBeInstanceOf(Date);
  });

  it('two redrives of the same dead letter at once apply it once', async () => {
    const e = joined('raced');
    const id = await recordedDeadLetter(e, 20);
    const outcomes = (
      await Promise.all([redriveDeadLetters(redrive(), [id]), redriveDeadLetters(redrive(), [id])])
    ).flat();
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['already-redriven', 'applied']);
    expect(calls.get('raced')).toBe(1);
    expect(await appliedNames()).toEqual(['raced']);
  });

  it('a malformed dead letter stays dead-lettered; an unknown id is reported, not invented', async () => {
    const e = joined('garbled');
    const id = await recordedDeadLetter(e, 30, '{"not": "an envelope"');
    const missing = randomUUID();
    expect(await redriveDeadLetters(redrive(), [id, missing])).toEqual([
      { id, outcome: 'failed', kind: 'poison', error: 'malformed envelope' },
      { id: missing, outcome: 'not-found' },
    ]);
    expect(await getDeadLetter(db.dataSource, id)).toMatchObject({
      redrivenAt: null,
      redriveAttempts: 1,
    });
    expect(await appliedNames()).toEqual([]);
  });

  it('a dead letter met during a database outage is recorded once the database is back, not dropped', async () => {
    const consumer = new InboxConsumer({
      kafka,
      groupId: `${prefix}group`,
      topics: [topic],
      dataSource: db.dataSource,
      handlers: [handler],
      tx,
      deadLetterTopic: dlq,
      log: silent,
      retryBaseMs: 50,
      retryCapMs: 500,
    });
    await consumer.start();
    try {
      const marker = joined('marker');
      await producer.send({
        topic,
        acks: -1,
        messages: [{ key: marker.aggregateId, value: JSON.stringify(marker), partition: 1 }],
      });
      await eventually(async () => (await appliedNames()).includes('marker'), 30000);

      await withAdmin(`ALTER DATABASE ${dbName()} ALLOW_CONNECTIONS false`);
      await withAdmin(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${dbName()}'`,
      );
      try {
        await producer.send({
          topic,
          acks: -1,
          messages: [{ key: 'garbled', value: '{"not": "an envelope"', partition: 1 }],
        });
        await new Promise((r) => setTimeout(r, 3000));
        // Not yet recorded, so not yet on the topic nor committed: it waits for the database.
        expect(dlqMessages).toEqual([]);
      } finally {
        await withAdmin(`ALTER DATABASE ${dbName()} ALLOW_CONNECTIONS true`);
      }
      await eventually(
        async () => (await listDeadLetters(db.dataSource)).length === 1 && dlqMessages.length === 1,
        30000,
      );
      expect(await listDeadLetters(db.dataSource)).toMatchObject([
        {
          eventId: null,
          eventType: null,
          sourceTopic: topic,
          sourcePartition: 1,
          messageKey: 'garbled',
          rawValue: '{"not": "an envelope"',
          error: 'malformed envelope',
          kind: 'poison',
        },
      ]);
    } finally {
      await consumer.stop();
    }
  }, 90000);
});
