import { z } from 'zod';
import { hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import { MAX_THEME_LENGTH, MAX_THEMES, normaliseTheme } from './focus-group';

/**
 * A quote names its respondent's school only when at least this many of that school's students
 * answered the same survey: fewer, and the school plus the event could point to a child.
 */
export const MIN_RESPONDENTS_BEHIND_A_SCHOOL = 10;

/** Marking a quote publishable (it may then appear in the annual report) is the coordinator's. */
export function mayAnnotateStudentVoices(caller: Caller): boolean {
  return caller.kind === 'person' && hasRole(caller, 'COORDINATOR');
}

export const studentVoiceAnnotationSchema = z
  .object({
    id: z.uuid('must be a quote id'),
    publishable: z.boolean().nullish(),
    themes: z
      .array(
        z
          .string()
          .transform(normaliseTheme)
          .pipe(
            z
              .string()
              .min(1, 'a theme cannot be blank')
              .max(MAX_THEME_LENGTH, `a theme has at most ${MAX_THEME_LENGTH} characters`),
          ),
      )
      .max(MAX_THEMES, `at most ${MAX_THEMES} themes`)
      .transform((themes) => [...new Set(themes)])
      .nullish(),
  })
  .refine((a) => a.publishable != null || a.themes != null, {
    message: 'give publishable, themes or both',
    path: ['publishable'],
  });
export type StudentVoiceAnnotation = z.output<typeof studentVoiceAnnotationSchema>;
