import { londonDate } from '@ekst/subgraph-kit';
/**
 * Term-calendar clashes: an event on a day when a participating partner's school is on holiday,
 * has an INSET (staff training) day or is sitting exams. A warning, never a refusal: the
 * organiser may know better (a holiday club, a sixth-form-only event). Pure; no I/O.
 */

/** The kinds of a partner's calendar that make a date unsuitable (terms themselves do not). */
export const CLASHING_KINDS = ['HOLIDAY', 'INSET_DAY', 'EXAM_PERIOD'] as const;
export type ClashKind = (typeof CLASHING_KINDS)[number];

export interface TermDateRange {
  readonly partnerId: string;
  readonly kind: string;
  /** ISO dates, both inclusive */
  readonly startsOn: string;
  readonly endsOn: string;
  readonly label: string | null;
}

export interface TermClash {
  readonly partnerId: string;
  readonly kind: ClashKind;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly message: string;
}

/** Schools keep UK dates: an event's days are its local dates in Europe/London. */
export { londonDate };

const WHAT: Record<ClashKind, string> = {
  HOLIDAY: 'a school holiday',
  INSET_DAY: 'an INSET (staff training) day',
  EXAM_PERIOD: 'an exam period',
};

function isClashing(kind: string): kind is ClashKind {
  return (CLASHING_KINDS as readonly string[]).includes(kind);
}

/**
 * Every range of a participating partner's calendar that shares a day with the event, one
 * warning per range, in date order. `participants` are the partners taking part (see
 * `participatingPartners`); ranges of other partners are ignored.
 */
export function findClashes(
  event: { readonly startsAt: Date; readonly endsAt: Date },
  participants: ReadonlySet<string>,
  ranges: readonly TermDateRange[],
): TermClash[] {
  const first = londonDate(event.startsAt);
  const last = londonDate(event.endsAt);
  return ranges
    .filter((r) => participants.has(r.partnerId) && isClashing(r.kind))
    .filter((r) => r.startsOn <= last && first <= r.endsOn)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.partnerId.localeCompare(b.partnerId))
    .map((r) => {
      const kind = r.kind as ClashKind;
      const when =
        r.startsOn === r.endsOn ? `on ${r.startsOn}` : `from ${r.startsOn} to ${r.endsOn}`;
      const label = r.label ? ` (${r.label})` : '';
      return {
        partnerId: r.partnerId,
        kind,
        startsOn: r.startsOn,
        endsOn: r.endsOn,
        message: `A participating partner has ${WHAT[kind]}${label} ${when}.`,
      };
    });
}

/**
 * Who takes part in an event, for clash warnings: its host, and every partner whose people hold
 * or wait for a place (any registration not cancelled). Events have no list of invited partners,
 * so until someone registers only the host is known; the warning grows as partners sign up.
 */
export function participatingPartners(
  hostPartnerId: string | null,
  registrantPartnerIds: readonly (string | null)[],
): Set<string> {
  const ids = new Set<string>();
  if (hostPartnerId) ids.add(hostPartnerId);
  for (const id of registrantPartnerIds) if (id) ids.add(id);
  return ids;
}
