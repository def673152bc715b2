import { envelopeSchema } from '@ekst/contracts';
import type { Envelope, EventDefinition } from '@ekst/contracts';
import type { Consumer, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { ServiceLogger } from './logger';
import { bindTx } from './unit-of-work';
import type { Tx, TxBinding } from './unit-of-work';

export interface EventHandler {
  readonly definition: EventDefinition;
  handle(tx: Tx, payload: unknown, envelope: Envelope<unknown>): Promise<void>;
}

/**
 * Binds a handler to a contract so the payload it receives is already validated and typed. The
 * handler gets the same `Tx` as a use case (manager, bound outbox, clock, config), so it can
 * write domain events of its own in the inbox transaction.
 */
export function defineHandler<T extends z.ZodType, Config = unknown>(
  definition: EventDefinition<T>,
  handle: (tx: Tx<Config>, payload: z.infer<T>, envelope: Envelope<z.infer<T>>) => Promise<void>,
): EventHandler {
  return {
    definition,
    handle: (tx, payload, envelope) =>
      handle(tx as Tx<Config>, payload as z.infer<T>, envelope as Envelope<z.infer<T>>),
  };
}

export interface InboxConsumerOptions {
  kafka: Kafka;
  groupId: string;
  topics: string[];
  dataSource: DataSource;
  handlers: EventHandler[];
  /** binds each inbox transaction into the `Tx` handlers receive */
  tx: TxBinding;
  deadLetterTopic: string;
  log: ServiceLogger;
  maxAttempts?: number;
  retryBaseMs?: number;
}

class PermanentError extends Error {}

/**
 * Applies other services' events exactly once in effect: the event id is inserted into `inbox` in
 * the same transaction as the handler's changes, so a redelivered event is a no-op. Offsets are
 * committed only after that transaction commits. A message that keeps failing (or can never
 * succeed: malformed, invalid payload) goes to the dead-letter topic with its error, and the
 * consumer moves on instead of blocking its partition forever.
 */
export class InboxConsumer {
  private consumer: Consumer | null = null;
  private dlqProducer: Producer | null = null;
  private running = false;

  constructor(private readonly opts: InboxConsumerOptions) {}

  get healthy(): boolean {
    return this.running;
  }

  async start(): Promise<void> {
    const { kafka, groupId } = this.opts;
    this.dlqProducer = kafka.producer({ allowAutoTopicCreation: false });
    await this.dlqProducer.connect();
    // Short session timeout: a crashed instance's partitions are reassigned within seconds.
    const consumer = kafka.consumer({
      groupId,
      sessionTimeout: 10000,
      rebalanceTimeout: 10000,
      heartbeatInterval: 1000,
      allowAutoTopicCreation: false,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.running = false;
      this.opts.log.error(
        { err: payload.error.message, restart: payload.restart },
        'consumer crashed',
      );
    });
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.running = true;
    });
    await consumer.connect();
    await consumer.subscribe({ topics: this.opts.topics, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message, heartbeat }) => {
        await this.process(topic, message, heartbeat);
        await consumer.commitOffsets([
          { topic, partition, offset: (BigInt(message.offset) + 1n).toString() },
        ]);
      },
    });
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.consumer?.disconnect();
    await this.dlqProducer?.disconnect();
    this.consumer = null;
    this.dlqProducer = null;
  }

  private async process(
    topic: string,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    let envelope: Envelope<unknown>;
    try {
      envelope = envelopeSchema.parse(
        JSON.parse(message.value?.toString('utf8') ?? ''),
      ) as Envelope<unknown>;
    } catch {
      await this.deadLetter(topic, message, 'malformed envelope');
      return;
    }
    const handler = this.opts.handlers.find(
      (h) => h.definition.type === envelope.type && h.definition.version === envelope.version,
    );
    if (!handler) return; // not an event this service cares about
    const parsed = handler.definition.schema.safeParse(envelope.payload);
    if (!parsed.success) {
      await this.deadLetter(topic, message, `invalid ${envelope.type}@${envelope.version} payload`);
      return;
    }

    const maxAttempts = this.opts.maxAttempts ?? 5;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.applyOnce(topic, envelope, handler, parsed.data);
        return;
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        if (err instanceof PermanentError || attempt >= maxAttempts) {
          await this.deadLetter(topic, message, reason);
          return;
        }
        this.opts.log.warn(
          { eventId: envelope.id, type: envelope.type, attempt, err: reason },
          'retrying event',
        );
        await heartbeat();
        await new Promise((r) =>
          setTimeout(r, (this.opts.retryBaseMs ?? 200) * 2 ** (attempt - 1)),
        );
      }
    }
  }

  /** Public for tests: applies one event through the inbox; returns false if it was a duplicate. */
  async applyOnce(
    topic: string,
    envelope: Envelope<unknown>,
    handler: EventHandler,
    payload: unknown,
  ): Promise<boolean> {
    return this.opts.dataSource.transaction(async (m) => {
      const inserted = (await m.query(
        `INSERT INTO inbox (event_id, event_type, topic) VALUES ($1, $2, $3)
         ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
        [envelope.id, envelope.type, topic],
      )) as unknown[];
      if (inserted.length === 0) return false;
      await handler.handle(bindTx(m, this.opts.tx), payload, envelope);
      return true;
    });
  }

  private async deadLetter(topic: string, message: KafkaMessage, reason: string): Promise<void> {
    this.opts.log.error({ topic, offset: message.offset, reason }, 'event dead-lettered');
    await this.dlqProducer?.send({
      topic: this.opts.deadLetterTopic,
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            'ekst-error': reason.slice(0, 500),
            'ekst-source-topic': topic,
            'ekst-source-offset': message.offset,
          },
        },
      ],
    });
  }
}
