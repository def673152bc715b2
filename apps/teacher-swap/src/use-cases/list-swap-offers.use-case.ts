import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Sector } from '@ekst/contracts';
import type { SwapOfferStatus } from '../domain/swap-offer-rules';
import type { SwapOfferScope } from '../domain/swap-offer-visibility';
import { SwapOfferEntity } from '../entities/swap-offer.entity';

function newestFirst(qb: SelectQueryBuilder<SwapOfferEntity>): SelectQueryBuilder<SwapOfferEntity> {
  return qb.orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'DESC');
}

/**
 * The pool. Only the coordinator browses withdrawn offers; for staff the list is the open pool
 * (their own withdrawn offers are on Person.swapOffers). Call only with a scope that sees something.
 */
export function listSwapOffers(
  dataSource: DataSource,
  scope: Exclude<SwapOfferScope, { kind: 'none' }>,
  filter: { status: SwapOfferStatus | null; sector: Sector | null },
): Promise<SwapOfferEntity[]> {
  const status = scope.kind === 'all' ? filter.status : 'OPEN';
  if (scope.kind !== 'all' && filter.status && filter.status !== 'OPEN') return Promise.resolve([]);
  const qb = dataSource.getRepository(SwapOfferEntity).createQueryBuilder('o');
  if (status) qb.andWhere('o.status = :status', { status });
  if (filter.sector) qb.andWhere('o.sector = :sector', { sector: filter.sector });
  return newestFirst(qb).getMany();
}

/** Batched: one query for the visible offers of every teacher asked for in one tick. */
export async function loadSwapOffersOfTeachers(
  dataSource: DataSource,
  scope: SwapOfferScope,
  teacherIds: string[],
): Promise<SwapOfferEntity[]> {
  if (scope.kind === 'none') return [];
  const qb = dataSource
    .getRepository(SwapOfferEntity)
    .createQueryBuilder('o')
    .where('o.teacher_id IN (:...teacherIds)', { teacherIds });
  if (scope.kind === 'open-and-own') {
    qb.andWhere(
      scope.selfId ? `(o.status = 'OPEN' OR o.teacher_id = :selfId)` : `o.status = 'OPEN'`,
      { selfId: scope.selfId },
    );
  }
  return newestFirst(qb).getMany();
}
