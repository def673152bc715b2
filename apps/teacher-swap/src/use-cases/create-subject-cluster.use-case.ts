import { randomUUID } from 'node:crypto';
import { done, refused, rejectedAll, userErrorsFromZod } from '@ekst/subgraph-kit';
import { mayCreateCluster, newClusterSchema } from '../domain/cluster-rules';
import { SubjectClusterEntity } from '../entities/subject-cluster.entity';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

/** The coordinator creates a subject cluster; teachers then join it. */
export async function createSubjectCluster(
  deps: TeacherSwapDeps,
  input: unknown,
): Promise<TeacherSwapResult<SubjectClusterEntity>> {
  if (!mayCreateCluster(deps.caller))
    return refused('Only the coordinator creates subject clusters');
  const parsed = newClusterSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  return deps.transaction(async ({ manager }) => {
    const repo = manager.getRepository(SubjectClusterEntity);
    const cluster = repo.create({ id: randomUUID(), ...parsed.data });
    await repo.insert(cluster);
    return done(await repo.findOneByOrFail({ id: cluster.id }));
  });
}
