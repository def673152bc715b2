import { z } from 'zod';
import { SwapEvents } from '@ekst/contracts';
import { done, refused, rejectedAll, userErrorsFromZod } from '@ekst/subgraph-kit';
import { stepSwap } from '../domain/swap-lifecycle';
import { mayWithdrawSwap } from '../domain/swap-permissions';
import { SwapEntity } from '../entities/swap.entity';
import { lockSwap, stateOf, stepRefused, swapNotFound } from './swap-step';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

const reasonSchema = z.object({
  reason: z.string().trim().min(1, 'say why').max(500, 'must be at most 500 characters'),
});

/**
 * Either teacher, either head or the coordinator withdraws a swap before it happens, saying why.
 * SwapWithdrawn (ids only; the reason stays here) lets the events service take a scheduled visit
 * out of the programme. The offer and
 * request stay as they are: the live-swap indexes ignore a withdrawn swap, so they can be matched again.
 */
export async function withdrawSwap(
  deps: TeacherSwapDeps,
  id: string,
  reason: string,
): Promise<TeacherSwapResult<SwapEntity>> {
  const parsed = reasonSchema.safeParse({ reason });
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  return deps.transaction(async ({ manager: m, clock, outbox }) => {
    const swap = await lockSwap(m, id);
    if (!swap) return swapNotFound();
    if (!mayWithdrawSwap(deps.caller, swap))
      return refused("Only the swap's teachers, their heads or the coordinator can withdraw it");
    const step = stepSwap(await stateOf(m, swap), { kind: 'withdraw' });
    if (!step.ok) return stepRefused(step);

    swap.status = step.next.status;
    swap.withdrawnAt = clock.now();
    swap.withdrawnReason = parsed.data.reason;
    await m.getRepository(SwapEntity).save(swap);
    // The reason is free text about people: it stays in this database, never on Kafka.
    await outbox.append(SwapEvents.withdrawn, swap.id, { swapId: swap.id });
    return done(swap);
  });
}
