import type { Resolvers, UserError } from '../__generated__/resolvers-types';
import type { EventEntity } from '../entities/event.entity';

/** What the event mutations' use cases return; the payload's `warnings` are resolved from it. */
export interface EventPayloadModel {
  event?: EventEntity | null;
  errors: UserError[];
}

/**
 * The clash warnings of a create or update payload: the event's warnings as committed, so the
 * organiser sees them at once (the mutation itself stays one line through the use case).
 */
export const clashResolvers: Pick<Resolvers, 'CreateEventPayload' | 'EventPayload' | 'EventClash'> =
  {
    CreateEventPayload: {
      warnings: (payload, _args, ctx) =>
        payload.event ? ctx.clashesByEvent.load(payload.event) : [],
    },
    EventPayload: {
      warnings: (payload, _args, ctx) =>
        payload.event ? ctx.clashesByEvent.load(payload.event) : [],
    },
    EventClash: {
      partner: (c) => ({ id: c.partnerId }),
    },
  };
