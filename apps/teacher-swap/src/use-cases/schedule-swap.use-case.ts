import { SwapEvents } from '@ekst/contracts';
import { done, refused } from '@ekst/subgraph-kit';
import { stepSwap } from '../domain/swap-lifecycle';
import { mayRunSwap } from '../domain/swap-permissions';
import { SwapEntity } from '../entities/swap.entity';
import { lockSwap, stateOf, stepRefused, swapNotFound } from './swap-step';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

/**
 * The coordinator or the host head fixes a swap whose checks are confirmed. SwapScheduled goes
 * out in the same transaction: the events service puts the visit into the programme.
 */
export async function scheduleSwap(
  deps: TeacherSwapDeps,
  id: string,
): Promise<TeacherSwapResult<SwapEntity>> {
  return deps.transaction(async ({ manager: m, clock, outbox }) => {
    const swap = await lockSwap(m, id);
    if (!swap) return swapNotFound();
    if (!mayRunSwap(deps.caller, swap))
      return refused("Only the coordinator or the host school's head schedules a swap");
    const step = stepSwap(await stateOf(m, swap), { kind: 'schedule' });
    if (!step.ok) return stepRefused(step);

    swap.status = step.next.status;
    swap.scheduledAt = clock.now();
    await m.getRepository(SwapEntity).save(swap);
    await outbox.append(SwapEvents.scheduled, swap.id, {
      swapId: swap.id,
      hostPartnerId: swap.hostPartnerId,
      visitingPartnerId: swap.visitingPartnerId,
      visitingTeacherId: swap.visitingTeacherId,
      hostTeacherId: swap.hostTeacherId,
      startsOn: swap.startsOn,
      endsOn: swap.endsOn,
      subjects: swap.subjects,
    });
    return done(swap);
  });
}
