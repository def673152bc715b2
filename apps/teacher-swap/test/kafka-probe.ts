import { randomUUID } from 'node:crypto';
import type { Role } from '@ekst/auth';
import { createEnvelope, PartnerEvents, PeopleEvents } from '@ekst/contracts';
import type { Envelope, PartnerKind, Sector } from '@ekst/contracts';
import { KafkaTestBus } from '@ekst/testing';

/** Publishes envelopes as partners-governance and people would, keyed by aggregate id. */
export class KafkaProbe extends KafkaTestBus {
  /** Delivers an envelope (again, for redelivery) to its producer's topic, keyed by aggregate. */
  deliver(envelope: Envelope): Promise<void> {
    return this.send(envelope.producer, envelope);
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
