import { randomUUID } from 'node:crypto';
import type { Role } from '@ekst/auth';
import { createEnvelope, PartnerEvents, PeopleEvents, topicFor } from '@ekst/contracts';
import type { Envelope, PartnerKind, Sector } from '@ekst/contracts';
import { testKafkaBrokers } from '@ekst/testing';
import { Kafka, logLevel } from 'kafkajs';
import type { Producer } from 'kafkajs';

/** Publishes envelopes as partners-governance and people would, keyed by aggregate id. */
export class KafkaProbe {
  private readonly kafka = new Kafka({
    brokers: testKafkaBrokers(),
    clientId: 'teacher-swap-test',
    logLevel: logLevel.NOTHING,
  });
  private producer: Producer | null = null;

  constructor(private readonly prefix: string) {}

  async start(): Promise<void> {
    this.producer = this.kafka.producer({ allowAutoTopicCreation: false });
    await this.producer.connect();
  }

  async stop(): Promise<void> {
    await this.producer?.disconnect();
  }

  async publish(envelope: Envelope): Promise<void> {
    await this.producer!.send({
      topic: topicFor(envelope.producer, this.prefix),
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
        town: 'Folkestone',
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

  personRegistered(personId: string, partnerId: string, roles: Role[]): Envelope {
    return createEnvelope({
      type: PeopleEvents.registered.type,
      version: PeopleEvents.registered.version,
      aggregateId: personId,
      producer: 'people',
      payload: { personId, partnerId, roles, yearGroup: null },
    });
  }

  personErased(personId: string): Envelope {
    return createEnvelope({
      type: PeopleEvents.erased.type,
      version: PeopleEvents.erased.version,
      aggregateId: personId,
      producer: 'people',
      payload: { personId },
    });
  }
}
