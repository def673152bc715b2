import { done, refused, rejected, userError } from '@ekst/subgraph-kit';
import type { SubjectClusterEntity } from '../entities/subject-cluster.entity';
import { findCluster, personIdOf } from './subject-cluster-standing';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

/** A member leaves a cluster; the resources they shared stay with it. */
export async function leaveSubjectCluster(
  deps: TeacherSwapDeps,
  id: string,
): Promise<TeacherSwapResult<SubjectClusterEntity>> {
  const self = personIdOf(deps.caller);
  if (!self) return refused('Only a person can leave a subject cluster');
  return deps.transaction(async ({ manager }) => {
    const cluster = await findCluster(manager, id);
    if (!cluster) return rejected(userError('NOT_FOUND', 'no such subject cluster', 'id'));
    const deleted = (await manager.query(
      `DELETE FROM subject_cluster_member WHERE cluster_id = $1 AND person_id = $2 RETURNING person_id`,
      [cluster.id, self],
    )) as [unknown[], number];
    if (deleted[1] !== 1)
      return rejected(userError('NOT_A_MEMBER', 'you are not a member of this cluster', 'id'));
    return done(cluster);
  });
}
