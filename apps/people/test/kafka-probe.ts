import { randomUUID } from 'node:crypto';
import { createEnvelope, PartnerEvents, topicFor } from '@ekst/contracts';
import type { Envelope, PartnerKind, Sector } from '@ekst/contracts';
import { testKafkaBrokers } from '@ekst/testing';
import { Kafka, logLevel } from 'kafkajs';
import type { Consumer, Producer } from 'kafkajs';

/** Publishes envelopes as partners-governance would, and reads what people publishes. */
export class KafkaProbe {
  private readonly kafka = new Kafka({
    brokers: testKafkaBrokers(),
    clientId: 'people-test',
    logLevel: logLevel.NOTHING,
  });
  private producer: Producer | null = null;
  private consumer: Consumer | null = null;
  readonly received: Envelope[] = [];

  constructor(private readonly prefix: string) {}

  async start(): Promise<void> {
    this.producer = this.kafka.producer({ allowAutoTopicCreation: false });
    await this.producer.connect();
    this.consumer = this.kafka.consumer({ groupId: `${this.prefix}people-probe` });
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: topicFor('people', this.prefix), fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ message }) => {
        this.received.push(JSON.parse(message.value!.toString()) as Envelope);
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }

  /** Sends an envelope (again, for redelivery) keyed by its aggregate, as the outbox relay does. */
  async publish(envelope: Envelope): Promise<void> {
    await this.producer!.send({
      topic: topicFor('partners-governance', this.prefix),
      acks: -1,
      messages: [{ key: envelope.aggregateId, value: JSON.stringify(envelope) }],
    });
  }

  partnerJoined(p: { id?: string; name: string; kind: PartnerKind; sector: Sector }): Envelope {
    const partnerId = p.id ?? randomUUID();
    return createEnvelope({
      type: PartnerEvents.joined.type,
      version: PartnerEvents.joined.version,
      aggregateId: partnerId,
      producer: 'partners-governance',
      payload: {
        partnerId,
        name: p.name,
        kind: p.kind,
        sector: p.sector,
        town: 'Canterbury',
        joinedOn: '2024-09-01',
      },
    });
  }

  partnerLeft(partnerId: string, leftOn: string): Envelope {
    return createEnvelope({
      type: PartnerEvents.left.type,
      version: PartnerEvents.left.version,
      aggregateId: partnerId,
      producer: 'partners-governance',
      payload: { partnerId, leftOn },
    });
  }
}
