import type { Role } from '@ekst/auth';
import { createEnvelope, PeopleEvents } from '@ekst/contracts';
import type { Envelope, PartnerKind, Sector } from '@ekst/contracts';
import { KafkaTestBus, partnerJoinedEnvelope, partnerLeftEnvelope } from '@ekst/testing';

/** Publishes envelopes as partners-governance and people would, keyed by aggregate id. */
export class KafkaProbe extends KafkaTestBus {
  /** Delivers an envelope (again, for redelivery) to its producer's topic, keyed by aggregate. */
  deliver(envelope: Envelope): Promise<void> {
    return this.send(envelope.producer, envelope);
  }

  partnerJoined(p: { id?: string; name: string; kind: PartnerKind; sector: Sector }): Envelope {
    return partnerJoinedEnvelope({ partnerId: p.id, name: p.name, kind: p.kind, sector: p.sector });
  }

  partnerLeft(partnerId: string, leftOn: string): Envelope {
    return partnerLeftEnvelope(partnerId, leftOn);
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
