import { z } from 'zod';

export const SAFEGUARDING_CHECK_KINDS = [
  'ENHANCED_DBS_BARRED_LIST',
  'ENHANCED_DBS',
  'IDENTITY',
  'EMPLOYER_CONFIRMATION',
] as const;
export type SafeguardingCheckKind = (typeof SAFEGUARDING_CHECK_KINDS)[number];

/**
 * Checks that clear an adult to work with children unsupervised: an enhanced DBS with a barred
 * list check, or written confirmation from their employing school that it holds one (how a
 * visiting teacher is cleared). An enhanced DBS without the barred list, or an identity check,
 * does not clear anyone on its own.
 */
export const CLEARING_KINDS: readonly SafeguardingCheckKind[] = [
  'ENHANCED_DBS_BARRED_LIST',
  'EMPLOYER_CONFIRMATION',
];

export interface CheckLike {
  kind: SafeguardingCheckKind;
  /** YYYY-MM-DD */
  checkedOn: string;
  /** YYYY-MM-DD, inclusive */
  reviewOn: string;
}

export interface Clearance {
  cleared: boolean;
  basis: SafeguardingCheckKind | null;
  /** the last day the clearance holds, when cleared */
  validUntil: string | null;
}

/** Whether the checks clear the person on `on` (YYYY-MM-DD), and until when at the latest. */
export function clearanceOn(checks: readonly CheckLike[], on: string): Clearance {
  const valid = checks
    .filter((c) => CLEARING_KINDS.includes(c.kind) && c.checkedOn <= on && on <= c.reviewOn)
    .sort((a, b) => b.reviewOn.localeCompare(a.reviewOn));
  const best = valid[0];
  return best
    ? { cleared: true, basis: best.kind, validUntil: best.reviewOn }
    : { cleared: false, basis: null, validUntil: null };
}

const isoDate = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });

export function safeguardingInputSchema(today: string) {
  return z
    .object({
      kind: z.enum(SAFEGUARDING_CHECK_KINDS),
      // Certificate numbers and the like: short, no free text, so nobody pastes contents here.
      reference: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9/ -]{4,40}$/, 'must be 4–40 letters, digits, spaces, / or -'),
      checkedOn: isoDate,
      checkedBy: z.string().trim().min(2, 'must be at least 2 characters').max(100),
      reviewOn: isoDate,
    })
    .superRefine((c, ctx) => {
      if (c.checkedOn > today) {
        ctx.addIssue({ code: 'custom', path: ['checkedOn'], message: 'cannot be in the future' });
      }
      if (c.reviewOn < c.checkedOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['reviewOn'],
          message: 'must be on or after checkedOn',
        });
      }
    });
}
