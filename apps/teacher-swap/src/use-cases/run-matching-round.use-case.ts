import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { done, refused } from '@ekst/subgraph-kit';
import { matchPool } from '../domain/matching';
import { mayMatch } from '../domain/swap-permissions';
import { SwapEntity } from '../entities/swap.entity';
import { insertProposal, openPool, swapFromMatch, toCandidates } from './swap-candidates';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

/**
 * The coordinator matches the whole open pool at once (an optimal assignment, not first-fit) and
 * stores each proposal as a PROPOSED swap with its explanation. Offers and requests already in a
 * live swap are not in the pool, and pairs proposed before are excluded, so running a round twice
 * proposes nothing new.
 */
export async function runMatchingRound(
  deps: TeacherSwapDeps,
): Promise<TeacherSwapResult<{ proposed: SwapEntity[] }>> {
  if (!mayMatch(deps.caller)) return refused('Only the coordinator runs a matching round');
  return deps.transaction(async ({ manager: m, clock }) => {
    // One round at a time: a second waits and then finds the pool already matched.
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('teacher-swap:matching-round'))`);
    const pool = await openPool(m);
    const offers = await toCandidates(m, pool.offers);
    const requests = await toCandidates(m, pool.requests);
    const excluded: Array<{ offerId: string; requestId: string }> = await m
      .getRepository(SwapEntity)
      .find({ select: { offerId: true, requestId: true }, where: { status: 'WITHDRAWN' } });
    const now = clock.now();
    const matches = matchPool(offers, requests, { now, excluded });

    const offerById = new Map(pool.offers.map((o) => [o.id, o]));
    const requestById = new Map(pool.requests.map((r) => [r.id, r]));
    const offerCandidate = new Map(offers.map((c) => [c.id, c]));
    const requestCandidate = new Map(requests.map((c) => [c.id, c]));
    const inserted: string[] = [];
    for (const match of matches) {
      const offer = offerById.get(match.offerId);
      const request = requestById.get(match.requestId);
      const oc = offerCandidate.get(match.offerId);
      const rc = requestCandidate.get(match.requestId);
      if (!offer || !request || !oc || !rc) continue;
      const swap = swapFromMatch(
        randomUUID(),
        offer,
        request,
        { offer: oc, request: rc },
        match,
        false,
      );
      if (await insertProposal(m, swap, now)) inserted.push(swap.id);
    }
    const proposed =
      inserted.length === 0
        ? []
        : await m
            .getRepository(SwapEntity)
            .find({ where: { id: In(inserted) }, order: { score: 'DESC', id: 'ASC' } });
    return done({ proposed });
  });
}
