import { done, isUuid, refused, rejected, userError } from '@ekst/subgraph-kit';
import { mayWithdraw } from '../domain/swap-offer-visibility';
import { SwapOfferEntity } from '../entities/swap-offer.entity';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

/**
 * The offer's teacher, or the coordinator, withdraws an open offer. The status test is in the
 * UPDATE itself (not a read-then-write), so of two concurrent withdrawals one succeeds and the
 * other changes nothing and gets NOT_OPEN.
 */
export async function withdrawSwapOffer(
  deps: TeacherSwapDeps,
  id: string,
): Promise<TeacherSwapResult<SwapOfferEntity>> {
  return deps.transaction(async ({ manager, clock }) => {
    const repo = manager.getRepository(SwapOfferEntity);
    const offer = isUuid(id) ? await repo.findOneBy({ id }) : null;
    if (!offer) return rejected(userError('NOT_FOUND', 'no such swap offer', 'id'));
    if (!mayWithdraw(deps.caller, offer))
      return refused('Only the teacher who made an offer, or the coordinator, can withdraw it');

    const result = await repo
      .createQueryBuilder()
      .update(SwapOfferEntity)
      .set({ status: 'WITHDRAWN', withdrawnAt: clock.now() })
      .where('id = :id AND status = :open', { id: offer.id, open: 'OPEN' })
      .execute();
    if (result.affected !== 1)
      return rejected(userError('NOT_OPEN', 'only an open offer can be withdrawn', 'id'));
    return done(await repo.findOneByOrFail({ id: offer.id }));
  });
}
