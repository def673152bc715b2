import { deadLetterTopicFor, topicFor } from '@ekst/contracts';
import type { ServiceName } from '@ekst/contracts';
import type { Admin, Kafka, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { InboxConsumer } from './inbox-consumer';
import type { EventHandler } from './inbox-consumer';
import { createKafka, ensureTopics } from './kafka';
import type { KafkaAuth } from './kafka';
import type { ServiceLogger } from './logger';
import type { FaultPoint } from './fault-injection';
import { OutboxRelay } from './outbox-relay';
import { systemClock } from './unit-of-work';
import type { Clock, TxBinding } from './unit-of-work';

export interface MessagingConfig {
  brokers: string[];
  /** isolates test runs sharing a broker; empty in production */
  topicPrefix: string;
  /** for topics this service creates; defaults to 1 (single-node development broker) */
  replicationFactor?: number;
  /** consumer group; defaults to the service name */
  groupId?: string;
  /** SASL/SCRAM credentials and TLS, for a broker that requires them */
  auth?: KafkaAuth | null;
  tls?: boolean;
  /** test-only fault injection (the chaos suite; `EKST_FAULT_INJECT`); null in production */
  faultPoint?: FaultPoint | null;
}

/**
 * Everything one service needs from Kafka: its outbox relay (producing to its own topic) and an
 * inbox consumer of the topics it subscribes to.
 */
export class MessagingRuntime {
  readonly kafka: Kafka;
  private producer: Producer | null = null;
  private admin: Admin | null = null;
  relay: OutboxRelay | null = null;
  consumer: InboxConsumer | null = null;

  constructor(
    private readonly opts: {
      service: ServiceName;
      config: MessagingConfig;
      dataSource: DataSource;
      databaseUrl: string;
      log: ServiceLogger;
      subscribesTo: ServiceName[];
      handlers: EventHandler[];
      /** what handlers get in their `Tx` besides the manager and the bound outbox */
      clock?: Clock;
      serviceConfig?: unknown;
    },
  ) {
    this.kafka = createKafka(
      {
        brokers: opts.config.brokers,
        clientId: opts.service,
        auth: opts.config.auth,
        tls: opts.config.tls,
      },
      opts.log,
    );
  }

  get ownTopic(): string {
    return topicFor(this.opts.service, this.opts.config.topicPrefix);
  }

  /** Binds a transaction into the `Tx` that use cases and handlers share. */
  get txBinding(): TxBinding {
    return {
      topic: this.ownTopic,
      producer: this.opts.service,
      clock: this.opts.clock ?? systemClock,
      config: this.opts.serviceConfig,
    };
  }

  get groupId(): string {
    return this.opts.config.groupId ?? `${this.opts.config.topicPrefix}${this.opts.service}`;
  }

  async start(): Promise<void> {
    const { config, service } = this.opts;
    const admin = this.kafka.admin();
    await admin.connect();
    this.admin = admin;
    const consumed = this.opts.subscribesTo.map((s) => topicFor(s, config.topicPrefix));
    const dlq = deadLetterTopicFor(this.groupId, '');
    await ensureTopics(admin, [this.ownTopic, ...consumed, dlq], {
      replicationFactor: config.replicationFactor ?? 1,
    });

    const newProducer = async () => {
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
      });
      await producer.connect();
      this.producer = producer;
      return producer;
    };
    this.relay = new OutboxRelay({
      producer: await newProducer(),
      renewProducer: async (failed) => {
        await failed.disconnect().catch(() => undefined);
        return newProducer();
      },
      databaseUrl: this.opts.databaseUrl,
      log: this.opts.log,
      faultPoint: config.faultPoint,
    });
    await this.relay.start();

    if (consumed.length > 0 && this.opts.handlers.length > 0) {
      this.consumer = new InboxConsumer({
        kafka: this.kafka,
        groupId: this.groupId,
        topics: consumed,
        dataSource: this.opts.dataSource,
        handlers: this.opts.handlers,
        tx: this.txBinding,
        deadLetterTopic: dlq,
        log: this.opts.log,
        faultPoint: config.faultPoint,
      });
      await this.consumer.start();
    }
    this.opts.log.info({ service, topic: this.ownTopic, consumes: consumed }, 'messaging started');
  }

  /** The topics this service's consumer group reads (empty when it consumes nothing). */
  get consumedTopics(): string[] {
    if (this.opts.handlers.length === 0) return [];
    return this.opts.subscribesTo.map((s) => topicFor(s, this.opts.config.topicPrefix));
  }

  /**
   * Consumer lag per partition, from Kafka's own offsets: the partition's end offset minus the
   * group's committed offset (minus the log start when the group has committed nothing yet, as
   * it reads from the beginning). Asked of the broker at each call, so it is right even while
   * this instance's consumer is stopped or crashed.
   */
  async consumerLag(): Promise<Array<{ topic: string; partition: number; lag: number }>> {
    const topics = this.consumedTopics;
    if (!this.admin || topics.length === 0) return [];
    const admin = this.admin;
    const committed = await admin.fetchOffsets({ groupId: this.groupId, topics });
    const lags: Array<{ topic: string; partition: number; lag: number }> = [];
    for (const topic of topics) {
      const ends = await admin.fetchTopicOffsets(topic);
      const group = committed.find((c) => c.topic === topic);
      for (const end of ends) {
        const at = group?.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
        const from = Number(at) >= 0 ? Number(at) : Number(end.low);
        lags.push({ topic, partition: end.partition, lag: Math.max(0, Number(end.high) - from) });
      }
    }
    return lags;
  }

  /** Readiness: the broker answers a metadata request and the relay is not failing. */
  async check(): Promise<{ ok: boolean; detail?: string }> {
    if (!this.admin) return { ok: false, detail: 'not started' };
    try {
      await Promise.race([
        this.admin.describeCluster(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]);
    } catch {
      return { ok: false, detail: 'kafka unreachable' };
    }
    if (this.relay && !this.relay.healthy) return { ok: false, detail: 'outbox relay failing' };
    return { ok: true };
  }

  async stop(): Promise<void> {
    await this.consumer?.stop().catch(() => undefined);
    await this.relay?.stop().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
    await this.admin?.disconnect().catch(() => undefined);
  }
}
