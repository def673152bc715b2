import type { DataSource } from 'typeorm';
import type { ResourceCursor } from '../domain/cluster-resource-cursor';
import { ClusterResourceEntity } from '../entities/cluster-resource.entity';
import { SubjectClusterMemberEntity } from '../entities/subject-cluster-member.entity';
import { SubjectClusterEntity } from '../entities/subject-cluster.entity';

/** Clusters by name (then id), optionally of one subject, case-insensitive. */
export function listSubjectClusters(
  dataSource: DataSource,
  subject: string | null,
): Promise<SubjectClusterEntity[]> {
  const qb = dataSource.getRepository(SubjectClusterEntity).createQueryBuilder('c');
  if (subject) qb.where('lower(c.subject) = lower(:subject)', { subject: subject.trim() });
  return qb.orderBy('c.name', 'ASC').addOrderBy('c.id', 'ASC').getMany();
}

/** Batched: every membership of each cluster asked for, leads first. */
export function loadMembersOfClusters(
  dataSource: DataSource,
  clusterIds: string[],
): Promise<SubjectClusterMemberEntity[]> {
  return dataSource
    .getRepository(SubjectClusterMemberEntity)
    .createQueryBuilder('m')
    .where('m.cluster_id IN (:...clusterIds)', { clusterIds })
    .orderBy('m.lead', 'DESC')
    .addOrderBy('m.joined_at', 'ASC')
    .getMany();
}

/**
 * Cursors carry a JavaScript timestamp (milliseconds) while Postgres keeps microseconds: order and
 * compare on the millisecond so a page boundary never skips a row created in the same millisecond.
 */
const CREATED_MS = "date_trunc('milliseconds', r.created_at)";

/** Escapes LIKE's wildcards so a search for "100%" means the text. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of a cluster's resources, newest first, one more than `size` so the caller knows
 * whether there is a next page. Permission is the caller's business (see clusterResources).
 */
export function clusterResourcesPage(
  dataSource: DataSource,
  clusterId: string,
  filter: { search: string | null; tag: string | null; after: ResourceCursor | null; size: number },
): Promise<ClusterResourceEntity[]> {
  const qb = dataSource
    .getRepository(ClusterResourceEntity)
    .createQueryBuilder('r')
    .where('r.cluster_id = :clusterId', { clusterId });
  const search = filter.search?.trim();
  if (search)
    qb.andWhere(
      `(r.title ILIKE :pattern OR r.exam_course ILIKE :pattern
        OR EXISTS (SELECT 1 FROM unnest(r.tags) t WHERE t ILIKE :pattern))`,
      { pattern: likePattern(search) },
    );
  const tag = filter.tag?.trim().toLowerCase();
  if (tag) qb.andWhere(':tag = ANY(r.tags)', { tag });
  if (filter.after)
    qb.andWhere(`(${CREATED_MS}, r.id) < (:afterAt::timestamptz, :afterId::uuid)`, {
      afterAt: filter.after.createdAt,
      afterId: filter.after.id,
    });
  return qb
    .orderBy(CREATED_MS, 'DESC')
    .addOrderBy('r.id', 'DESC')
    .limit(filter.size + 1)
    .getMany();
}
