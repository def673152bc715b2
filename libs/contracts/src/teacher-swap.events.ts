import { z } from 'zod';

/**
 * teacher-swap's events: ids, dates and subjects only. A teacher swap names two people, so what
 * they wrote stays in teacher-swap; consumers that need more ask the graph.
 */

/**
 * The swap is fixed (both heads approved, the host confirmed the visitor's checks). The events
 * service puts a TEACHER_SWAP_VISIT into the programme at the host school.
 */
export const swapScheduledV1 = z.object({
  swapId: z.uuid(),
  hostPartnerId: z.uuid(),
  /** added beside the brief's fields: the school the visitor comes from */
  visitingPartnerId: z.uuid(),
  visitingTeacherId: z.uuid(),
  hostTeacherId: z.uuid(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  subjects: z.array(z.string().min(1)).min(1),
});
export type SwapScheduledV1 = z.infer<typeof swapScheduledV1>;

/** The visit happened; evaluation asks both teachers to reflect. */
export const swapCompletedV1 = z.object({
  swapId: z.uuid(),
  completedOn: z.iso.date(),
  teacherIds: z.array(z.uuid()),
});
export type SwapCompletedV1 = z.infer<typeof swapCompletedV1>;

/**
 * One teacher's reflection is in. Deliberately WITHOUT the reflection's text: it is free text a
 * teacher writes about colleagues and pupils, so it may identify people and stays in teacher-swap
 * (its data policy covers it); evaluation reads it through the graph (`Swap.reflections`) when it
 * needs the words. The aims it addressed are a closed, non-identifying list and travel here.
 */
export const swapReflectedV1 = z.object({
  swapId: z.uuid(),
  teacherId: z.uuid(),
  partnerId: z.uuid(),
  reflectedOn: z.iso.date(),
  aims: z.array(z.string().min(1)),
});
export type SwapReflectedV1 = z.infer<typeof swapReflectedV1>;

/**
 * @deprecated v1 carried the teacher's own reason, free text that may name or describe people
 * (an illness, a family matter). Producers send v2 since; consumers keep a v1 handler only until
 * the v1 messages already on the topic have aged out (topic retention), then drop it.
 */
export const swapWithdrawnV1 = z.object({
  swapId: z.uuid(),
  reason: z.string().min(1).max(500),
});
export type SwapWithdrawnV1 = z.infer<typeof swapWithdrawnV1>;

/**
 * The swap will not happen (withdrawn before it took place); a scheduled visit is cancelled.
 * Ids only: the reason stays in teacher-swap (`Swap.withdrawnReason`, read through the graph).
 */
export const swapWithdrawnV2 = z.object({
  swapId: z.uuid(),
});
export type SwapWithdrawnV2 = z.infer<typeof swapWithdrawnV2>;

export const SwapEvents = {
  scheduled: { type: 'SwapScheduled', version: 1, schema: swapScheduledV1 },
  completed: { type: 'SwapCompleted', version: 1, schema: swapCompletedV1 },
  reflected: { type: 'SwapReflected', version: 1, schema: swapReflectedV1 },
  /** what teacher-swap sends: ids only */
  withdrawn: { type: 'SwapWithdrawn', version: 2, schema: swapWithdrawnV2 },
  /** @deprecated accepted by consumers while v1 messages remain on the topic; never sent */
  withdrawnV1: { type: 'SwapWithdrawn', version: 1, schema: swapWithdrawnV1 },
} as const;
