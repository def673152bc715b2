// First: kafkajs loaded with its production defaults, as the services run it (not Jest's).
import './support/kafkajs-production-defaults';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PartnerEvents, topicFor } from '@ekst/contracts';
import { DATA_ROOT, PrivateKafka } from '@ekst/platform';
import {
  appendToOutbox,
  defineHandler,
  MessagingDeadLetters1732300000900,
  MessagingQuietNotify1732300000960,
  MessagingRuntime,
  MessagingTables1732300000000,
  MessagingTraceContext1732300000950,
} from '../src';
import type { ServiceLogger } from '../src';
import {
  createMigratedDatabase,
  eventually,
  partnerJoined,
  testLog as silent,
  uniqueTopicPrefix,
} from './support/messaging-harness';
import type { MessagingTestDatabase } from './support/messaging-harness';

class Applied1732300000097 implements MigrationInterface {
  name = 'Applied1732300000097';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE applied (name text NOT NULL)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE applied`);
  }
}

/** A port of its own: not the shared broker's (19092), not the chaos suite's (22092, 22192). */
const BROKER_PORT = 24092;
/** The whole broker outage: killed, down this long, restarted on its data. */
const DOWN_MS = 20_000;
/**
 * From the broker answering again until everything written before, during and after the outage
 * is applied: a guard against a client left asleep after the broker's return (kafkajs's default
 * backoff doubles to 30 s; the chaos long form's consumers reached the restarted broker 12–15 s
 * late with it). Measured here: 10.0 s with the 2 s cap (CLIENT_RETRY), and 5.9 s without it —
 * this small outage does not catch the old backoff at its longest, so the time alone does not
 * tell the two apart; what fails without the fix is the relay's new producer.
 */
const CAUGHT_UP_MS = 30_000;

/**
 * The broker SIGKILLed under a service's relay and consumer (MessagingRuntime, as every service
 * runs it), on a private broker (PrivateKafka: its own port and data; the shared broker is never
 * touched) and real PostgreSQL. Events committed to the outbox before, during and after the
 * outage must all be applied once, and promptly after the broker is back.
 */
describe('messaging: the broker killed and restarted under the relay and the consumer (private Kafka, real Postgres)', () => {
  const prefix = uniqueTopicPrefix();
  const broker = new PrivateKafka({
    dir: path.join(DATA_ROOT, `messaging-broker-restart-${randomBytes(3).toString('hex')}`),
    port: BROKER_PORT,
    log: () => undefined,
  });
  const topic = topicFor('partners-governance', prefix);
  let db: MessagingTestDatabase;
  let runtime: MessagingRuntime;
  const logged: string[] = [];
  const log: ServiceLogger = {
    ...silent,
    warn: (_o, msg) => logged.push(msg),
    error: (_o, msg) => logged.push(msg),
  };

  const handler = defineHandler(PartnerEvents.joined, async ({ manager: m }, payload) => {
    await m.query(`INSERT INTO applied (name) VALUES ($1)`, [payload.name]);
  });

  const write = (names: string[]) =>
    db.dataSource.transaction(async (m) => {
      for (const name of names)
        await appendToOutbox(m, {
          topic,
          definition: PartnerEvents.joined,
          envelope: partnerJoined(name),
        });
    });

  const appliedNames = async () =>
    ((await db.dataSource.query(`SELECT name FROM applied`)) as Array<{ name: string }>).map(
      (r) => r.name,
    );

  beforeAll(async () => {
    db = await createMigratedDatabase([
      MessagingTables1732300000000,
      MessagingDeadLetters1732300000900,
      MessagingTraceContext1732300000950,
      MessagingQuietNotify1732300000960,
      Applied1732300000097,
    ]);
    await broker.start(180_000);
    runtime = new MessagingRuntime({
      service: 'events',
      config: { brokers: broker.brokers, topicPrefix: prefix },
      dataSource: db.dataSource,
      databaseUrl: db.url,
      log,
      subscribesTo: ['partners-governance'],
      handlers: [handler],
    });
    await runtime.start();
  }, 240_000);

  afterAll(async () => {
    await runtime?.stop();
    await broker.dispose();
    await db?.drop();
  }, 60_000);

  it('events written before, during and after a 20 s outage are all applied once, within seconds of the broker’s return', async () => {
    const names = (label: string, n: number) =>
      Array.from({ length: n }, (_, i) => `${label} ${i + 1}`);
    const before = names('before', 5);
    await write(before);
    await eventually(async () => (await appliedNames()).length === before.length, 60_000);

    const producerBefore = runtime.relay?.currentProducer;
    await broker.signal('SIGKILL');
    const during = names('during', 10);
    for (const name of during) {
      await write([name]);
      await new Promise((r) => setTimeout(r, DOWN_MS / during.length));
    }
    await broker.start(180_000);
    const back = Date.now();
    const after = names('after', 5);
    await write(after);

    const all = [...before, ...during, ...after];
    await eventually(async () => (await appliedNames()).length >= all.length, 180_000);
    const caughtUpMs = Date.now() - back;
    process.stdout.write(
      `broker restart: everything applied ${(caughtUpMs / 1000).toFixed(1)} s after the broker answered again; logged: ${[...new Set(logged)].join(' | ')}\n`,
    );

    expect((await appliedNames()).sort()).toEqual([...all].sort()); // each once
    const [{ n }] = (await db.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`,
    )) as Array<{ n: number }>;
    expect(n).toBe(0);
    // Sends failed while the broker was away: the relay went on with a new producer (a new
    // producer id), not the one whose sequence numbers the broker may no longer accept.
    expect(runtime.relay?.currentProducer).toBeDefined();
    expect(runtime.relay?.currentProducer).not.toBe(producerBefore);
    expect(caughtUpMs).toBeLessThan(CAUGHT_UP_MS);
  }, 420_000);
});
