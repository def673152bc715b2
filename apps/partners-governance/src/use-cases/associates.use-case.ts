import { randomUUID } from 'node:crypto';
import {
  done,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
  londonDate,
} from '@ekst/subgraph-kit';
import {
  applicationDecisionSchema,
  associateApplicationSchema,
  contributionSchema,
} from '../domain/associates';
import { mayDo } from '../domain/governance-policy';
import { sectorForKind } from '../domain/partner';
import { AssociateApplicationEntity, ContributionEntity } from '../entities/associate.entity';
import { MembershipPeriodEntity } from '../entities/membership-period.entity';
import { PartnerEntity } from '../entities/partner.entity';
import { announceJoined, partnerNotFound } from './partner-membership.use-case';
import type { PartnersDeps, PartnersResult } from './partners-use-case';

const today = (now: Date) => londonDate(now);

/** The coordinator records an application an organisation sent in (PENDING until decided). */
export async function recordAssociateApplication(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<AssociateApplicationEntity>> {
  if (!mayDo(deps.caller, 'associate.record'))
    return refused('Only the coordinator can record an application');
  const parsed = associateApplicationSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const a = parsed.data;
  return deps.transaction(async ({ manager, clock }) => {
    const application = manager.getRepository(AssociateApplicationEntity).create({
      id: randomUUID(),
      ...a,
      status: 'PENDING',
      receivedOn: today(clock.now()),
      decidedBy: null,
      decidedOn: null,
      decisionReason: null,
      partnerId: null,
    });
    await manager.getRepository(AssociateApplicationEntity).insert(application);
    return done(application);
  });
}

/**
 * A head (for the Heads Group) or the coordinator records the decision and its reason. Approval
 * creates the ASSOCIATE partner with its first membership period, announced as PartnerJoined; an
 * organisation name already used by a partner is DUPLICATE and nothing is decided.
 */
export async function decideAssociateApplication(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<AssociateApplicationEntity>> {
  if (!mayDo(deps.caller, 'associate.decide'))
    return refused('Only a head or the coordinator can record the Heads Group decision');
  const parsed = applicationDecisionSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const d = parsed.data;
  return deps.transaction(async ({ manager, outbox, clock }) => {
    const repo = manager.getRepository(AssociateApplicationEntity);
    const application = await repo
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id: d.applicationId })
      .getOne();
    if (!application)
      return rejected(userError('NOT_FOUND', 'no application with this id', 'applicationId'));
    if (application.status !== 'PENDING')
      return rejected(
        userError('ALREADY_DECIDED', `the application was ${application.status}`, 'applicationId'),
      );
    const on = today(clock.now());
    if (d.approve) {
      const partners = manager.getRepository(PartnerEntity);
      const clash = await partners
        .createQueryBuilder('p')
        .where('lower(p.name) = lower(:name)', { name: application.organisationName })
        .getExists();
      if (clash)
        return rejected(
          userError('DUPLICATE', 'a partner with this name already exists', 'applicationId'),
        );
      const partner = partners.create({
        id: randomUUID(),
        name: application.organisationName,
        kind: 'ASSOCIATE',
        sector: sectorForKind('ASSOCIATE'),
        town: application.town,
        latitude: null,
        longitude: null,
        joinedOn: on,
        leftOn: null,
      });
      await partners.insert(partner);
      await manager.getRepository(MembershipPeriodEntity).insert({
        id: randomUUID(),
        partnerId: partner.id,
        joinedOn: on,
        leftOn: null,
        leavingReason: null,
      });
      await announceJoined(outbox, partner);
      application.partnerId = partner.id;
    }
    Object.assign(application, {
      status: d.approve ? 'APPROVED' : 'REJECTED',
      decidedBy: deps.caller.subject,
      decidedOn: on,
      decisionReason: d.reason,
    });
    await repo.save(application);
    return done(application);
  });
}

/** The coordinator records what an associate partner gave (an event's or a year's). */
export async function recordContribution(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<ContributionEntity>> {
  if (!mayDo(deps.caller, 'contribution.record'))
    return refused('Only the coordinator can record contributions');
  const parsed = contributionSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const c = parsed.data;
  return deps.transaction(async ({ manager, clock }) => {
    const partner = await manager.getRepository(PartnerEntity).findOneBy({ id: c.partnerId });
    if (!partner) return partnerNotFound();
    if (partner.kind !== 'ASSOCIATE')
      return rejected(userError('INVALID', 'must be an associate partner', 'partnerId'));
    const contribution = manager.getRepository(ContributionEntity).create({
      id: randomUUID(),
      partnerId: partner.id,
      kind: c.kind,
      description: c.description,
      amountPence: c.amountPence ?? null,
      eventId: c.eventId ?? null,
      academicYear: c.academicYear ?? null,
      recordedOn: today(clock.now()),
    });
    await manager.getRepository(ContributionEntity).insert(contribution);
    return done(contribution);
  });
}
