import { payloadOf, payloadWith } from '@ekst/subgraph-kit';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { createSignInCode } from '../use-cases/create-sign-in-code.use-case';
import { erasePerson } from '../use-cases/erase-person.use-case';
import { requestPasswordReset, resetPassword } from '../use-cases/password-reset.use-case';
import { recordConsent, withdrawOwnConsent } from '../use-cases/record-consent.use-case';
import { recordSafeguardingCheck } from '../use-cases/record-safeguarding-check.use-case';
import { redeemSignInCode } from '../use-cases/redeem-sign-in-code.use-case';
import { refreshSession } from '../use-cases/refresh-session.use-case';
import { registerPerson } from '../use-cases/register-person.use-case';
import { revokeSessionsOf } from '../use-cases/revoke-sessions.use-case';
import { setPassword } from '../use-cases/set-password.use-case';
import { signInWithPassword } from '../use-cases/sign-in.use-case';
import { signOut } from '../use-cases/sign-out.use-case';
import { updatePerson } from '../use-cases/update-person.use-case';

/**
 * One line each, through the seam (STYLE.md): who may do what, and every rule, is decided in the
 * use case; `payloadOf`/`payloadWith` turn its result into the payload or a FORBIDDEN error.
 */
export const mutationResolvers: MutationResolvers = {
  registerPerson: (_r, args, ctx) => registerPerson(ctx.deps, args).then(payloadOf('person')),
  updatePerson: (_r, args, ctx) => updatePerson(ctx.deps, args).then(payloadOf('person')),
  recordConsent: (_r, args, ctx) =>
    recordConsent(ctx.deps, args).then(payloadWith({ consent: null, state: null })),
  withdrawMyConsent: (_r, args, ctx) =>
    withdrawOwnConsent(ctx.deps, args).then(payloadWith({ consent: null, state: null })),
  recordSafeguardingCheck: (_r, args, ctx) =>
    recordSafeguardingCheck(ctx.deps, args).then(payloadWith({ check: null, clearance: null })),
  erasePerson: (_r, args, ctx) => erasePerson(ctx.deps, args).then(payloadOf('erasedId')),
  signIn: (_r, args, ctx) => signInWithPassword(ctx.deps, args).then(payloadOf('session')),
  redeemSignInCode: (_r, args, ctx) => redeemSignInCode(ctx.deps, args).then(payloadOf('session')),
  refreshSession: (_r, args, ctx) => refreshSession(ctx.deps, args).then(payloadOf('session')),
  signOut: (_r, args, ctx) => signOut(ctx.deps, args).then(payloadWith({ signedOut: false })),
  createSignInCode: (_r, args, ctx) =>
    createSignInCode(ctx.deps, args).then(payloadWith({ code: null, expiresAt: null })),
  setPassword: (_r, args, ctx) =>
    setPassword(ctx.deps, args).then(payloadWith({ revokedSessions: 0 })),
  requestPasswordReset: (_r, { email }, ctx) =>
    requestPasswordReset(ctx.deps, email).then(payloadWith({ accepted: false })),
  resetPassword: (_r, { token, newPassword }, ctx) =>
    resetPassword(ctx.deps, token, newPassword).then(payloadWith({ passwordSet: false })),
  revokeSessions: (_r, args, ctx) =>
    revokeSessionsOf(ctx.deps, args).then(payloadWith({ revoked: 0 })),
};
