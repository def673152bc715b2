import { done, refused } from '@ekst/subgraph-kit';
import { checkCoversSwap, stepSwap } from '../domain/swap-lifecycle';
import { mayConfirmChecks } from '../domain/swap-permissions';
import { PersonSafeguardingEntity } from '../entities/person-safeguarding.entity';
import { SwapEntity } from '../entities/swap.entity';
import { lockSwap, personIdOf, stateOf, stepRefused, swapNotFound } from './swap-step';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

/**
 * The host school's head confirms in writing that the visitor's checks are in order. The head's
 * word is not enough on its own: what people last said of the visitor's check must cover every
 * day of the swap, or the confirmation is refused (NO_VALID_CHECK) and nothing changes.
 */
export async function confirmSwapChecks(
  deps: TeacherSwapDeps,
  id: string,
): Promise<TeacherSwapResult<SwapEntity>> {
  return deps.transaction(async ({ manager: m, clock }) => {
    const swap = await lockSwap(m, id);
    if (!swap) return swapNotFound();
    if (!mayConfirmChecks(deps.caller, swap))
      return refused("Only the host school's head confirms the visiting teacher's checks");
    const check = await m
      .getRepository(PersonSafeguardingEntity)
      .findOneBy({ personId: swap.visitingTeacherId });
    const step = stepSwap(await stateOf(m, swap), {
      kind: 'confirmChecks',
      visitorCheckValid: checkCoversSwap(check?.clearedUntil ?? null, swap.endsOn),
    });
    if (!step.ok) return stepRefused(step);

    swap.status = step.next.status;
    swap.checksConfirmedAt = clock.now();
    swap.checksConfirmedBy = personIdOf(deps.caller);
    await m.getRepository(SwapEntity).save(swap);
    return done(swap);
  });
}
