import { randomUUID } from 'node:crypto';
import {
  done,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import { mayUseResources, newClusterResourceSchema } from '../domain/cluster-rules';
import { ClusterResourceEntity } from '../entities/cluster-resource.entity';
import { findCluster, personIdOf, standingIn } from './subject-cluster-standing';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

/** A member or the coordinator shares a link or a file reference in the cluster. */
export async function addClusterResource(
  deps: TeacherSwapDeps,
  clusterId: string,
  input: unknown,
): Promise<TeacherSwapResult<ClusterResourceEntity>> {
  return deps.transaction(async ({ manager }) => {
    const cluster = await findCluster(manager, clusterId);
    if (!cluster) return rejected(userError('NOT_FOUND', 'no such subject cluster', 'clusterId'));
    if (!mayUseResources(deps.caller, await standingIn(manager, cluster.id, deps.caller)))
      return refused('Only members of the cluster and the coordinator share resources in it');
    const parsed = newClusterResourceSchema.safeParse(input);
    if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
    const repo = manager.getRepository(ClusterResourceEntity);
    const resource = repo.create({
      id: randomUUID(),
      clusterId: cluster.id,
      addedBy: personIdOf(deps.caller),
      ...parsed.data,
    });
    await repo.insert(resource);
    return done(await repo.findOneByOrFail({ id: resource.id }));
  });
}
