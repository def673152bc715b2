import { hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';

export type ReportScope =
  | { kind: 'all' }
  | { kind: 'partner'; partnerId: string }
  | { kind: 'forbidden'; reason: string };

/**
 * Who may read impact reports, and of whose students: the coordinator any partner's or all;
 * heads and champions their own partner's only. Students, teachers, ambassadors, finance and
 * associates read none (associates see published summaries only).
 */
export function reportScope(caller: Caller, requestedPartnerId: string | null): ReportScope {
  if (caller.kind === 'person' && hasRole(caller, 'COORDINATOR')) {
    return requestedPartnerId
      ? { kind: 'partner', partnerId: requestedPartnerId }
      : { kind: 'all' };
  }
  if (caller.kind === 'person' && hasRole(caller, 'HEAD', 'CHAMPION') && caller.partnerId) {
    if (requestedPartnerId && requestedPartnerId !== caller.partnerId)
      return {
        kind: 'forbidden',
        reason: "Heads and champions see their own partner's reports only",
      };
    return { kind: 'partner', partnerId: caller.partnerId };
  }
  return {
    kind: 'forbidden',
    reason: 'Only the coordinator, heads and champions read impact reports',
  };
}

/** Reminder counts: the coordinator and champions, who chase responses. */
export function canSeeNonResponders(caller: Caller): boolean {
  return caller.kind === 'person' && hasRole(caller, 'COORDINATOR', 'CHAMPION');
}

/** Unpublished yearly summaries: the coordinator only. */
export function seesUnpublishedSummaries(caller: Caller): boolean {
  return caller.kind === 'person' && hasRole(caller, 'COORDINATOR');
}
