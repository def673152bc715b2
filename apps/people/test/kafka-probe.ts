import type { Envelope, PartnerKind, Sector } from '@ekst/contracts';
import { KafkaTestBus, partnerJoinedEnvelope, partnerLeftEnvelope } from '@ekst/testing';

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
    return partnerJoinedEnvelope({ partnerId: p.id, name: p.name, kind: p.kind, sector: p.sector });
  }

  partnerLeft(partnerId: string, leftOn: string): Envelope {
    return partnerLeftEnvelope(partnerId, leftOn);
  }
}
