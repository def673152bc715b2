import { randomUUID } from 'node:crypto';
import { createEnvelope, PartnerEvents } from '@ekst/contracts';
import type { Envelope, PartnerKind, Sector } from '@ekst/contracts';
import { KafkaTestBus } from '@ekst/testing';

/** Publishes envelopes as partners-governance would, and reads what people publishes. */
export class KafkaProbe extends KafkaTestBus {
  override start(): Promise<void> {
    return super.start(['people']);
  }

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
