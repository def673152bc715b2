import type { Role } from '@ekst/auth';
import type { Sector } from '@ekst/contracts';
import type { SwapSector } from './swap-offer-rules';

export type EligibilityCode =
  | 'UNKNOWN_TEACHER'
  | 'NOT_A_TEACHER'
  | 'UNKNOWN_PARTNER'
  | 'PARTNER_LEFT'
  | 'WRONG_SECTOR';

export type Eligibility =
  | { eligible: true; sector: SwapSector }
  | { eligible: false; code: EligibilityCode; message: string };

/**
 * Whether a person may offer a swap, from what this service has been told by people and
 * partners-governance. Only teachers of a state or independent school swap: that is the
 * partnership's cross-sector aim.
 */
export function checkEligibility(
  person: { roles: readonly Role[] } | null,
  partner: { sector: Sector; status: 'ACTIVE' | 'LEFT' } | null,
): Eligibility {
  if (!person)
    return {
      eligible: false,
      code: 'UNKNOWN_TEACHER',
      message: 'this teacher is not known to teacher swaps yet',
    };
  if (!person.roles.includes('TEACHER'))
    return { eligible: false, code: 'NOT_A_TEACHER', message: 'only teachers can offer a swap' };
  if (!partner)
    return {
      eligible: false,
      code: 'UNKNOWN_PARTNER',
      message: "the teacher's partner is not known to teacher swaps yet",
    };
  if (partner.status !== 'ACTIVE')
    return {
      eligible: false,
      code: 'PARTNER_LEFT',
      message: "the teacher's partner has left the partnership",
    };
  switch (partner.sector) {
    case 'STATE':
    case 'INDEPENDENT':
      return { eligible: true, sector: partner.sector };
    case 'HIGHER_EDUCATION':
    case 'COMMUNITY':
      return {
        eligible: false,
        code: 'WRONG_SECTOR',
        message: 'swaps are between state and independent schools',
      };
  }
}
