import { done, refused } from '@ekst/subgraph-kit';
import { stepSwap } from '../domain/swap-lifecycle';
import { headSideOf } from '../domain/swap-permissions';
import { SwapEntity } from '../entities/swap.entity';
import { lockSwap, stateOf, stepRefused, swapNotFound } from './swap-step';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

/** The head of the host or the visiting school approves for their school; both make it APPROVED. */
export async function approveSwap(
  deps: TeacherSwapDeps,
  id: string,
): Promise<TeacherSwapResult<SwapEntity>> {
  return deps.transaction(async ({ manager: m, clock }) => {
    const swap = await lockSwap(m, id);
    if (!swap) return swapNotFound();
    const side = headSideOf(deps.caller, swap);
    if (!side)
      return refused('Only the head of the host or the visiting school can approve a swap');
    const step = stepSwap(await stateOf(m, swap), { kind: 'approve', side });
    if (!step.ok) return stepRefused(step);

    if (side === 'HOST') swap.hostApprovedAt = clock.now();
    else swap.visitingApprovedAt = clock.now();
    swap.status = step.next.status;
    await m.getRepository(SwapEntity).save(swap);
    return done(swap);
  });
}
