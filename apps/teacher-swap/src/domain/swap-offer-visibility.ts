import { hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';

/**
 * Which offers a caller may see. The coordinator sees all. School staff browse the open pool and
 * see their own offers in any status. Students, finance, ambassadors and associates see none:
 * swaps are staff business.
 */
export type SwapOfferScope =
  | { kind: 'all' }
  | { kind: 'open-and-own'; selfId: string | null }
  | { kind: 'none' };

export function swapOfferScopeFor(caller: Caller): SwapOfferScope {
  if (hasRole(caller, 'COORDINATOR')) return { kind: 'all' };
  if (hasRole(caller, 'HEAD', 'CHAMPION', 'TEACHER')) {
    return {
      kind: 'open-and-own',
      selfId: caller.kind === 'person' ? caller.subject.toLowerCase() : null,
    };
  }
  return { kind: 'none' };
}

export function canSeeOffer(
  scope: SwapOfferScope,
  offer: { teacherId: string; status: string },
): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'open-and-own':
      return offer.status === 'OPEN' || offer.teacherId === scope.selfId;
    case 'none':
      return false;
  }
}

/** Only a teacher offers a swap, and only for themself. */
export function mayCreateOffer(caller: Caller): boolean {
  return caller.kind === 'person' && hasRole(caller, 'TEACHER');
}

export function mayWithdraw(caller: Caller, offer: { teacherId: string }): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  return caller.kind === 'person' && caller.subject.toLowerCase() === offer.teacherId;
}
