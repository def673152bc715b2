import { hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import type { SwapSide } from './swap-lifecycle';

/** The parties of a swap, as permissions need them. */
export interface SwapParties {
  readonly hostTeacherId: string;
  readonly visitingTeacherId: string;
  readonly hostPartnerId: string;
  readonly visitingPartnerId: string;
}

/**
 * Which swaps a caller may see: the coordinator all; a head their school's (host or visiting);
 * a teacher their own. Swaps name two teachers, so no one else sees them.
 */
export type SwapScope =
  | { kind: 'all' }
  | { kind: 'school-or-own'; partnerId: string | null; selfId: string | null }
  | { kind: 'none' };

function selfOf(caller: Caller): string | null {
  return caller.kind === 'person' ? caller.subject.toLowerCase() : null;
}

export function swapScopeFor(caller: Caller): SwapScope {
  if (hasRole(caller, 'COORDINATOR')) return { kind: 'all' };
  const partnerId = hasRole(caller, 'HEAD') ? caller.partnerId : null;
  const selfId = hasRole(caller, 'TEACHER', 'HEAD') ? selfOf(caller) : null;
  if (partnerId === null && selfId === null) return { kind: 'none' };
  return { kind: 'school-or-own', partnerId, selfId };
}

export function canSeeSwap(scope: SwapScope, swap: SwapParties): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'school-or-own':
      return (
        (scope.partnerId !== null &&
          (swap.hostPartnerId === scope.partnerId || swap.visitingPartnerId === scope.partnerId)) ||
        (scope.selfId !== null &&
          (swap.hostTeacherId === scope.selfId || swap.visitingTeacherId === scope.selfId))
      );
    case 'none':
      return false;
  }
}

/** The side whose head the caller is, or null: only a school's head approves for it. */
export function headSideOf(caller: Caller, swap: SwapParties): SwapSide | null {
  if (!hasRole(caller, 'HEAD') || caller.partnerId === null) return null;
  if (caller.partnerId === swap.hostPartnerId) return 'HOST';
  if (caller.partnerId === swap.visitingPartnerId) return 'VISITING';
  return null;
}

/** The side whose teacher the caller is, or null: a teacher reflects only on their own swap. */
export function teacherSideOf(caller: Caller, swap: SwapParties): SwapSide | null {
  const self = selfOf(caller);
  if (self === null) return null;
  if (self === swap.hostTeacherId) return 'HOST';
  if (self === swap.visitingTeacherId) return 'VISITING';
  return null;
}

/** The host school confirms the visitor's checks in writing: its head does, no one else. */
export function mayConfirmChecks(caller: Caller, swap: SwapParties): boolean {
  return headSideOf(caller, swap) === 'HOST';
}

/** Scheduling and completing: the coordinator, or the host school's head. */
export function mayRunSwap(caller: Caller, swap: SwapParties): boolean {
  return hasRole(caller, 'COORDINATOR') || headSideOf(caller, swap) === 'HOST';
}

/** Either teacher, either head, or the coordinator may withdraw a swap before it happens. */
export function mayWithdrawSwap(caller: Caller, swap: SwapParties): boolean {
  return (
    hasRole(caller, 'COORDINATOR') ||
    headSideOf(caller, swap) !== null ||
    teacherSideOf(caller, swap) !== null
  );
}

/** Only the coordinator runs a matching round or pins a pair. */
export function mayMatch(caller: Caller): boolean {
  return hasRole(caller, 'COORDINATOR');
}
