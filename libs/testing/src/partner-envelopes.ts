import { randomUUID } from 'node:crypto';
import { createEnvelope, PartnerEvents } from '@ekst/contracts';
import type { Envelope, PartnerJoinedV1, PartnerLeftV1 } from '@ekst/contracts';

/**
 * Envelopes as partners-governance publishes them, for the services that keep the shared partner
 * projection (@ekst/partner-projection). Only what a test names differs from a plausible partner.
 */
export function partnerJoinedEnvelope(p: Partial<PartnerJoinedV1> = {}): Envelope<PartnerJoinedV1> {
  const partnerId = p.partnerId ?? randomUUID();
  return createEnvelope({
    type: PartnerEvents.joined.type,
    version: PartnerEvents.joined.version,
    aggregateId: partnerId,
    producer: 'partners-governance',
    payload: PartnerEvents.joined.schema.parse({
      partnerId,
      name: p.name ?? `Partner ${partnerId.slice(0, 8)}`,
      kind: p.kind ?? 'STATE',
      sector: p.sector ?? 'STATE',
      town: p.town ?? 'Canterbury',
      joinedOn: p.joinedOn ?? '2024-09-01',
    }),
  });
}

export function partnerLeftEnvelope(partnerId: string, leftOn: string): Envelope<PartnerLeftV1> {
  return createEnvelope({
    type: PartnerEvents.left.type,
    version: PartnerEvents.left.version,
    aggregateId: partnerId,
    producer: 'partners-governance',
    payload: PartnerEvents.left.schema.parse({ partnerId, leftOn }),
  });
}
