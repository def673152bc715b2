import { randomUUID } from 'node:crypto';
import { createEnvelope, PeopleEvents } from '@ekst/contracts';
import type { Role } from '@ekst/auth';
import {
  eventually,
  KafkaTestBus,
  partnerJoinedEnvelope,
  partnerLeftEnvelope,
} from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';

/**
 * Plays the other services in tests: publishes real envelopes to their topics, as their outbox
 * relays would, and waits until this service's projections show them.
 */
export class UpstreamEvents extends KafkaTestBus {
  constructor(
    private readonly sg: () => TestSubgraph,
    prefix: string,
  ) {
    super(prefix);
  }

  connect(): Promise<void> {
    return this.start();
  }

  disconnect(): Promise<void> {
    return this.stop();
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
    const e = partnerJoinedEnvelope({ partnerId: opts.id, name: opts.name });
    await this.send('partners-governance', e);
    await this.applied(e.id);
    return e.aggregateId;
  }

  async partnerLeft(id: string, leftOn: string): Promise<void> {
    const e = partnerLeftEnvelope(id, leftOn);
    await this.send('partners-governance', e);
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
    await this.sendMany('people', envelopes);
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
