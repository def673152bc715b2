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

export type ReminderCountScope =
  | { kind: 'all' }
  | { kind: 'partner'; partnerId: string }
  | { kind: 'none'; reason: string };

/**
 * Whose invitations a caller may count (invited, not yet answered), for reminders. Reminders go
 * school by school (students have no contact details; their school chases them), and heads govern
 * their school as champions run its part of the programme: so a head or champion counts their
 * own partner's invitees, of any survey, and the coordinator everyone's. Counts only, never who.
 */
export function reminderCountScope(caller: Caller): ReminderCountScope {
  if (caller.kind !== 'person')
    return { kind: 'none', reason: 'Reminder counts are for people, not API keys' };
  if (hasRole(caller, 'COORDINATOR')) return { kind: 'all' };
  if (hasRole(caller, 'HEAD', 'CHAMPION') && caller.partnerId)
    return { kind: 'partner', partnerId: caller.partnerId.toLowerCase() };
  return {
    kind: 'none',
    reason:
      "Reminder counts: the coordinator, and heads and champions for their own school's invitees",
  };
}

/** Unpublished yearly summaries: the coordinator only. */
export function seesUnpublishedSummaries(caller: Caller): boolean {
  return caller.kind === 'person' && hasRole(caller, 'COORDINATOR');
}

/** Publishing a year's summary to associates is the coordinator's, who alone sees it unpublished. */
export function mayPublishImpactSummaries(caller: Caller): boolean {
  return seesUnpublishedSummaries(caller);
}

/**
 * The annual impact report (the partnership's document for heads and funders, aggregates only,
 * suppressed as every report): the coordinator, who produces it, and heads, who govern the
 * partnership. Champions read their school's numbers in the graph; nobody else gets it.
 */
export function mayDownloadAnnualReport(caller: Caller): boolean {
  return caller.kind === 'person' && hasRole(caller, 'COORDINATOR', 'HEAD');
}
