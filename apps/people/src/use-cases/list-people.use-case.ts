import type { Role } from '@ekst/auth';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { encodeCursor } from '../domain/person-cursor';
import type { PersonCursor } from '../domain/person-cursor';
import { seesNobody } from '../domain/person-visibility';
import type { PersonScope } from '../domain/person-visibility';
import { PersonEntity } from '../entities/person.entity';

/**
 * Restricts a query on `person` (aliased `p`) to the caller's scope in SQL, so pagination and
 * counts never include people the caller may not see. Call only when the scope sees somebody.
 */
export function whereVisible(
  qb: SelectQueryBuilder<PersonEntity>,
  scope: PersonScope,
): SelectQueryBuilder<PersonEntity> {
  if (scope.kind === 'everyone') return qb;
  const clauses: string[] = [];
  if (scope.selfId) clauses.push('p.id = :scopeSelfId');
  if (scope.partnerId) clauses.push('p.partner_id = :scopePartnerId');
  return qb.andWhere(`(${clauses.join(' OR ')})`, {
    scopeSelfId: scope.selfId,
    scopePartnerId: scope.partnerId,
  });
}

export interface PeoplePage {
  edges: Array<{ cursor: string; node: PersonEntity }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Keyset pagination over (display_name, id): stable under inserts, unlike OFFSET. */
export async function listPeople(
  dataSource: DataSource,
  scope: PersonScope,
  filter: { partnerId: string | null; role: Role | null; yearGroup: number | null },
  page: { size: number; after: PersonCursor | null },
): Promise<PeoplePage> {
  if (seesNobody(scope)) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
  const qb = whereVisible(dataSource.getRepository(PersonEntity).createQueryBuilder('p'), scope);
  if (filter.partnerId) qb.andWhere('p.partner_id = :partnerId', { partnerId: filter.partnerId });
  if (filter.role) qb.andWhere(':role = ANY (p.roles)', { role: filter.role });
  if (filter.yearGroup != null)
    qb.andWhere('p.year_group = :yearGroup', { yearGroup: filter.yearGroup });
  if (page.after) {
    qb.andWhere('(p.display_name, p.id) > (:afterName, :afterId)', {
      afterName: page.after.displayName,
      afterId: page.after.id,
    });
  }
  // One extra row tells whether another page follows without a count query.
  const rows = await qb
    .orderBy('p.display_name', 'ASC')
    .addOrderBy('p.id', 'ASC')
    .limit(page.size + 1)
    .getMany();
  const nodes = rows.slice(0, page.size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** Batched: one query for the visible people of every partner asked for in one tick. */
export async function loadPeopleOfPartners(
  dataSource: DataSource,
  scope: PersonScope,
  partnerIds: string[],
  role: Role | null,
): Promise<PersonEntity[]> {
  if (seesNobody(scope)) return [];
  const qb = whereVisible(
    dataSource
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where('p.partner_id IN (:...partnerIds)', { partnerIds }),
    scope,
  );
  if (role) qb.andWhere(':role = ANY (p.roles)', { role });
  return qb.orderBy('p.display_name', 'ASC').addOrderBy('p.id', 'ASC').getMany();
}
