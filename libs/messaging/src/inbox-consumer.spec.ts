import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { InboxConsumer } from './inbox-consumer';
import { systemClock } from './unit-of-work';

/**
 * The consumer's replacement after a crash kafkajs does not restart from (UNKNOWN_MEMBER_ID after
 * a broker restart). kafkajs decides that in its crash handler and reports it in the CRASH event
 * (`restart: false`). test/consumer-replacement.integration-spec.ts brings it about on the real
 * broker; here a stand-in for kafkajs's consumer raises that event, for the edges (kafkajs
 * restarting by itself, a replacement that cannot connect, a stop while one is pending).
 */
type Listener = (event: { payload: { error: Error; restart: boolean; groupId: string } }) => void;

class StandInConsumer {
  readonly events = { CRASH: 'consumer.crash', GROUP_JOIN: 'consumer.group_join' } as const;
  private readonly listeners = new Map<string, Array<(e: unknown) => void>>();
  readonly subscribed: string[][] = [];
  running = false;
  disconnected = false;

  constructor(private readonly failConnect: boolean) {}

  on(event: string, listener: (e: unknown) => void): () => void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return () => undefined;
  }

  async connect(): Promise<void> {
    if (this.failConnect) throw new Error('connect ECONNREFUSED 127.0.0.1:22092');
  }

  async subscribe({ topics }: { topics: string[] }): Promise<void> {
    this.subscribed.push(topics);
  }

  async run(): Promise<void> {
    this.running = true;
  }

  async disconnect(): Promise<void> {
    this.disconnected = true;
    this.running = false;
  }

  /** What kafkajs emits once it has given up (restart false) or will restart (true). */
  crash(restart: boolean): void {
    this.running = false;
    for (const l of this.listeners.get(this.events.CRASH) ?? [])
      (l as Listener)({
        payload: {
          error: new Error('The coordinator is not aware of this member'),
          restart,
          groupId: 'g',
        },
      });
  }

  joined(): void {
    for (const l of this.listeners.get(this.events.GROUP_JOIN) ?? []) l({});
  }
}

const quiet = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  debug: () => undefined,
};

function standInKafka(failConnectOf: number[] = []) {
  const consumers: StandInConsumer[] = [];
  const kafka = {
    consumer: () => {
      const c = new StandInConsumer(failConnectOf.includes(consumers.length));
      consumers.push(c);
      return c;
    },
    producer: () => ({
      connect: async () => undefined,
      disconnect: async () => undefined,
      send: async () => [],
    }),
  } as unknown as Kafka;
  return { kafka, consumers };
}

const consumerWith = (kafka: Kafka) =>
  new InboxConsumer({
    kafka,
    groupId: 'g',
    topics: ['t.ekst.people.v1'],
    dataSource: { options: {} } as DataSource,
    handlers: [],
    tx: { topic: 't.own', producer: 'events', clock: systemClock, config: {} },
    deadLetterTopic: 'ekst.dlq.g',
    log: quiet,
    retryBaseMs: 5,
  });

const until = async (check: () => boolean, ms = 2000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('InboxConsumer: a consumer kafkajs will not restart is replaced', () => {
  it('after a crash with restart false, a new consumer joins the same group on the same topics', async () => {
    const { kafka, consumers } = standInKafka();
    const inbox = consumerWith(kafka);
    await inbox.start();
    consumers[0].joined();
    expect(inbox.healthy).toBe(true);

    consumers[0].crash(false);
    expect(inbox.healthy).toBe(false);
    await until(() => consumers.length === 2 && consumers[1].running);
    expect(consumers[0].disconnected).toBe(true);
    expect(consumers[1].subscribed).toEqual([['t.ekst.people.v1']]);
    consumers[1].joined();
    expect(inbox.healthy).toBe(true);
    await inbox.stop();
  });

  it('a crash kafkajs restarts from itself is left to kafkajs: no second consumer', async () => {
    const { kafka, consumers } = standInKafka();
    const inbox = consumerWith(kafka);
    await inbox.start();
    consumers[0].crash(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(consumers).toHaveLength(1);
    await inbox.stop();
  });

  it('a replacement that cannot connect is tried again until one runs', async () => {
    const { kafka, consumers } = standInKafka([1, 2]);
    const inbox = consumerWith(kafka);
    await inbox.start();
    consumers[0].crash(false);
    await until(() => consumers.length === 4 && consumers[3].running);
    expect(consumers[1].running || consumers[2].running).toBe(false);
    await inbox.stop();
  });

  it('stopping while a replacement is pending starts none', async () => {
    const { kafka, consumers } = standInKafka();
    const inbox = consumerWith(kafka);
    await inbox.start();
    consumers[0].crash(false);
    await inbox.stop();
    await new Promise((r) => setTimeout(r, 100));
    expect(consumers).toHaveLength(1);
  });
});
