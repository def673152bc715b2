import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { ProposedMatch, SwapCandidate } from '../domain/matching';
import { PartnerProjectionEntity } from '../entities/partner-projection.entity';
import { PersonProjectionEntity } from '../entities/person-projection.entity';
import { SwapOfferEntity } from '../entities/swap-offer.entity';
import { SwapRequestEntity } from '../entities/swap-request.entity';
import type { SwapEntity } from '../entities/swap.entity';

type Listing = SwapOfferEntity | SwapRequestEntity;

/** The partner's site; unknown (null) fails the distance rule, the safe default. */
function locationOf(partner: PartnerProjectionEntity | undefined): SwapCandidate['location'] {
  return partner && partner.lat !== null && partner.lng !== null
    ? { lat: partner.lat, lng: partner.lng }
    : null;
}

/**
 * The matcher's view of offers or requests: each listing with its teacher's current partner (a
 * teacher who moved school is matched from where they are now) and that partner's standing. A
 * listing whose teacher this service no longer knows is left out.
 */
export async function toCandidates(
  m: EntityManager,
  listings: Listing[],
): Promise<SwapCandidate[]> {
  if (listings.length === 0) return [];
  const people = await m
    .getRepository(PersonProjectionEntity)
    .findBy({ id: In([...new Set(listings.map((l) => l.teacherId))]) });
  const partnerOf = new Map(people.map((p) => [p.id, p.partnerId]));
  const partners = await m
    .getRepository(PartnerProjectionEntity)
    .findBy({ id: In([...new Set(people.map((p) => p.partnerId))]) });
  const partnerById = new Map(partners.map((p) => [p.id, p]));
  const out: SwapCandidate[] = [];
  for (const l of listings) {
    const partnerId = partnerOf.get(l.teacherId);
    if (!partnerId) continue;
    const partner = partnerById.get(partnerId);
    out.push({
      id: l.id,
      teacherId: l.teacherId,
      partnerId,
      sector: l.sector,
      subjects: l.subjects.map((s) => s.toLowerCase()),
      phase: l.phase,
      availableFrom: l.availableFrom,
      availableTo: l.availableTo,
      maxTravelMiles: l.maxTravelMiles,
      location: locationOf(partner),
      partnerActive: partner?.status === 'ACTIVE',
      waitingSince: l.createdAt.toISOString(),
    });
  }
  return out;
}

/** Open offers and requests that are not already in a live (not withdrawn) swap. */
export async function openPool(
  m: EntityManager,
): Promise<{ offers: SwapOfferEntity[]; requests: SwapRequestEntity[] }> {
  const notInLiveSwap = (column: string) =>
    `NOT EXISTS (SELECT 1 FROM swap s WHERE s.${column} = l.id AND s.status <> 'WITHDRAWN')`;
  const offers = await m
    .getRepository(SwapOfferEntity)
    .createQueryBuilder('l')
    .where(`l.status = 'OPEN'`)
    .andWhere(notInLiveSwap('offer_id'))
    .getMany();
  const requests = await m
    .getRepository(SwapRequestEntity)
    .createQueryBuilder('l')
    .where(`l.status = 'OPEN'`)
    .andWhere(notInLiveSwap('request_id'))
    .getMany();
  return { offers, requests };
}

function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}
function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * A proposed swap from a match: the offering teacher visits the requesting teacher's school over
 * the overlap of their windows, in the subjects they share (as the offer spells them).
 */
export function swapFromMatch(
  id: string,
  offer: SwapOfferEntity,
  request: SwapRequestEntity,
  candidates: { offer: SwapCandidate; request: SwapCandidate },
  match: Pick<ProposedMatch, 'score' | 'explanation'>,
  pinned: boolean,
): Omit<SwapEntity, 'createdAt'> {
  const requested = new Set(request.subjects.map((s) => s.toLowerCase()));
  return {
    id,
    offerId: offer.id,
    requestId: request.id,
    visitingTeacherId: offer.teacherId,
    hostTeacherId: request.teacherId,
    visitingPartnerId: candidates.offer.partnerId,
    hostPartnerId: candidates.request.partnerId,
    subjects: offer.subjects.filter((s) => requested.has(s.toLowerCase())),
    phase: offer.phase,
    startsOn: laterOf(offer.availableFrom, request.availableFrom),
    endsOn: earlierOf(offer.availableTo, request.availableTo),
    status: 'PROPOSED',
    pinned,
    score: match.score,
    explanation: match.explanation,
    hostApprovedAt: null,
    visitingApprovedAt: null,
    checksConfirmedAt: null,
    checksConfirmedBy: null,
    scheduledAt: null,
    completedOn: null,
    withdrawnAt: null,
    withdrawnReason: null,
  };
}

/**
 * Inserts a proposal unless the pair was proposed before or either side is already in a live
 * swap (a concurrent round): the unique indexes decide, so rounds are idempotent and race-safe.
 */
export async function insertProposal(
  m: EntityManager,
  swap: Omit<SwapEntity, 'createdAt'>,
  now: Date,
): Promise<boolean> {
  const rows: unknown[] = await m.query(
    `INSERT INTO swap (id, offer_id, request_id, visiting_teacher_id, host_teacher_id,
       visiting_partner_id, host_partner_id, subjects, phase, starts_on, ends_on, status, pinned,
       score, explanation, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,'PROPOSED',$12,$13,$14,$15)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      swap.id,
      swap.offerId,
      swap.requestId,
      swap.visitingTeacherId,
      swap.hostTeacherId,
      swap.visitingPartnerId,
      swap.hostPartnerId,
      swap.subjects,
      swap.phase,
      swap.startsOn,
      swap.endsOn,
      swap.pinned,
      swap.score,
      JSON.stringify(swap.explanation),
      now,
    ],
  );
  return rows.length === 1;
}
