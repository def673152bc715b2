import { done, isUuid, refused, rejected, userError } from '@ekst/subgraph-kit';
import { mayWithdraw } from '../domain/swap-offer-visibility';
import { SwapRequestEntity } from '../entities/swap-request.entity';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

/**
 * The request's teacher, or the coordinator, withdraws an open request; like an offer, the status
 * test is in the UPDATE so two concurrent withdrawals cannot both succeed. A swap already made
 * from the request keeps its own copy of the parties and goes on (it is withdrawn on its own).
 */
export async function withdrawSwapRequest(
  deps: TeacherSwapDeps,
  id: string,
): Promise<TeacherSwapResult<SwapRequestEntity>> {
  return deps.transaction(async ({ manager, clock }) => {
    const repo = manager.getRepository(SwapRequestEntity);
    const request = isUuid(id) ? await repo.findOneBy({ id }) : null;
    if (!request) return rejected(userError('NOT_FOUND', 'no such swap request', 'id'));
    if (!mayWithdraw(deps.caller, request))
      return refused('Only the teacher who made a request, or the coordinator, can withdraw it');

    const result = await repo
      .createQueryBuilder()
      .update(SwapRequestEntity)
      .set({ status: 'WITHDRAWN', withdrawnAt: clock.now() })
      .where('id = :id AND status = :open', { id: request.id, open: 'OPEN' })
      .execute();
    if (result.affected !== 1)
      return rejected(userError('NOT_OPEN', 'only an open request can be withdrawn', 'id'));
    return done(await repo.findOneByOrFail({ id: request.id }));
  });
}
