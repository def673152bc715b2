import { Brackets } from 'typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { SwapStatus } from '../domain/swap-lifecycle';
import type { SwapScope } from '../domain/swap-permissions';
import { SwapReflectionEntity } from '../entities/swap-reflection.entity';
import { SwapRequestEntity } from '../entities/swap-request.entity';
import { SwapEntity } from '../entities/swap.entity';
import type { SwapOfferStatus } from '../domain/swap-offer-rules';
import type { SwapOfferScope } from '../domain/swap-offer-visibility';
import type { Sector } from '@ekst/contracts';

/** Narrows a query on `swap s` to what the scope sees (the SQL form of `canSeeSwap`). */
function visibleTo(
  qb: SelectQueryBuilder<SwapEntity>,
  scope: Exclude<SwapScope, { kind: 'none' }>,
): SelectQueryBuilder<SwapEntity> {
  if (scope.kind === 'all') return qb;
  return qb.andWhere(
    new Brackets((w) => {
      w.where('false');
      if (scope.partnerId)
        w.orWhere('(s.host_partner_id = :partnerId OR s.visiting_partner_id = :partnerId)', {
          partnerId: scope.partnerId,
        });
      if (scope.selfId)
        w.orWhere('(s.host_teacher_id = :selfId OR s.visiting_teacher_id = :selfId)', {
          selfId: scope.selfId,
        });
    }),
  );
}

export function listSwaps(
  dataSource: DataSource,
  scope: Exclude<SwapScope, { kind: 'none' }>,
  status: SwapStatus | null,
): Promise<SwapEntity[]> {
  const qb = dataSource.getRepository(SwapEntity).createQueryBuilder('s');
  if (status) qb.andWhere('s.status = :status', { status });
  return visibleTo(qb, scope).orderBy('s.created_at', 'DESC').addOrderBy('s.id', 'DESC').getMany();
}

/**
 * Batched for Person.swapCpd: every swap of each teacher that has happened, unfiltered by scope
 * (the CPD record counts swaps at a former school too; `maySeeSwapCpd` decides who sees it).
 */
export async function loadCompletedSwapsOfTeachers(
  dataSource: DataSource,
  teacherIds: string[],
): Promise<Array<{ teacherId: string; swap: SwapEntity }>> {
  const swaps = await dataSource
    .getRepository(SwapEntity)
    .createQueryBuilder('s')
    .where('(s.host_teacher_id IN (:...ids) OR s.visiting_teacher_id IN (:...ids))', {
      ids: teacherIds,
    })
    .andWhere("s.status IN ('COMPLETED', 'REFLECTED')")
    .getMany();
  const asked = new Set(teacherIds);
  return swaps.flatMap((swap) =>
    [swap.visitingTeacherId, swap.hostTeacherId]
      .filter((t) => asked.has(t))
      .map((teacherId) => ({ teacherId, swap })),
  );
}

/** Batched for Person.swaps: each visible swap once per teacher of it that was asked for. */
export async function loadSwapsOfTeachers(
  dataSource: DataSource,
  scope: SwapScope,
  teacherIds: string[],
): Promise<Array<{ teacherId: string; swap: SwapEntity }>> {
  if (scope.kind === 'none') return [];
  const qb = dataSource
    .getRepository(SwapEntity)
    .createQueryBuilder('s')
    .where('(s.host_teacher_id IN (:...ids) OR s.visiting_teacher_id IN (:...ids))', {
      ids: teacherIds,
    });
  const swaps = await visibleTo(qb, scope)
    .orderBy('s.created_at', 'DESC')
    .addOrderBy('s.id', 'DESC')
    .getMany();
  const asked = new Set(teacherIds);
  return swaps.flatMap((swap) =>
    [swap.visitingTeacherId, swap.hostTeacherId]
      .filter((t) => asked.has(t))
      .map((teacherId) => ({ teacherId, swap })),
  );
}

/** Batched for Partner.swaps: each visible swap once per school of it that was asked for. */
export async function loadSwapsOfPartners(
  dataSource: DataSource,
  scope: SwapScope,
  partnerIds: string[],
): Promise<Array<{ partnerId: string; swap: SwapEntity }>> {
  if (scope.kind === 'none') return [];
  const qb = dataSource
    .getRepository(SwapEntity)
    .createQueryBuilder('s')
    .where('(s.host_partner_id IN (:...ids) OR s.visiting_partner_id IN (:...ids))', {
      ids: partnerIds,
    });
  const swaps = await visibleTo(qb, scope)
    .orderBy('s.created_at', 'DESC')
    .addOrderBy('s.id', 'DESC')
    .getMany();
  const asked = new Set(partnerIds);
  return swaps.flatMap((swap) =>
    [swap.visitingPartnerId, swap.hostPartnerId]
      .filter((p) => asked.has(p))
      .map((partnerId) => ({ partnerId, swap })),
  );
}

export function loadReflectionsOfSwaps(
  dataSource: DataSource,
  swapIds: string[],
): Promise<SwapReflectionEntity[]> {
  return dataSource
    .getRepository(SwapReflectionEntity)
    .createQueryBuilder('r')
    .where('r.swap_id IN (:...swapIds)', { swapIds })
    .orderBy('r.created_at', 'ASC')
    .getMany();
}

/** Requests are visible like offers: the coordinator all, staff the open pool and their own. */
export function listSwapRequests(
  dataSource: DataSource,
  scope: Exclude<SwapOfferScope, { kind: 'none' }>,
  filter: { status: SwapOfferStatus | null; sector: Sector | null },
): Promise<SwapRequestEntity[]> {
  const qb = dataSource.getRepository(SwapRequestEntity).createQueryBuilder('r');
  if (scope.kind === 'all') {
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
  } else if (filter.status && filter.status !== 'OPEN') {
    // A teacher's own withdrawn requests: staff see no one else's.
    qb.andWhere('r.status = :status AND r.teacher_id = :selfId', {
      status: filter.status,
      selfId: scope.selfId,
    });
  } else {
    qb.andWhere(`r.status = 'OPEN'`);
  }
  if (filter.sector) qb.andWhere('r.sector = :sector', { sector: filter.sector });
  return qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').getMany();
}
