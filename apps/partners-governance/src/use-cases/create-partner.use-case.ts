import { randomUUID } from 'node:crypto';
import { PartnerEvents } from '@ekst/contracts';
import {
  done,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
  londonDate,
} from '@ekst/subgraph-kit';
import { mayAddPartners, newPartnerSchema, sectorForKind } from '../domain/partner';
import { MembershipPeriodEntity } from '../entities/membership-period.entity';
import { PartnerEntity } from '../entities/partner.entity';
import type { PartnersDeps, PartnersResult } from './partners-use-case';

/**
 * The coordinator adds a partner, announced as PartnerJoined in the same transaction. Invalid
 * input or a name already in use (ignoring case) is rejected and writes nothing.
 */
export async function createPartner(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<PartnerEntity>> {
  // Permission first, so a caller who may not add partners learns nothing from validation.
  if (!mayAddPartners(deps.caller)) return refused('Only the coordinator can add partners');
  const parsed = newPartnerSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const p = parsed.data;

  return deps.transaction(async ({ manager, outbox, clock }) => {
    const repo = manager.getRepository(PartnerEntity);
    const clash = await repo
      .createQueryBuilder('p')
      .where('lower(p.name) = lower(:name)', { name: p.name })
      .getExists();
    if (clash)
      return rejected(userError('DUPLICATE', 'a partner with this name already exists', 'name'));

    const partner = repo.create({
      id: randomUUID(),
      name: p.name,
      kind: p.kind,
      sector: sectorForKind(p.kind),
      town: p.town,
      latitude: p.latitude ?? null,
      longitude: p.longitude ?? null,
      joinedOn: p.joinedOn ?? londonDate(clock.now()),
      leftOn: null,
    });
    await repo.insert(partner);
    // Its first membership period; joinedOn/leftOn on the row follow the latest period.
    await manager.getRepository(MembershipPeriodEntity).insert({
      id: randomUUID(),
      partnerId: partner.id,
      joinedOn: partner.joinedOn,
      leftOn: null,
      leavingReason: null,
    });
    await outbox.append(PartnerEvents.joined, partner.id, {
      partnerId: partner.id,
      name: partner.name,
      kind: partner.kind,
      sector: partner.sector,
      town: partner.town,
      joinedOn: partner.joinedOn,
      location:
        partner.latitude != null && partner.longitude != null
          ? { lat: partner.latitude, lng: partner.longitude }
          : null,
    });
    return done(partner);
  });
}
