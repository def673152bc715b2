import type { z } from 'zod';

/** Pairs an event's name and version with the zod schema of its payload. */
export interface EventDefinition<TSchema extends z.ZodType = z.ZodType> {
  readonly type: string;
  readonly version: number;
  readonly schema: TSchema;
}
