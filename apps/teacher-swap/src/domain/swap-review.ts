import type { Role } from '@ekst/auth';
import type { Sector } from '@ekst/contracts';
import type { SwapStatus } from './swap-lifecycle';
import type { SwapParties } from './swap-permissions';
import { checkEligibility } from './teacher-eligibility';

/** A teacher as the person projection has them now. */
export interface TeacherNow {
  readonly partnerId: string;
  readonly roles: readonly Role[];
}

/** A partner as the partner projection has it now. */
export interface PartnerNow {
  readonly sector: Sector;
  readonly status: 'ACTIVE' | 'LEFT';
}

/** One side of a swap as the projections see it today (null: not known, e.g. erased). */
export interface SwapSideNow {
  readonly teacher: TeacherNow | null;
  /** the teacher's current partner (not necessarily the swap's school) */
  readonly partner: PartnerNow | null;
}

/**
 * Statuses in which the swap is still to happen. PROPOSED is included as well as the approved
 * ones: the PersonUpdated handler leaves listings in any live swap to the swap's lifecycle, so
 * without a flag a proposal for a teacher who left would wait unnoticed for two heads.
 */
const UNDER_REVIEW: ReadonlySet<SwapStatus> = new Set<SwapStatus>([
  'PROPOSED',
  'APPROVED',
  'CHECKS_CONFIRMED',
  'SCHEDULED',
]);

function sideReason(
  label: 'host' | 'visiting',
  schoolOfSwap: string,
  now: SwapSideNow,
): string | null {
  const eligibility = checkEligibility(now.teacher, now.partner);
  if (!eligibility.eligible) return `the ${label} teacher: ${eligibility.message}`;
  // A move within the sector keeps a listing, but the swap was agreed with the old school.
  if (now.teacher?.partnerId !== schoolOfSwap)
    return `the ${label} teacher has moved to another school since the swap was matched`;
  return null;
}

/**
 * Why a swap that is still to happen needs the coordinator's review, or null when it does not:
 * a teacher who is no longer an eligible teacher (lost the TEACHER role, their partner left or is
 * not a school) or has moved school. Computed on read from the projections, so it follows every
 * PersonUpdated and partner event without a stored flag. Each side's reason, host first.
 */
export function swapReviewReason(
  swap: SwapParties & { readonly status: SwapStatus },
  host: SwapSideNow,
  visiting: SwapSideNow,
): string | null {
  if (!UNDER_REVIEW.has(swap.status)) return null;
  const reasons = [
    sideReason('host', swap.hostPartnerId, host),
    sideReason('visiting', swap.visitingPartnerId, visiting),
  ].filter((r): r is string => r !== null);
  return reasons.length ? reasons.join('; ') : null;
}
