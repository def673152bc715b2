import type { AccessLogKind } from '@ekst/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { PeopleContext } from '../context';
import { currentConsent } from '../domain/consent-state';
import { decodeCursor, pageSize } from '../domain/person-cursor';
import {
  canSeeConsentRecords,
  canSeeConsentState,
  canSeeEmail,
  canSeePerson,
  canSeeSafeguarding,
  canSeeViaEvents,
} from '../domain/person-visibility';
import { londonDate } from '@ekst/subgraph-kit';
import { clearanceOn } from '../domain/safeguarding-clearance';
import type { PersonEntity } from '../entities/person.entity';
import { listPeople } from '../use-cases/list-people.use-case';
import { mutationResolvers } from './mutation.resolvers';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * Batched through the request's loader; a person the caller may not see is indistinguishable from
 * none. Besides the caller's own scope, an event can make someone visible (its registrants to its
 * organisers and host staff, its organisers to its registrants): references and `person(id)` only,
 * never the lists, which stay a partner's own people.
 */
async function visiblePerson(ctx: PeopleContext, id: string): Promise<PersonEntity | null> {
  const person = await ctx.personById.load(id);
  if (!person) return null;
  return canSeePerson(ctx.scope, person) ||
    canSeeViaEvents(ctx.caller, person, person.eventLinks, new Date())
    ? person
    : null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Returns what a resolver read, after noting the read in the access log (issue 20) when there is
 * something to show: the log names the person and the kind of data, never the data. The caller's
 * own data is left out by the log itself.
 */
function logged<T>(
  ctx: PeopleContext,
  kind: AccessLogKind,
  operation: string,
  person: { id: string },
  value: T,
): T {
  if (value !== null && value !== undefined) ctx.accessLog.record(kind, operation, [person.id]);
  return value;
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
    mayWorkWithChildren: async (_root, { personId, on }, ctx) => {
      const day = on ?? londonDate(new Date());
      if (!DAY.test(day) || Number.isNaN(Date.parse(day)))
        throw badInput('on must be a date (YYYY-MM-DD)');
      const person = await visiblePerson(ctx, personId);
      if (!person || !canSeeSafeguarding(ctx.caller, person)) return null;
      ctx.accessLog.record('SAFEGUARDING', 'Query.mayWorkWithChildren', [person.id]);
      return {
        personId: person.id,
        on: day,
        ...clearanceOn(await ctx.safeguardingChecksOf.load(person.id), day),
      };
    },
  },
  Mutation: mutationResolvers,
  Person: {
    __resolveReference: (ref, ctx) => visiblePerson(ctx, ref.id),
    partner: (person) => ({ id: person.partnerId }),
    email: (person, _args, ctx) =>
      logged(
        ctx,
        'CONTACT',
        'Person.email',
        person,
        canSeeEmail(ctx.caller, person) ? person.email : null,
      ),
    phone: (person, _args, ctx) =>
      logged(
        ctx,
        'CONTACT',
        'Person.phone',
        person,
        canSeeEmail(ctx.caller, person) ? person.phone : null,
      ),
    consentState: async (person, _args, ctx) =>
      canSeeConsentState(ctx.caller, person)
        ? logged(
            ctx,
            'CONSENT',
            'Person.consentState',
            person,
            currentConsent(await ctx.consentRecordsOf.load(person.id)),
          )
        : null,
    consentRecords: async (person, _args, ctx) =>
      canSeeConsentRecords(ctx.caller, person)
        ? logged(
            ctx,
            'CONSENT',
            'Person.consentRecords',
            person,
            await ctx.consentRecordsOf.load(person.id),
          )
        : null,
    safeguardingChecks: async (person, _args, ctx) =>
      canSeeSafeguarding(ctx.caller, person)
        ? logged(
            ctx,
            'SAFEGUARDING',
            'Person.safeguardingChecks',
            person,
            await ctx.safeguardingChecksOf.load(person.id),
          )
        : null,
  },
  ConsentRecord: {
    givenAt: (r) => r.givenAt.toISOString(),
    recordedAt: (r) => r.recordedAt.toISOString(),
  },
  ConsentState: {
    decidedAt: (s) => s.decidedAt?.toISOString() ?? null,
  },
  AuthSession: {
    accessTokenExpiresAt: (s) => s.accessTokenExpiresAt.toISOString(),
    refreshTokenExpiresAt: (s) => s.refreshTokenExpiresAt.toISOString(),
  },
  Partner: {
    // Partners are owned by partners-governance; this subgraph only needs the key.
    __resolveReference: (ref) => ({ id: ref.id }),
    people: (partner, { role }, ctx) => ctx.peopleOfPartner(role ?? null).load(partner.id),
  },
};
