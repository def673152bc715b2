import { forbidden, payloadOf } from '@ekst/subgraph-kit';
import type { UseCaseResult } from '@ekst/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { MutationResolvers, Resolvers } from '../__generated__/resolvers-types';
import { importRoster } from '../use-cases/import-roster.use-case';
import { searchEventRegistrants } from '../use-cases/event-registrant-search.query';
import { previewRollover, runRollover } from '../use-cases/rollover.use-case';

/** A query's result: its value, FORBIDDEN, or a BAD_USER_INPUT error carrying the user error. */
function valueOf<T>(result: UseCaseResult<T>): T {
  switch (result.kind) {
    case 'done':
      return result.value;
    case 'forbidden':
      throw forbidden(result.reason);
    case 'rejected':
      throw new GraphQLError(result.errors.map((e) => e.message).join('; '), {
        extensions: {
          code: 'BAD_USER_INPUT',
          field: result.errors[0]?.field ?? null,
          userErrorCode: result.errors[0]?.code,
        },
      });
  }
}

// --- roster import, rollover --- (one line each, through the seam)
export const rosterMutationResolvers: MutationResolvers = {
  importRoster: (_r, args, ctx) => importRoster(ctx.deps, args).then(payloadOf('report')),
  runRollover: (_r, args, ctx) => runRollover(ctx.deps, args).then(payloadOf('rollover')),
};

export const rosterResolvers: Pick<Resolvers, 'Query' | 'RolloverGroup' | 'Person'> = {
  Query: {
    previewRollover: (_r, args, ctx) => previewRollover(ctx.deps, args).then(valueOf),
    eventRegistrantSearch: async (_r, args, ctx) => {
      const found = valueOf(await searchEventRegistrants(ctx.deps, args));
      // Who is on an event's register, read by name at the door: logged like the register itself
      // (one entry naming those found, never the prefix typed; issue 20).
      ctx.accessLog.record(
        'REGISTRATIONS',
        'Query.eventRegistrantSearch',
        found.map((p) => p.id),
      );
      return found;
    },
  },
  RolloverGroup: {
    partner: (g) => ({ id: g.partnerId }),
  },
  Person: {
    leftOn: (p) => p.leftOn,
  },
};
