import { randomUUID } from 'node:crypto';
import { done, isUuid, refused, rejected, userError } from '@ekst/subgraph-kit';
import { HARD_RULE_DESCRIPTIONS, hardRuleViolation, matchPool } from '../domain/matching';
import { mayMatch } from '../domain/swap-permissions';
import { SwapOfferEntity } from '../entities/swap-offer.entity';
import { SwapRequestEntity } from '../entities/swap-request.entity';
import { SwapEntity } from '../entities/swap.entity';
import { insertProposal, swapFromMatch, toCandidates } from './swap-candidates';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

/**
 * The coordinator pins a pair by hand. The hard rules still hold (a swap must cross sectors, share
 * a subject and phase, overlap in dates, be within both travel limits): a broken one is refused
 * with HARD_RULE_BROKEN naming it. The pair is scored and explained like a round's proposals.
 */
export async function proposeSwap(
  deps: TeacherSwapDeps,
  offerId: string,
  requestId: string,
): Promise<TeacherSwapResult<SwapEntity>> {
  if (!mayMatch(deps.caller)) return refused('Only the coordinator proposes a swap by hand');
  return deps.transaction(async ({ manager: m, clock }) => {
    const offer = isUuid(offerId)
      ? await m.getRepository(SwapOfferEntity).findOneBy({ id: offerId })
      : null;
    if (!offer) return rejected(userError('NOT_FOUND', 'no such swap offer', 'offerId'));
    const request = isUuid(requestId)
      ? await m.getRepository(SwapRequestEntity).findOneBy({ id: requestId })
      : null;
    if (!request) return rejected(userError('NOT_FOUND', 'no such swap request', 'requestId'));
    if (offer.status !== 'OPEN')
      return rejected(userError('NOT_OPEN', 'the offer has been withdrawn', 'offerId'));
    if (request.status !== 'OPEN')
      return rejected(userError('NOT_OPEN', 'the request has been withdrawn', 'requestId'));

    const [oc] = await toCandidates(m, [offer]);
    const [rc] = await toCandidates(m, [request]);
    if (!oc)
      return rejected(userError('UNKNOWN_TEACHER', "the offer's teacher is not known", 'offerId'));
    if (!rc)
      return rejected(
        userError('UNKNOWN_TEACHER', "the request's teacher is not known", 'requestId'),
      );
    const broken = hardRuleViolation(oc, rc);
    if (broken)
      return rejected(
        userError('HARD_RULE_BROKEN', `${broken}: ${HARD_RULE_DESCRIPTIONS[broken]}`),
      );

    const now = clock.now();
    const pair = { offerId: offer.id, requestId: request.id };
    const [match] = matchPool([oc], [rc], { now, pinned: [pair] });
    if (!match) return rejected(userError('HARD_RULE_BROKEN', 'the pair cannot be matched'));
    const swap = swapFromMatch(
      randomUUID(),
      offer,
      request,
      { offer: oc, request: rc },
      match,
      true,
    );
    if (!(await insertProposal(m, swap, now)))
      return rejected(
        userError(
          'NOT_OPEN',
          'the offer or the request is already in a swap, or this pair was proposed before',
        ),
      );
    return done(await m.getRepository(SwapEntity).findOneByOrFail({ id: swap.id }));
  });
}
