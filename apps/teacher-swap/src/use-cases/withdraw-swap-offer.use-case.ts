import type { Caller } from '@ekst/auth';
import { forbidden, isUuid, userError } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { mayWithdraw } from '../domain/swap-offer-visibility';
import { SwapOfferEntity } from '../entities/swap-offer.entity';

export type WithdrawSwapOfferResult =
  | { swapOffer: SwapOfferEntity; errors: [] }
  | { swapOffer: null; errors: UserError[] };

/**
 * Withdraws an open offer. The status test is in the UPDATE itself (not a read-then-write), so two
 * concurrent withdrawals cannot both succeed and a second one changes nothing.
 */
export async function withdrawSwapOffer(
  dataSource: DataSource,
  caller: Caller,
  id: string,
): Promise<WithdrawSwapOfferResult> {
  const repo = dataSource.getRepository(SwapOfferEntity);
  const offer = isUuid(id) ? await repo.findOneBy({ id }) : null;
  if (!offer)
    return { swapOffer: null, errors: [userError('NOT_FOUND', 'no such swap offer', 'id')] };
  if (!mayWithdraw(caller, offer))
    throw forbidden('Only the teacher who made an offer, or the coordinator, can withdraw it');

  const result = await repo
    .createQueryBuilder()
    .update(SwapOfferEntity)
    .set({ status: 'WITHDRAWN', withdrawnAt: () => 'now()' })
    .where('id = :id AND status = :open', { id: offer.id, open: 'OPEN' })
    .execute();
  if (result.affected !== 1) {
    return {
      swapOffer: null,
      errors: [userError('NOT_OPEN', 'only an open offer can be withdrawn', 'id')],
    };
  }
  return { swapOffer: await repo.findOneByOrFail({ id: offer.id }), errors: [] };
}
