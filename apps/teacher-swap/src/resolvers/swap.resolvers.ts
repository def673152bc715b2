import { forbidden } from '@ekst/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { TeacherSwapContext } from '../context';
import { canSeeOffer } from '../domain/swap-offer-visibility';
import { maySeeSwapCpd, swapCpdOf } from '../domain/swap-cpd';
import { canSeeSwap } from '../domain/swap-permissions';
import type { SwapSideNow } from '../domain/swap-review';
import { swapReviewReason } from '../domain/swap-review';
import type { SwapEntity } from '../entities/swap.entity';
import type { SwapRequestEntity } from '../entities/swap-request.entity';
import { listSwapRequests, listSwaps } from '../use-cases/list-swaps.use-case';

/** An invisible swap or request is indistinguishable from none. */
async function visibleSwap(ctx: TeacherSwapContext, id: string): Promise<SwapEntity | null> {
  const swap = await ctx.swapById.load(id);
  return swap && canSeeSwap(ctx.swapScope, swap) ? swap : null;
}
async function visibleRequest(
  ctx: TeacherSwapContext,
  id: string,
): Promise<SwapRequestEntity | null> {
  const request = await ctx.swapRequestById.load(id);
  return request && canSeeOffer(ctx.scope, request) ? request : null;
}

async function sideNow(ctx: TeacherSwapContext, teacherId: string): Promise<SwapSideNow> {
  const teacher = await ctx.personProjectionById.load(teacherId);
  const partner = teacher ? await ctx.partnerProjectionById.load(teacher.partnerId) : null;
  return { teacher, partner };
}

/** The review flag is the coordinator's: heads and teachers act through the lifecycle instead. */
async function reviewReason(ctx: TeacherSwapContext, swap: SwapEntity): Promise<string | null> {
  if (ctx.swapScope.kind !== 'all') return null;
  const [host, visiting] = await Promise.all([
    sideNow(ctx, swap.hostTeacherId),
    sideNow(ctx, swap.visitingTeacherId),
  ]);
  return swapReviewReason(swap, host, visiting);
}

/** Requests and swaps: queries and types (their mutations are in ./index.ts with the others). */
export const swapResolvers: Resolvers = {
  Query: {
    swapRequests: (_root, { status, sector }, ctx) => {
      if (ctx.scope.kind === 'none')
        throw forbidden('Swap requests are visible to school staff and the coordinator');
      return listSwapRequests(ctx.dataSource, ctx.scope, {
        status: status ?? null,
        sector: sector ?? null,
      });
    },
    swapRequest: (_root, { id }, ctx) => visibleRequest(ctx, id),
    swaps: async (_root, { status, needsReview }, ctx) => {
      if (ctx.swapScope.kind === 'none')
        throw forbidden('Swaps are visible to their teachers, their heads and the coordinator');
      const swaps = await listSwaps(ctx.dataSource, ctx.swapScope, status ?? null);
      if (needsReview == null) return swaps;
      // The flag is computed on read (no column), so the filter is too; the loaders batch it.
      const reasons = await Promise.all(swaps.map((swap) => reviewReason(ctx, swap)));
      return swaps.filter((_swap, i) => (reasons[i] !== null) === needsReview);
    },
    swap: (_root, { id }, ctx) => visibleSwap(ctx, id),
  },
  SwapRequest: {
    __resolveReference: (ref, ctx) => visibleRequest(ctx, ref.id),
    teacher: (request) => ({ id: request.teacherId }),
    createdAt: (request) => request.createdAt.toISOString(),
  },
  Swap: {
    __resolveReference: (ref, ctx) => visibleSwap(ctx, ref.id),
    offer: async (swap, _args, ctx) => {
      const offer = await ctx.swapOfferById.load(swap.offerId);
      return offer && canSeeOffer(ctx.scope, offer) ? offer : null;
    },
    request: (swap, _args, ctx) => visibleRequest(ctx, swap.requestId),
    visitingTeacher: (swap) => ({ id: swap.visitingTeacherId }),
    hostTeacher: (swap) => ({ id: swap.hostTeacherId }),
    visitingPartner: (swap) => ({ id: swap.visitingPartnerId }),
    hostPartner: (swap) => ({ id: swap.hostPartnerId }),
    hostApproved: (swap) => swap.hostApprovedAt !== null,
    visitingApproved: (swap) => swap.visitingApprovedAt !== null,
    checksConfirmedAt: (swap) => swap.checksConfirmedAt?.toISOString() ?? null,
    reflections: (swap, _args, ctx) => ctx.reflectionsOfSwap.load(swap.id),
    needsReview: async (swap, _args, ctx) => (await reviewReason(ctx, swap)) !== null,
    reviewReason: (swap, _args, ctx) => reviewReason(ctx, swap),
    createdAt: (swap) => swap.createdAt.toISOString(),
  },
  MatchExplanation: {
    subjectScore: (e) => e.score.subject,
    datesScore: (e) => e.score.dates,
    distanceScore: (e) => e.score.distance,
    waitingScore: (e) => e.score.waiting,
    total: (e) => e.score.total,
  },
  Person: {
    // Null rather than empty for a caller who sees no swaps at all (the entity-reference rule).
    swaps: async (person, _args, ctx) =>
      ctx.swapScope.kind === 'none'
        ? null
        : (await ctx.swapsOfTeacher.load(person.id)).map((row) => row.swap),
    swapCpd: async (person, _args, ctx) => {
      if (ctx.swapScope.kind === 'none') return null;
      const known = await ctx.personProjectionById.load(person.id);
      if (!maySeeSwapCpd(ctx.swapScope, { id: person.id, partnerId: known?.partnerId ?? null }))
        return null;
      const rows = await ctx.completedSwapsOfTeacher.load(person.id);
      return swapCpdOf(
        person.id.toLowerCase(),
        rows.map((row) => row.swap),
      );
    },
  },
  Partner: {
    // Partners are owned by partners-governance; this subgraph only needs the key.
    __resolveReference: (ref) => ({ id: ref.id }),
    swaps: async (partner, _args, ctx) =>
      ctx.swapScope.kind === 'none'
        ? null
        : (await ctx.swapsOfPartner.load(partner.id)).map((row) => row.swap),
  },
  SwapReflection: {
    teacher: (r) => ({ id: r.teacherId }),
  },
};
