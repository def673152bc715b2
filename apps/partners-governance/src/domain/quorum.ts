/**
 * Quorum is counted per partner represented, not per person (DOMAIN.md): three champions of one
 * school make one partner present. A group stores one rule: at least N partners, or at least a
 * percentage of the partners that have members in the group.
 */
export type QuorumRule =
  | { kind: 'MIN_PARTNERS'; value: number }
  | { kind: 'PERCENT_OF_MEMBER_PARTNERS'; value: number };

export interface AttendanceLine {
  partnerId: string;
  status: 'PRESENT' | 'APOLOGIES';
}

/** The distinct partners with at least one person PRESENT (apologies do not count). */
export function partnersRepresented(attendance: readonly AttendanceLine[]): string[] {
  return [
    ...new Set(attendance.filter((a) => a.status === 'PRESENT').map((a) => a.partnerId)),
  ].sort();
}

/** How many partners must be present under `rule`, given how many partners have members. */
export function partnersNeeded(rule: QuorumRule, memberPartners: number): number {
  switch (rule.kind) {
    case 'MIN_PARTNERS':
      return rule.value;
    case 'PERCENT_OF_MEMBER_PARTNERS':
      // Rounded up: 50% of 5 partners is 3, never 2.5 met by 2. At least one partner, always.
      return Math.max(1, Math.ceil((rule.value * memberPartners) / 100));
  }
}

export interface QuorumAnswer {
  partnersRepresented: string[];
  partnersNeeded: number;
  quorate: boolean;
}

/**
 * Whether a meeting is quorate. `memberPartnerIds` are the partners with members in the group on
 * the day; a present attendee's partner counts only if it is one of them, so a guest from outside
 * the group does not make up the numbers.
 */
export function quorum(
  rule: QuorumRule,
  attendance: readonly AttendanceLine[],
  memberPartnerIds: readonly string[],
): QuorumAnswer {
  const members = new Set(memberPartnerIds);
  const represented = partnersRepresented(attendance).filter((p) => members.has(p));
  const needed = partnersNeeded(rule, members.size);
  return {
    partnersRepresented: represented,
    partnersNeeded: needed,
    quorate: represented.length >= needed,
  };
}
