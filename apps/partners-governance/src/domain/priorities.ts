import { z } from 'zod';
import { academicYearSchema } from '@ekst/contracts';

/** The aims' codes, owned here as reference data (the `aim` table); the same as the Aim enums. */
export const AIM_CODES = [
  'WIDENING_HORIZONS',
  'RAISING_ASPIRATIONS',
  'CONFIDENCE',
  'RESILIENCE',
  'WELLBEING',
  'COMMUNITY',
] as const;

/** The Heads Group's priorities for one year, as a whole ordered list (replacing the last one). */
export const prioritiesSchema = z.object({
  academicYear: academicYearSchema,
  priorities: z
    .array(
      z.object({
        title: z
          .string()
          .trim()
          .min(2, 'must be at least 2 characters')
          .max(200, 'must be at most 200 characters'),
        description: z.string().trim().max(2000, 'must be at most 2000 characters'),
        aims: z.array(z.enum(AIM_CODES)).max(AIM_CODES.length),
      }),
    )
    .max(20, 'at most 20 priorities a year'),
});
