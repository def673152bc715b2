import { present } from '@ekst/subgraph-kit';
/**
 * Partners over time: a partner's membership is a list of periods (joined, left with a reason,
 * joined again). Pure rules; the use cases load the periods under a lock and apply the decision.
 */

/** One stretch of membership. `leftOn` is the last day of it; null while it is open. */
export interface MembershipPeriod {
  readonly joinedOn: string;
  readonly leftOn: string | null;
}

export type MembershipStatus = 'ACTIVE' | 'LEFT';

/** What the partner row shows: the latest period (the one with the latest join date). */
export interface MembershipSummary {
  readonly joinedOn: string;
  readonly leftOn: string | null;
  readonly status: MembershipStatus;
}

/** The latest period decides: ACTIVE while it is open, LEFT once a leaving date is recorded. */
export function summariseMembership(periods: readonly MembershipPeriod[]): MembershipSummary {
  if (periods.length === 0) throw new Error('a partner always has at least one membership period');
  const latest = present(
    [...periods].sort((a, b) => a.joinedOn.localeCompare(b.joinedOn)).at(-1),
    'latest membership period',
  );
  return {
    joinedOn: latest.joinedOn,
    leftOn: latest.leftOn,
    status: latest.leftOn === null ? 'ACTIVE' : 'LEFT',
  };
}

/** Both ends inclusive (ISO dates compare as strings); an open period runs for ever. */
export function periodsOverlap(a: MembershipPeriod, b: MembershipPeriod): boolean {
  const aEnd = a.leftOn ?? '9999-12-31';
  const bEnd = b.leftOn ?? '9999-12-31';
  return a.joinedOn <= bEnd && b.joinedOn <= aEnd;
}

export type MembershipRefusal =
  | { readonly code: 'OVERLAPPING_PERIOD'; readonly message: string; readonly field: string }
  | { readonly code: 'INVALID'; readonly message: string; readonly field: string }
  | { readonly code: 'ALREADY_LEFT'; readonly message: string; readonly field: string };

export type MembershipDecision<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly refusal: MembershipRefusal };

/**
 * Leaving closes the open period. There must be one (a partner that has left cannot leave
 * again), and the leaving date cannot come before that period began.
 */
export function decideLeaving(
  periods: readonly MembershipPeriod[],
  leftOn: string,
): MembershipDecision<{ open: MembershipPeriod; closed: MembershipPeriod }> {
  const open = periods.find((p) => p.leftOn === null);
  if (!open) {
    return {
      ok: false,
      refusal: {
        code: 'ALREADY_LEFT',
        message: 'the partner has already left',
        field: 'partnerId',
      },
    };
  }
  if (leftOn < open.joinedOn) {
    return {
      ok: false,
      refusal: {
        code: 'INVALID',
        message: `must not be before the partner joined (${open.joinedOn})`,
        field: 'leftOn',
      },
    };
  }
  return { ok: true, value: { open, closed: { joinedOn: open.joinedOn, leftOn } } };
}

/**
 * Rejoining opens a new period, which may not overlap any earlier one (so it must start after the
 * last leaving date, and the partner must have left).
 */
export function decideRejoining(
  periods: readonly MembershipPeriod[],
  joinedOn: string,
): MembershipDecision<MembershipPeriod> {
  const next: MembershipPeriod = { joinedOn, leftOn: null };
  const clash = periods.find((p) => periodsOverlap(p, next));
  if (clash) {
    return {
      ok: false,
      refusal: {
        code: 'OVERLAPPING_PERIOD',
        message:
          clash.leftOn === null
            ? `the partner is a member since ${clash.joinedOn} and has not left`
            : `overlaps the membership from ${clash.joinedOn} to ${clash.leftOn}; rejoin after ${clash.leftOn}`,
        field: 'joinedOn',
      },
    };
  }
  return { ok: true, value: next };
}
