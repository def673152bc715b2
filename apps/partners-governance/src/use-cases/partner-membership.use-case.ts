import { randomUUID } from 'node:crypto';
import { GovernanceEvents, PartnerEvents } from '@ekst/contracts';
import type { Outbox } from '@ekst/messaging';
import {
  done,
  isUuid,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import { IsNull } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { mayDo } from '../domain/governance-policy';
import { decideLeaving, decideRejoining, summariseMembership } from '../domain/membership';
import type { MembershipRefusal } from '../domain/membership';
import {
  leavingSchema,
  partnerUpdateSchema,
  rejoiningSchema,
  sectorForKind,
} from '../domain/partner';
import { MembershipPeriodEntity } from '../entities/membership-period.entity';
import { PartnerEntity } from '../entities/partner.entity';
import type { PartnersDeps, PartnersResult } from './partners-use-case';

export const partnerNotFound = (field = 'partnerId') =>
  rejected(userError('NOT_FOUND', 'no partner with this id', field));

/** Locks the partner row: membership changes of one partner happen one at a time. */
export async function lockPartner(m: EntityManager, id: string): Promise<PartnerEntity | null> {
  return m
    .getRepository(PartnerEntity)
    .createQueryBuilder('p')
    .setLock('pessimistic_write')
    .where('p.id = :id', { id })
    .getOne();
}

function refusal(r: MembershipRefusal) {
  return rejected(userError(r.code, r.message, r.field));
}

function locationOf(p: PartnerEntity) {
  return p.latitude != null && p.longitude != null ? { lat: p.latitude, lng: p.longitude } : null;
}

/** PartnerJoined with the partner's current picture: a new partner, an approval, a rejoin. */
export async function announceJoined(outbox: Outbox, p: PartnerEntity): Promise<void> {
  await outbox.append(PartnerEvents.joined, p.id, {
    partnerId: p.id,
    name: p.name,
    kind: p.kind,
    sector: p.sector,
    town: p.town,
    joinedOn: p.joinedOn,
    location: locationOf(p),
  });
}

/** Keeps the partner row's dates equal to its latest membership period. */
async function syncSummary(m: EntityManager, partner: PartnerEntity): Promise<void> {
  const periods = await m
    .getRepository(MembershipPeriodEntity)
    .find({ where: { partnerId: partner.id } });
  const summary = summariseMembership(periods);
  partner.joinedOn = summary.joinedOn;
  partner.leftOn = summary.leftOn;
  await m
    .getRepository(PartnerEntity)
    .update(partner.id, { joinedOn: summary.joinedOn, leftOn: summary.leftOn });
}

/** The coordinator corrects a partner's name, kind, town or site; announced as PartnerUpdated. */
export async function updatePartner(
  deps: PartnersDeps,
  args: { id: string; input: unknown },
): Promise<PartnersResult<PartnerEntity>> {
  if (!mayDo(deps.caller, 'partner.update'))
    return refused('Only the coordinator can edit partners');
  const parsed = partnerUpdateSchema.safeParse(args.input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const change = parsed.data;
  if (!isUuid(args.id)) return partnerNotFound('id');
  return deps.transaction(async ({ manager, outbox }) => {
    const partner = await lockPartner(manager, args.id);
    if (!partner) return partnerNotFound('id');
    if (change.name !== undefined) {
      const clash = await manager
        .getRepository(PartnerEntity)
        .createQueryBuilder('p')
        .where('lower(p.name) = lower(:name) AND p.id <> :id', {
          name: change.name,
          id: partner.id,
        })
        .getExists();
      if (clash)
        return rejected(userError('DUPLICATE', 'a partner with this name already exists', 'name'));
      partner.name = change.name;
    }
    if (change.kind !== undefined) {
      partner.kind = change.kind;
      partner.sector = sectorForKind(change.kind);
    }
    if (change.town !== undefined) partner.town = change.town;
    if (change.latitude !== undefined) {
      partner.latitude = change.latitude;
      partner.longitude = change.longitude ?? null;
    }
    await manager.getRepository(PartnerEntity).update(partner.id, {
      name: partner.name,
      kind: partner.kind,
      sector: partner.sector,
      town: partner.town,
      latitude: partner.latitude,
      longitude: partner.longitude,
    });
    await outbox.append(GovernanceEvents.partnerUpdated, partner.id, {
      partnerId: partner.id,
      name: partner.name,
      kind: partner.kind,
      sector: partner.sector,
      town: partner.town,
      location: locationOf(partner),
    });
    return done(partner);
  });
}

/** The coordinator records that a partner leaves (on a date, for a reason); PartnerLeft. */
export async function recordPartnerLeaving(
  deps: PartnersDeps,
  args: unknown,
): Promise<PartnersResult<PartnerEntity>> {
  if (!mayDo(deps.caller, 'partner.leave'))
    return refused('Only the coordinator can record a partner leaving');
  const parsed = leavingSchema.safeParse(args);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const { partnerId, leftOn, reason } = parsed.data;
  return deps.transaction(async ({ manager, outbox }) => {
    const partner = await lockPartner(manager, partnerId);
    if (!partner) return partnerNotFound();
    const periods = manager.getRepository(MembershipPeriodEntity);
    const decision = decideLeaving(await periods.find({ where: { partnerId } }), leftOn);
    if (!decision.ok) return refusal(decision.refusal);
    await periods.update(
      { partnerId, leftOn: IsNull(), joinedOn: decision.value.open.joinedOn },
      { leftOn, leavingReason: reason },
    );
    await syncSummary(manager, partner);
    await outbox.append(PartnerEvents.left, partnerId, { partnerId, leftOn });
    return done(partner);
  });
}

/**
 * The coordinator records that a partner that left joins again: a new period, announced as
 * PartnerJoined with the partner's current picture (every consumer already upserts on it and
 * clears its leaving date, so no new contract or consumer is needed).
 */
export async function recordPartnerRejoining(
  deps: PartnersDeps,
  args: unknown,
): Promise<PartnersResult<PartnerEntity>> {
  if (!mayDo(deps.caller, 'partner.rejoin'))
    return refused('Only the coordinator can record a partner rejoining');
  const parsed = rejoiningSchema.safeParse(args);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const { partnerId, joinedOn } = parsed.data;
  return deps.transaction(async ({ manager, outbox }) => {
    const partner = await lockPartner(manager, partnerId);
    if (!partner) return partnerNotFound();
    const periods = manager.getRepository(MembershipPeriodEntity);
    const decision = decideRejoining(await periods.find({ where: { partnerId } }), joinedOn);
    if (!decision.ok) return refusal(decision.refusal);
    await periods.insert({
      id: randomUUID(),
      partnerId,
      joinedOn,
      leftOn: null,
      leavingReason: null,
    });
    await syncSummary(manager, partner);
    await announceJoined(outbox, partner);
    return done(partner);
  });
}
