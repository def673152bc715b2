import { hasRole } from '@ekst/auth';
import { done, isUuid, refused, rejected, userError } from '@ekst/subgraph-kit';
import { mayAddMember } from '../domain/cluster-rules';
import { PersonProjectionEntity } from '../entities/person-projection.entity';
import type { SubjectClusterEntity } from '../entities/subject-cluster.entity';
import { findCluster, insertMember, standingIn } from './subject-cluster-standing';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

/**
 * The coordinator or the cluster's lead adds a teacher. Only the coordinator names leads, so a
 * lead cannot hand the cluster on by themself.
 */
export async function addSubjectClusterMember(
  deps: TeacherSwapDeps,
  id: string,
  personId: string,
  lead: boolean,
): Promise<TeacherSwapResult<SubjectClusterEntity>> {
  return deps.transaction(async ({ manager }) => {
    const cluster = await findCluster(manager, id);
    if (!cluster) return rejected(userError('NOT_FOUND', 'no such subject cluster', 'id'));
    if (!mayAddMember(deps.caller, await standingIn(manager, cluster.id, deps.caller)))
      return refused("Only the coordinator or the cluster's lead adds members");
    if (lead && !hasRole(deps.caller, 'COORDINATOR'))
      return refused('Only the coordinator names a cluster lead');
    const person = isUuid(personId)
      ? await manager
          .getRepository(PersonProjectionEntity)
          .findOneBy({ id: personId.toLowerCase() })
      : null;
    if (!person)
      return rejected(
        userError('UNKNOWN_TEACHER', 'this teacher is not known to teacher swaps yet', 'personId'),
      );
    if (!person.roles.includes('TEACHER'))
      return rejected(
        userError('NOT_A_TEACHER', 'only teachers join subject clusters', 'personId'),
      );
    if (!(await insertMember(manager, cluster.id, person.id, lead)))
      return rejected(userError('ALREADY_MEMBER', 'already a member of this cluster', 'personId'));
    return done(cluster);
  });
}
