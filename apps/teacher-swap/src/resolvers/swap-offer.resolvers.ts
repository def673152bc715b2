import { forbidden } from '@ekst/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { TeacherSwapContext } from '../context';
import { canSeeOffer } from '../domain/swap-offer-visibility';
import type { SwapOfferEntity } from '../entities/swap-offer.entity';
import { listSwapOffers } from '../use-cases/list-swap-offers.use-case';

/** Batched through the request's loader; an offer the caller may not see is indistinguishable from none. */
async function visibleOffer(ctx: TeacherSwapContext, id: string): Promise<SwapOfferEntity | null> {
  const offer = await ctx.swapOfferById.load(id);
  return offer && canSeeOffer(ctx.scope, offer) ? offer : null;
}

export const resolvers: Resolvers = {
  Query: {
    swapOffers: (_root, { status, sector }, ctx) => {
      if (ctx.scope.kind === 'none')
        throw forbidden('Teacher swaps are visible to school staff and the coordinator');
      return listSwapOffers(ctx.dataSource, ctx.scope, {
        status: status ?? null,
        sector: sector ?? null,
      });
    },
    swapOffer: (_root, { id }, ctx) => visibleOffer(ctx, id),
  },
  SwapOffer: {
    __resolveReference: (ref, ctx) => visibleOffer(ctx, ref.id),
    teacher: (offer) => ({ id: offer.teacherId }),
    createdAt: (offer) => offer.createdAt.toISOString(),
  },
  Person: {
    // People are owned by the people subgraph; this one only needs the key.
    __resolveReference: (ref) => ({ id: ref.id }),
    swapOffers: (person, _args, ctx) => ctx.swapOffersOfTeacher.load(person.id),
  },
};
