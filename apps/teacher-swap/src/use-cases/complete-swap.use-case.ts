import { SwapEvents } from '@ekst/contracts';
import { done, refused } from '@ekst/subgraph-kit';
import { ukToday } from '../domain/swap-offer-rules';
import { stepSwap } from '../domain/swap-lifecycle';
import { mayRunSwap } from '../domain/swap-permissions';
import { SwapEntity } from '../entities/swap.entity';
import { lockSwap, stateOf, stepRefused, swapNotFound } from './swap-step';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

/**
 * The coordinator or the host head records that the visit happened (not before its first day);
 * both teachers may then reflect.
 */
export async function completeSwap(
  deps: TeacherSwapDeps,
  id: string,
): Promise<TeacherSwapResult<SwapEntity>> {
  return deps.transaction(async ({ manager: m, clock, outbox }) => {
    const swap = await lockSwap(m, id);
    if (!swap) return swapNotFound();
    if (!mayRunSwap(deps.caller, swap))
      return refused("Only the coordinator or the host school's head completes a swap");
    const today = ukToday(clock.now());
    const step = stepSwap(await stateOf(m, swap), {
      kind: 'complete',
      started: swap.startsOn <= today,
    });
    if (!step.ok) return stepRefused(step);

    swap.status = step.next.status;
    swap.completedOn = today;
    await m.getRepository(SwapEntity).save(swap);
    await outbox.append(SwapEvents.completed, swap.id, {
      swapId: swap.id,
      completedOn: swap.completedOn,
      teacherIds: [swap.visitingTeacherId, swap.hostTeacherId],
    });
    return done(swap);
  });
}
