import type { Caller } from '@ekst/auth';
import { isUuid } from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { ClusterStanding } from '../domain/cluster-rules';
import { SubjectClusterMemberEntity } from '../entities/subject-cluster-member.entity';
import { SubjectClusterEntity } from '../entities/subject-cluster.entity';

/** The caller's own person id, lower-case; null for API keys and anonymous callers. */
export function personIdOf(caller: Caller): string | null {
  return caller.kind === 'person' ? caller.subject.toLowerCase() : null;
}

/** The cluster, or null for an unknown or malformed id. */
export function findCluster(m: EntityManager, id: string): Promise<SubjectClusterEntity | null> {
  return isUuid(id)
    ? m.getRepository(SubjectClusterEntity).findOneBy({ id: id.toLowerCase() })
    : Promise.resolve(null);
}

/** What the caller is to the cluster, from its membership row. */
export async function standingIn(
  m: EntityManager,
  clusterId: string,
  caller: Caller,
): Promise<ClusterStanding> {
  const personId = personIdOf(caller);
  if (!personId || !isUuid(personId)) return 'none';
  const row = await m.getRepository(SubjectClusterMemberEntity).findOneBy({ clusterId, personId });
  if (!row) return 'none';
  return row.lead ? 'lead' : 'member';
}

/** Adds a membership; false when the person was already a member (the primary key decides). */
export async function insertMember(
  m: EntityManager,
  clusterId: string,
  personId: string,
  lead: boolean,
): Promise<boolean> {
  const rows = (await m.query(
    `INSERT INTO subject_cluster_member (cluster_id, person_id, lead) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING person_id`,
    [clusterId, personId, lead],
  )) as unknown[];
  return rows.length === 1;
}
