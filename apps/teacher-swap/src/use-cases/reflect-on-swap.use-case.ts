import { z } from 'zod';
import { SwapEvents } from '@ekst/contracts';
import { done, refused, rejectedAll, userErrorsFromZod } from '@ekst/subgraph-kit';
import { ukToday } from '../domain/swap-offer-rules';
import { stepSwap } from '../domain/swap-lifecycle';
import { teacherSideOf } from '../domain/swap-permissions';
import { SwapReflectionEntity } from '../entities/swap-reflection.entity';
import { SwapEntity } from '../entities/swap.entity';
import { lockSwap, stateOf, stepRefused, swapNotFound } from './swap-step';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

/** The partnership's aims, as events declares them (and the graph's `Aim` enum). */
const AIMS = [
  'WIDENING_HORIZONS',
  'RAISING_ASPIRATIONS',
  'CONFIDENCE',
  'RESILIENCE',
  'WELLBEING',
  'COMMUNITY',
] as const;

const reflectionSchema = z.object({
  text: z.string().trim().min(1, 'write something').max(4000, 'must be at most 4000 characters'),
  aims: z
    .array(z.enum(AIMS))
    .max(AIMS.length)
    .transform((aims) => [...new Set(aims)]),
});

/**
 * Each teacher of a completed swap reflects once; the second reflection makes it REFLECTED.
 * SwapReflected tells evaluation who reflected and on which aims; the text stays here.
 */
export async function reflectOnSwap(
  deps: TeacherSwapDeps,
  id: string,
  input: unknown,
): Promise<TeacherSwapResult<SwapEntity>> {
  const parsed = reflectionSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  return deps.transaction(async ({ manager: m, clock, outbox }) => {
    const swap = await lockSwap(m, id);
    if (!swap) return swapNotFound();
    const side = teacherSideOf(deps.caller, swap);
    if (!side) return refused('Only the two teachers of a swap reflect on it, each for themself');
    const step = stepSwap(await stateOf(m, swap), { kind: 'reflect', side });
    if (!step.ok) return stepRefused(step);

    const teacherId = side === 'HOST' ? swap.hostTeacherId : swap.visitingTeacherId;
    const partnerId = side === 'HOST' ? swap.hostPartnerId : swap.visitingPartnerId;
    const reflectedOn = ukToday(clock.now());
    await m.getRepository(SwapReflectionEntity).insert({
      swapId: swap.id,
      teacherId,
      text: parsed.data.text,
      aims: parsed.data.aims,
      reflectedOn,
    });
    swap.status = step.next.status;
    await m.getRepository(SwapEntity).save(swap);
    await outbox.append(SwapEvents.reflected, swap.id, {
      swapId: swap.id,
      teacherId,
      partnerId,
      reflectedOn,
      aims: parsed.data.aims,
    });
    return done(swap);
  });
}
