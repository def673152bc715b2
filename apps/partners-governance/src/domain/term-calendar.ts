import { z } from 'zod';
import { academicYearSchema, termDateKindSchema } from '@ekst/contracts';

const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

/**
 * The academic year "2026-27" runs from 1 August 2026 to 31 July 2027: every date range of that
 * year's calendar must lie inside it (a typo in the year is the usual mistake).
 */
export function academicYearBounds(year: string): { from: string; to: string } {
  const start = Number(year.slice(0, 4));
  return { from: `${start}-08-01`, to: `${start + 1}-07-31` };
}

export const termCalendarSchema = z
  .object({
    partnerId: z.uuid({ message: 'must be an id' }),
    academicYear: academicYearSchema,
    entries: z
      .array(
        z
          .object({
            kind: termDateKindSchema,
            startsOn: isoDate,
            endsOn: isoDate,
            label: z.string().trim().max(200, 'must be at most 200 characters').nullish(),
          })
          .refine((e) => e.endsOn >= e.startsOn, {
            message: 'must not be before startsOn',
            path: ['endsOn'],
          }),
      )
      .max(100, 'at most 100 date ranges a year'),
  })
  .superRefine((c, ctx) => {
    if (!academicYearSchema.safeParse(c.academicYear).success) return;
    const { from, to } = academicYearBounds(c.academicYear);
    c.entries.forEach((e, i) => {
      if (e.startsOn < from || e.endsOn > to) {
        ctx.addIssue({
          code: 'custom',
          message: `must lie within the academic year ${c.academicYear} (${from} to ${to})`,
          path: ['entries', i, 'startsOn'],
        });
      }
    });
  });

export type TermCalendarInput = z.infer<typeof termCalendarSchema>;
