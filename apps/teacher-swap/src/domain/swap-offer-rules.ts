import { z } from 'zod';

export const PHASES = ['PRIMARY', 'KS3', 'KS4', 'KS5'] as const;
export type Phase = (typeof PHASES)[number];
export type SwapOfferStatus = 'OPEN' | 'WITHDRAWN';
/** Swaps cross between these two sectors only; universities and associates do not swap. */
export const SWAP_SECTORS = ['STATE', 'INDEPENDENT'] as const;
export type SwapSector = (typeof SWAP_SECTORS)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

/** Today's date where the schools are, so "not in the past" flips at midnight UK time, not UTC. */
export function ukToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The rules for a new offer; `today` is a parameter so the rule is pure and testable. */
export function newSwapOfferSchema(today: string) {
  return z
    .object({
      subjects: z
        .array(
          z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters'),
        )
        .min(1, 'give at least one subject')
        .max(5, 'give at most 5 subjects')
        .refine(
          (subjects) => new Set(subjects.map((s) => s.toLowerCase())).size === subjects.length,
          'must not repeat a subject',
        ),
      phase: z.enum(PHASES),
      availableFrom: isoDate.refine(
        (d) => !ISO_DATE.test(d) || d >= today,
        'must not be in the past',
      ),
      availableTo: isoDate,
      maxTravelMiles: z
        .number()
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .max(60, 'must be at most 60'),
      // Blank notes are no notes.
      notes: z
        .string()
        .trim()
        .max(1000, 'must be at most 1000 characters')
        .nullish()
        .transform((n) => (n ? n : null)),
    })
    .refine(
      (o) =>
        !ISO_DATE.test(o.availableFrom) ||
        !ISO_DATE.test(o.availableTo) ||
        o.availableFrom <= o.availableTo,
      {
        path: ['availableTo'],
        message: 'must not be before availableFrom',
      },
    );
}

export type NewSwapOffer = z.infer<ReturnType<typeof newSwapOfferSchema>>;
