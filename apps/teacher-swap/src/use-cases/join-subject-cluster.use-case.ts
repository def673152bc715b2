import { done, refused, rejected, userError } from '@ekst/subgraph-kit';
import { mayJoinCluster } from '../domain/cluster-rules';
import type { SubjectClusterEntity } from '../entities/subject-cluster.entity';
import { findCluster, insertMember, personIdOf } from './subject-cluster-standing';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

/** A teacher joins a cluster for themself, as a plain member. */
export async function joinSubjectCluster(
  deps: TeacherSwapDeps,
  id: string,
): Promise<TeacherSwapResult<SubjectClusterEntity>> {
  const self = personIdOf(deps.caller);
  if (!mayJoinCluster(deps.caller) || !self)
    return refused('Teachers join subject clusters, for themselves');
  return deps.transaction(async ({ manager }) => {
    const cluster = await findCluster(manager, id);
    if (!cluster) return rejected(userError('NOT_FOUND', 'no such subject cluster', 'id'));
    if (!(await insertMember(manager, cluster.id, self, false)))
      return rejected(
        userError('ALREADY_MEMBER', 'you are already a member of this cluster', 'id'),
      );
    return done(cluster);
  });
}
