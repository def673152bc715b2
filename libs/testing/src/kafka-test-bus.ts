import { createEnvelope, topicFor } from '@ekst/contracts';
import type { Envelope, EventDefinition, ServiceName } from '@ekst/contracts';
import { Kafka, logLevel } from 'kafkajs';
import type { Consumer, Producer } from 'kafkajs';
import type { z } from 'zod';
import { testKafkaBrokers } from './env';
import { FETCH_MAX_WAIT_MS } from '@ekst/messaging';

/**
 * Plays the other services in a test, on the real broker: publishes envelopes to their topics as
 * their outbox relays would (keyed by aggregate id), and records what the service under test
 * publishes on its own topic.
 */
export class KafkaTestBus {
  private readonly kafka = new Kafka({
    brokers: testKafkaBrokers(),
    clientId: 'test-bus',
    logLevel: logLevel.NOTHING,
  });
  private producer: Producer | null = null;
  private consumer: Consumer | null = null;
  /** envelopes seen on the watched topics, in arrival order */
  readonly received: Envelope[] = [];

  constructor(private readonly prefix: string) {}

  /** Connects; `watch` lists services whose topics to record (they must exist already). */
  async start(watch: ServiceName[] = []): Promise<void> {
    this.producer = this.kafka.producer({ allowAutoTopicCreation: false });
    await this.producer.connect();
    if (watch.length === 0) return;
    this.consumer = this.kafka.consumer({
      groupId: `${this.prefix}test-bus-${Date.now()}`,
      maxWaitTimeInMs: FETCH_MAX_WAIT_MS,
    });
    await this.consumer.connect();
    await this.consumer.subscribe({
      topics: watch.map((s) => topicFor(s, this.prefix)),
      fromBeginning: true,
    });
    await this.consumer.run({
      eachMessage: async ({ message }) => {
        if (message.value) this.received.push(JSON.parse(message.value.toString()) as Envelope);
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }

  /** Sends an envelope as it is, so a test can deliver the same one twice. */
  async send(service: ServiceName, envelope: Envelope<unknown>): Promise<void> {
    await this.sendMany(service, [envelope]);
  }

  /** Sends bytes that need not be an envelope at all (a poison message), keyed by `key`. */
  async sendRaw(service: ServiceName, key: string, value: string): Promise<void> {
    if (!this.producer) throw new Error('start the bus first');
    await this.producer.send({
      topic: topicFor(service, this.prefix),
      acks: -1,
      messages: [{ key, value }],
    });
  }

  /** Sends one envelope alone and returns where the broker put it: its partition and offset. */
  async sendLocated(
    service: ServiceName,
    envelope: Envelope<unknown>,
  ): Promise<{ partition: number; offset: bigint }> {
    if (!this.producer) throw new Error('start the bus first');
    const [meta] = await this.producer.send({
      topic: topicFor(service, this.prefix),
      acks: -1,
      messages: [{ key: envelope.aggregateId, value: JSON.stringify(envelope) }],
    });
    return { partition: meta.partition, offset: BigInt(meta.baseOffset ?? '-1') };
  }

  /**
   * A consumer group's committed offsets on `service`'s topic: per partition, the next offset the
   * group will read (absent when it has committed nothing there).
   */
  async committedOffsets(groupId: string, service: ServiceName): Promise<Map<number, bigint>> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const [topic] = await admin.fetchOffsets({
        groupId,
        topics: [topicFor(service, this.prefix)],
      });
      return new Map(
        (topic?.partitions ?? [])
          .filter((p) => BigInt(p.offset) >= 0n)
          .map((p) => [p.partition, BigInt(p.offset)]),
      );
    } finally {
      await admin.disconnect();
    }
  }

  /** Sends several envelopes in one request, in order. */
  async sendMany(service: ServiceName, envelopes: ReadonlyArray<Envelope<unknown>>): Promise<void> {
    if (!this.producer) throw new Error('start the bus first');
    await this.producer.send({
      topic: topicFor(service, this.prefix),
      acks: -1,
      messages: envelopes.map((e) => ({ key: e.aggregateId, value: JSON.stringify(e) })),
    });
  }

  /** Wraps a payload in a fresh envelope for `service` and sends it; returns the envelope. */
  async publish<T extends z.ZodType>(
    service: ServiceName,
    definition: EventDefinition<T>,
    aggregateId: string,
    payload: z.infer<T>,
  ): Promise<Envelope<z.infer<T>>> {
    const envelope = createEnvelope({
      type: definition.type,
      version: definition.version,
      aggregateId,
      producer: service,
      payload: definition.schema.parse(payload) as z.infer<T>,
    });
    await this.send(service, envelope);
    return envelope;
  }
}
