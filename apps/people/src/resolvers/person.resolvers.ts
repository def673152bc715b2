import { forbidden, isUuid, unauthenticated, userError } from '@ekst/subgraph-kit';
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
  mayErase,
  mayRegister,
  mayRevokeSessionsOf,
} from '../domain/person-visibility';
import { clearanceOn, isoDay } from '../domain/safeguarding-clearance';
import type { PersonEntity } from '../entities/person.entity';
import { erasePerson } from '../use-cases/erase-person.use-case';
import { listPeople } from '../use-cases/list-people.use-case';
import { recordConsent, withdrawOwnConsent } from '../use-cases/record-consent.use-case';
import { recordSafeguardingCheck } from '../use-cases/record-safeguarding-check.use-case';
import { registerPerson } from '../use-cases/register-person.use-case';
import {
  createSignInCode,
  redeemSignInCode,
  refreshSession,
  revokeSessionsOf,
  setPassword,
  signInWithPassword,
  signOut,
} from '../use-cases/sign-in.use-case';
import { updatePerson } from '../use-cases/update-person.use-case';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

const notFound = (field: string) => [userError('NOT_FOUND', 'no such person', field)];

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
      const day = on ?? isoDay(new Date());
      if (!DAY.test(day) || Number.isNaN(Date.parse(day)))
        throw badInput('on must be a date (YYYY-MM-DD)');
      const person = await visiblePerson(ctx, personId);
      if (!person || !canSeeSafeguarding(ctx.caller, person)) return null;
      return {
        personId: person.id,
        on: day,
        ...clearanceOn(await ctx.safeguardingChecksOf.load(person.id), day),
      };
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
    updatePerson: async (_root, { id, input }, ctx) => {
      if (!isUuid(id)) return { person: null, errors: notFound('id') };
      const existing = await ctx.personById.load(id);
      // Someone who cannot even see the person learns nothing about whether they exist.
      if (!existing || !canSeePerson(ctx.scope, existing))
        return { person: null, errors: notFound('id') };
      const result = await updatePerson(ctx.dataSource, ctx.caller, id.toLowerCase(), input, {
        topic: ctx.ownTopic,
      });
      if ('forbidden' in result && result.forbidden) {
        throw forbidden(
          'Only the coordinator, or a head or champion of this partner, can change its people',
        );
      }
      return result;
    },
    recordConsent: async (_root, { input }, ctx) => {
      if (!isUuid(input.personId))
        return { consent: null, state: null, errors: notFound('personId') };
      const result = await recordConsent(
        ctx.dataSource,
        ctx.caller,
        { ...input, personId: input.personId.toLowerCase() },
        { topic: ctx.ownTopic },
      );
      if ('forbidden' in result && result.forbidden) throw forbidden(result.forbidden);
      return result;
    },
    withdrawMyConsent: async (_root, { kind, noticeVersion }, ctx) => {
      if (ctx.caller.kind !== 'person') throw unauthenticated('Sign in first');
      if (!isUuid(ctx.caller.subject))
        return { consent: null, state: null, errors: [userError('NOT_FOUND', 'no such person')] };
      const result = await withdrawOwnConsent(
        ctx.dataSource,
        ctx.caller,
        { kind, noticeVersion },
        { topic: ctx.ownTopic },
      );
      // Withdrawing is always the person's own right; nothing else is asked of this path.
      if ('forbidden' in result && result.forbidden) throw forbidden(result.forbidden);
      return result;
    },
    recordSafeguardingCheck: async (_root, { input }, ctx) => {
      if (!isUuid(input.personId))
        return { check: null, clearance: null, errors: notFound('personId') };
      const result = await recordSafeguardingCheck(
        ctx.dataSource,
        ctx.caller,
        { ...input, personId: input.personId.toLowerCase() },
        { topic: ctx.ownTopic },
      );
      if ('forbidden' in result && result.forbidden) {
        throw forbidden(
          "Only the coordinator, or a head or champion of the person's partner, can record safeguarding checks",
        );
      }
      return result.check
        ? {
            ...result,
            clearance: {
              personId: input.personId.toLowerCase(),
              on: isoDay(new Date()),
              ...result.clearance,
            },
          }
        : result;
    },
    erasePerson: async (_root, { id }, ctx) => {
      if (!mayErase(ctx.caller)) throw forbidden('Only the coordinator can erase a person');
      if (!isUuid(id)) return { erasedId: null, errors: notFound('id') };
      return erasePerson(ctx.dataSource, id.toLowerCase(), { topic: ctx.ownTopic });
    },
    signIn: async (_root, { email, password }, ctx) =>
      signInWithPassword(ctx.dataSource, await ctx.signer(), email, password),
    redeemSignInCode: async (_root, { code }, ctx) =>
      redeemSignInCode(ctx.dataSource, await ctx.signer(), code),
    refreshSession: async (_root, { refreshToken }, ctx) =>
      refreshSession(ctx.dataSource, await ctx.signer(), refreshToken),
    signOut: async (_root, { refreshToken }, ctx) => ({
      signedOut: await signOut(ctx.dataSource, refreshToken),
    }),
    createSignInCode: async (_root, { personId }, ctx) => {
      if (!isUuid(personId)) return { code: null, expiresAt: null, errors: notFound('personId') };
      const existing = await ctx.personById.load(personId);
      if (!existing || !canSeePerson(ctx.scope, existing)) {
        return { code: null, expiresAt: null, errors: notFound('personId') };
      }
      const result = await createSignInCode(ctx.dataSource, ctx.caller, personId.toLowerCase());
      if ('forbidden' in result && result.forbidden) {
        throw forbidden('You cannot set up a sign-in for this person');
      }
      return { ...result, expiresAt: result.expiresAt?.toISOString() ?? null };
    },
    setPassword: async (_root, { currentPassword, newPassword, refreshToken }, ctx) => {
      if (ctx.caller.kind !== 'person') throw unauthenticated('Sign in first');
      return setPassword(
        ctx.dataSource,
        ctx.caller.subject,
        currentPassword ?? null,
        newPassword,
        refreshToken ?? null,
        ctx.caller.sessionId ?? null,
      );
    },
    revokeSessions: async (_root, { personId }, ctx) => {
      if (!mayRevokeSessionsOf(ctx.caller, personId))
        throw forbidden('You cannot sign this person out');
      if (!isUuid(personId)) return { revoked: 0 };
      return { revoked: await revokeSessionsOf(ctx.dataSource, personId.toLowerCase()) };
    },
  },
  Person: {
    __resolveReference: (ref, ctx) => visiblePerson(ctx, ref.id),
    partner: (person) => ({ id: person.partnerId }),
    email: (person, _args, ctx) => (canSeeEmail(ctx.caller, person) ? person.email : null),
    phone: (person, _args, ctx) => (canSeeEmail(ctx.caller, person) ? person.phone : null),
    consentState: async (person, _args, ctx) =>
      canSeeConsentState(ctx.caller, person)
        ? currentConsent(await ctx.consentRecordsOf.load(person.id))
        : null,
    consentRecords: async (person, _args, ctx) =>
      canSeeConsentRecords(ctx.caller, person) ? ctx.consentRecordsOf.load(person.id) : null,
    safeguardingChecks: async (person, _args, ctx) =>
      canSeeSafeguarding(ctx.caller, person) ? ctx.safeguardingChecksOf.load(person.id) : null,
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
