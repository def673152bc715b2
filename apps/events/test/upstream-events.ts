import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import type { Producer } from 'kafkajs';
import { createEnvelope, PartnerEvents, PeopleEvents, topicFor } from '@ekst/contracts';
import type { Envelope, EventDefinition, ServiceName } from '@ekst/contracts';
import type { Role } from '@ekst/auth';
import { eventually, testKafkaBrokers } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import type { z } from 'zod';

/**
 * Plays the other services in tests: publishes real envelopes to their topics, as their outbox
 * relays would, and waits until this service's projections show them.
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
      clientId: 'events-test',
      logLevel: logLevel.NOTHING,
    });
    this.producer = kafka.producer();
    await this.producer.connect();
  }

  async disconnect(): Promise<void> {
    await this.producer?.disconnect();
  }

  /** Sends an envelope as is, so a test can deliver the same one twice. */
  async send(service: ServiceName, envelope: Envelope<unknown>): Promise<void> {
    if (!this.producer) throw new Error('connect first');
    await this.producer.send({
      topic: topicFor(service, this.prefix),
      acks: -1,
      messages: [{ key: envelope.aggregateId, value: JSON.stringify(envelope) }],
    });
  }

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
      payload,
    });
    await this.send(service, envelope);
    return envelope;
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

  async partnerJoined(opts: { name?: string; id?: string } = {}): Promise<string> {
    const id = opts.id ?? randomUUID();
    const e = await this.publish('partners-governance', PartnerEvents.joined, id, {
      partnerId: id,
      name: opts.name ?? `Partner ${id.slice(0, 8)}`,
      kind: 'STATE',
      sector: 'STATE',
      town: 'Canterbury',
      joinedOn: '2024-09-01',
    });
    await this.applied(e.id);
    return id;
  }

  async partnerLeft(id: string, leftOn: string): Promise<void> {
    const e = await this.publish('partners-governance', PartnerEvents.left, id, {
      partnerId: id,
      leftOn,
    });
    await this.applied(e.id);
  }

  async personRegistered(
    partnerId: string,
    roles: Role[],
    yearGroup: number | null = null,
    id: string = randomUUID(),
  ): Promise<string> {
    const e = await this.publish('people', PeopleEvents.registered, id, {
      personId: id,
      partnerId,
      roles,
      yearGroup,
    });
    await this.applied(e.id);
    return id;
  }

  /** Many people at once: one send, then one wait, instead of a round trip each. */
  async peopleRegistered(
    partnerId: string,
    roles: Role[],
    yearGroup: number | null,
    count: number,
  ): Promise<string[]> {
    if (!this.producer) throw new Error('connect first');
    const ids = Array.from({ length: count }, () => randomUUID());
    const envelopes = ids.map((id) =>
      createEnvelope({
        type: PeopleEvents.registered.type,
        version: PeopleEvents.registered.version,
        aggregateId: id,
        producer: 'people',
        payload: { personId: id, partnerId, roles, yearGroup },
      }),
    );
    await this.producer.send({
      topic: topicFor('people', this.prefix),
      acks: -1,
      messages: envelopes.map((e) => ({ key: e.aggregateId, value: JSON.stringify(e) })),
    });
    await eventually(async () => {
      const [{ n }] = (await this.sg().running.dataSource.query(
        `SELECT count(*)::int AS n FROM person_projection WHERE id = ANY($1::uuid[])`,
        [ids],
      )) as Array<{ n: number }>;
      return n === count;
    }, 30000);
    return ids;
  }

  async personErased(id: string): Promise<void> {
    const e = await this.publish('people', PeopleEvents.erased, id, { personId: id });
    await this.applied(e.id);
  }
}
