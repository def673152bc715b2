import type { Caller } from '@ekst/auth';
import { academicYearSchema } from '@ekst/contracts';
import { forbidden } from '@ekst/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { ApplicationStatus } from '../domain/associates';
import { mayDo } from '../domain/governance-policy';
import type { GovernanceOperation, PolicyTarget } from '../domain/governance-policy';
import { renewalDue } from '../domain/mou';
import { AssociateApplicationEntity, ContributionEntity } from '../entities/associate.entity';
import { MouSignatureEntity, MouVersionEntity } from '../entities/mou.entity';
import { PartnerEntity } from '../entities/partner.entity';
import { AimEntity, PriorityEntity } from '../entities/priority.entity';
import { TermCalendarEntryEntity } from '../entities/term-calendar.entity';

/** Reads of governance data: each asks the policy first and answers FORBIDDEN when it says no. */
function demand(caller: Caller, op: GovernanceOperation, target?: PolicyTarget): void {
  if (!mayDo(caller, op, target)) throw forbidden('You may not read this');
}

function academicYear(value: string): string {
  const parsed = academicYearSchema.safeParse(value);
  if (!parsed.success)
    throw new GraphQLError('academicYear must be like 2026-27', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return parsed.data;
}

export function listMouVersions(ds: DataSource, caller: Caller): Promise<MouVersionEntity[]> {
  demand(caller, 'governance.read');
  return ds.getRepository(MouVersionEntity).find({ order: { publishedAt: 'DESC' } });
}

export function currentMou(ds: DataSource, caller: Caller): Promise<MouVersionEntity | null> {
  demand(caller, 'governance.read');
  return ds.getRepository(MouVersionEntity).findOneBy({ isCurrent: true });
}

export function mouSignatures(ds: DataSource, caller: Caller, mouVersionId: string) {
  demand(caller, 'governance.read');
  return ds
    .getRepository(MouSignatureEntity)
    .find({ where: { mouVersionId }, order: { signedOn: 'ASC' } });
}

/** Coordinator only: active partners that have not signed the current version. */
export async function partnersWithoutMouSignature(
  ds: DataSource,
  caller: Caller,
): Promise<PartnerEntity[]> {
  demand(caller, 'mou.publish');
  return ds
    .getRepository(PartnerEntity)
    .createQueryBuilder('p')
    .where('p.left_on IS NULL')
    .andWhere(
      `NOT EXISTS (SELECT 1 FROM mou_signature s JOIN mou_version v ON v.id = s.mou_version_id
                   WHERE v.is_current AND s.partner_id = p.id)`,
    )
    .orderBy('p.name', 'ASC')
    .getMany();
}

export async function mouRenewalsDue(
  ds: DataSource,
  caller: Caller,
  withinDays: number,
  today: string,
): Promise<MouVersionEntity[]> {
  demand(caller, 'mou.publish');
  if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3650)
    throw new GraphQLError('withinDays must be 0 to 3650', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  const versions = await ds
    .getRepository(MouVersionEntity)
    .find({ order: { renewalDueOn: 'ASC' } });
  return versions.filter((v) => v.isCurrent && renewalDue(v.renewalDueOn, today, withinDays));
}

export function listAims(ds: DataSource, caller: Caller): Promise<AimEntity[]> {
  demand(caller, 'aims.read');
  return ds.getRepository(AimEntity).find({ order: { position: 'ASC' } });
}

export function listPriorities(
  ds: DataSource,
  caller: Caller,
  year: string,
): Promise<PriorityEntity[]> {
  demand(caller, 'priority.read');
  return ds
    .getRepository(PriorityEntity)
    .find({ where: { academicYear: academicYear(year) }, order: { position: 'ASC' } });
}

export function listApplications(
  ds: DataSource,
  caller: Caller,
  status: ApplicationStatus | null | undefined,
): Promise<AssociateApplicationEntity[]> {
  demand(caller, 'governance.read');
  return ds.getRepository(AssociateApplicationEntity).find({
    where: status ? { status } : {},
    order: { receivedOn: 'DESC' },
  });
}

export function termCalendarOf(
  ds: DataSource,
  caller: Caller,
  partnerId: string,
  year: string,
): Promise<TermCalendarEntryEntity[]> {
  demand(caller, 'termCalendar.read', { partnerId });
  return ds.getRepository(TermCalendarEntryEntity).find({
    where: { partnerId, academicYear: academicYear(year) },
    order: { startsOn: 'ASC', kind: 'ASC' },
  });
}

export function contributionsOf(
  ds: DataSource,
  caller: Caller,
  partnerId: string,
): Promise<ContributionEntity[]> {
  demand(caller, 'contribution.read', { partnerId });
  return ds
    .getRepository(ContributionEntity)
    .find({ where: { partnerId }, order: { recordedOn: 'DESC', id: 'ASC' } });
}
