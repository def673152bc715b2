import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import type { Producer } from 'kafkajs';
import { createEnvelope, EventEvents, PeopleEvents, topicFor } from '@ekst/contracts';
import type {
  AttendanceRecordedV1,
  Envelope,
  EventCompletedV1,
  EventScheduledV1,
  PersonRegisteredV1,
  RegistrationChangedV1,
  ServiceName,
} from '@ekst/contracts';
import {
  eventually,
  partnerJoinedEnvelope,
  partnerLeftEnvelope,
  testKafkaBrokers,
} from '@ekst/testing';
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
    const envelope = partnerJoinedEnvelope({
      partnerId: opts.id,
      name: opts.name,
      kind: opts.kind,
      sector: opts.sector,
    });
    await this.send('partners-governance', envelope);
    await this.applied(envelope.id);
    return { id: envelope.aggregateId, envelope };
  }

  async partnerLeft(id: string, leftOn: string): Promise<void> {
    const envelope = partnerLeftEnvelope(id, leftOn);
    await this.send('partners-governance', envelope);
    await this.applied(envelope.id);
  }

  /** Publishes one envelope of `definition` as `producer` would, and waits until it is applied. */
  async publish(
    producer: ServiceName,
    definition: { type: string; version: number },
    aggregateId: string,
    payload: unknown,
  ): Promise<Envelope<unknown>> {
    const envelope = createEnvelope({
      type: definition.type,
      version: definition.version,
      aggregateId,
      producer,
      payload,
    });
    await this.send(producer, envelope);
    await this.applied(envelope.id);
    return envelope;
  }

  personRegistered(p: PersonRegisteredV1): Promise<Envelope<unknown>> {
    return this.publish('people', PeopleEvents.registered, p.personId, p);
  }

  personErased(personId: string): Promise<Envelope<unknown>> {
    return this.publish('people', PeopleEvents.erased, personId, { personId });
  }

  eventCompleted(p: EventCompletedV1): Promise<Envelope<unknown>> {
    return this.publish('events', EventEvents.completed, p.eventId, p);
  }

  attendanceRecorded(p: AttendanceRecordedV1): Promise<Envelope<unknown>> {
    return this.publish('events', EventEvents.attendanceRecorded, p.eventId, p);
  }

  /** People take places at an event (events' RegistrationChanged, keyed by the event). */
  registered(
    eventId: string,
    personIds: readonly string[],
    status: RegistrationChangedV1['status'] = 'REGISTERED',
  ): Promise<void> {
    return this.publishAll(
      'events',
      EventEvents.registrationChanged,
      personIds.map((personId) => ({
        aggregateId: eventId,
        payload: { registrationId: randomUUID(), eventId, personId, status },
      })),
    );
  }

  /** Publishes many envelopes in one batch and waits until all are applied (fast setup). */
  async publishAll(
    producer: ServiceName,
    definition: { type: string; version: number },
    items: ReadonlyArray<{ aggregateId: string; payload: unknown }>,
  ): Promise<void> {
    if (!this.producer) throw new Error('connect first');
    const envelopes = items.map((i) =>
      createEnvelope({
        type: definition.type,
        version: definition.version,
        aggregateId: i.aggregateId,
        producer,
        payload: i.payload,
      }),
    );
    await this.producer.send({
      topic: topicFor(producer, this.prefix),
      acks: -1,
      messages: envelopes.map((e) => ({ key: e.aggregateId, value: JSON.stringify(e) })),
    });
    const ids = envelopes.map((e) => e.id);
    await eventually(async () => {
      const [{ n }] = (await this.sg().running.dataSource.query(
        `SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[])`,
        [ids],
      )) as Array<{ n: number }>;
      return n === ids.length;
    }, 60_000);
  }
}
