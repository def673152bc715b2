import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import type { Producer } from 'kafkajs';
import { createEnvelope, EventEvents, PartnerEvents, topicFor } from '@ekst/contracts';
import type { Envelope, EventScheduledV1, ServiceName } from '@ekst/contracts';
import { eventually, testKafkaBrokers } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';

/**
 * Plays events and partners-governance in tests: publishes real envelopes to their topics, as
 * their outbox relays would, and waits until this service's inbox has taken them.
 */
export class UpstreamEvents {
  private producer: Producer | null = null;

  constructor(
    private readonly sg: () => TestSubgraph,
    private readonly prefix: string,
  ) {}

  async connect(): Promise<void> {
    const kafka = new Kafka({
      brokers: testKafkaBrokers(),
      clientId: 'evaluation-test',
      logLevel: logLevel.NOTHING,
    });
    this.producer = kafka.producer();
    await this.producer.connect();
  }

  async disconnect(): Promise<void> {
    await this.producer?.disconnect();
  }

  async send(service: ServiceName, envelope: Envelope<unknown>): Promise<void> {
    if (!this.producer) throw new Error('connect first');
    await this.producer.send({
      topic: topicFor(service, this.prefix),
      acks: -1,
      messages: [{ key: envelope.aggregateId, value: JSON.stringify(envelope) }],
    });
  }

  /** Waits until the inbox has applied (or skipped as a duplicate) the envelope with this id. */
  async applied(envelopeId: string): Promise<void> {
    await eventually(async () => {
      const rows = (await this.sg().running.dataSource.query(
        `SELECT 1 FROM inbox WHERE event_id = $1`,
        [envelopeId],
      )) as unknown[];
      return rows.length === 1;
    });
  }

  /** An EventScheduled envelope, not yet sent; `occurredAt` lets a test order them on purpose. */
  scheduledEnvelope(payload: EventScheduledV1, occurredAt?: Date): Envelope<EventScheduledV1> {
    return createEnvelope({
      type: EventEvents.scheduled.type,
      version: EventEvents.scheduled.version,
      aggregateId: payload.eventId,
      producer: 'events',
      payload,
      occurredAt,
    });
  }

  /** Publishes an event's state and waits until evaluation has applied it. */
  async eventScheduled(
    patch: Partial<EventScheduledV1> = {},
    occurredAt?: Date,
  ): Promise<EventScheduledV1> {
    const startsAt = new Date(Date.now() + 14 * 86_400_000);
    const payload: EventScheduledV1 = {
      eventId: randomUUID(),
      title: 'Year 11 Wellbeing Workshop',
      kind: 'WELLBEING',
      hostPartnerId: null,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
      status: 'PUBLISHED',
      ...patch,
    };
    const envelope = this.scheduledEnvelope(payload, occurredAt);
    await this.send('events', envelope);
    await this.applied(envelope.id);
    return payload;
  }

  async partnerJoined(
    opts: {
      id?: string;
      name?: string;
      kind?: 'STATE' | 'INDEPENDENT';
      sector?: 'STATE' | 'INDEPENDENT';
    } = {},
  ): Promise<{ id: string; envelope: Envelope<unknown> }> {
    const id = opts.id ?? randomUUID();
    const envelope = createEnvelope({
      type: PartnerEvents.joined.type,
      version: PartnerEvents.joined.version,
      aggregateId: id,
      producer: 'partners-governance',
      payload: {
        partnerId: id,
        name: opts.name ?? `Partner ${id.slice(0, 8)}`,
        kind: opts.kind ?? 'STATE',
        sector: opts.sector ?? 'STATE',
        town: 'Folkestone',
        joinedOn: '2024-09-01',
      },
    });
    await this.send('partners-governance', envelope);
    await this.applied(envelope.id);
    return { id, envelope };
  }

  async partnerLeft(id: string, leftOn: string): Promise<void> {
    const envelope = createEnvelope({
      type: PartnerEvents.left.type,
      version: PartnerEvents.left.version,
      aggregateId: id,
      producer: 'partners-governance',
      payload: { partnerId: id, leftOn },
    });
    await this.send('partners-governance', envelope);
    await this.applied(envelope.id);
  }
}
