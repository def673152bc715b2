import { forbidden } from '@ekst/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { PeopleContext } from '../context';
import { decodeCursor, pageSize } from '../domain/person-cursor';
import { canSeeEmail, canSeePerson, mayRegister } from '../domain/person-visibility';
import type { PersonEntity } from '../entities/person.entity';
import { listPeople } from '../use-cases/list-people.use-case';
import { registerPerson } from '../use-cases/register-person.use-case';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Batched through the request's loader; a person the caller may not see is indistinguishable from none. */
async function visiblePerson(ctx: PeopleContext, id: string): Promise<PersonEntity | null> {
  const person = await ctx.personById.load(id);
  return person && canSeePerson(ctx.scope, person) ? person : null;
}

export const resolvers: Resolvers = {
  Query: {
    me: (_root, _args, ctx) =>
      ctx.caller.kind === 'person' ? ctx.personById.load(ctx.caller.subject) : null,
    person: (_root, { id }, ctx) => visiblePerson(ctx, id),
    people: (_root, args, ctx) => {
      const size = pageSize(args.first);
      if (size === null) throw badInput('first must be a positive whole number');
      const after = args.after ? decodeCursor(args.after) : null;
      if (args.after && !after) throw badInput('after is not a cursor from this list');
      return listPeople(
        ctx.dataSource,
        ctx.scope,
        {
          partnerId: args.partnerId?.toLowerCase() ?? null,
          role: args.role ?? null,
          yearGroup: args.yearGroup ?? null,
        },
        { size, after },
      );
    },
  },
  Mutation: {
    registerPerson: async (_root, { input }, ctx) => {
      if (!mayRegister(ctx.caller, input.partnerId, input.roles)) {
        throw forbidden(
          'Only the coordinator, or a head or champion of this partner, can register its people',
        );
      }
      return registerPerson(ctx.dataSource, input, { topic: ctx.ownTopic });
    },
  },
  Person: {
    __resolveReference: (ref, ctx) => visiblePerson(ctx, ref.id),
    partner: (person) => ({ id: person.partnerId }),
    email: (person, _args, ctx) => (canSeeEmail(ctx.caller, person) ? person.email : null),
  },
  Partner: {
    // Partners are owned by partners-governance; this subgraph only needs the key.
    __resolveReference: (ref) => ({ id: ref.id }),
    people: (partner, { role }, ctx) => ctx.peopleOfPartner(role ?? null).load(partner.id),
  },
};
