import { z } from 'zod';
import { hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';

/** The partnership's aims, as the events service tags events with them. */
export const AIMS = [
  'WIDENING_HORIZONS',
  'RAISING_ASPIRATIONS',
  'CONFIDENCE',
  'RESILIENCE',
  'WELLBEING',
  'COMMUNITY',
] as const;
export type Aim = (typeof AIMS)[number];

export const MAX_THEMES = 10;
export const MAX_THEME_LENGTH = 40;
export const MAX_SUMMARY_LENGTH = 5000;

/**
 * One spelling per theme, so counts add up: trimmed, inner whitespace collapsed to one space,
 * lower-case. "Careers  Advice " and "careers advice" are the same theme.
 */
export function normaliseTheme(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toLowerCase();
}

const isoDate = z.iso.date({ message: 'must be a date such as 2025-03-14' });

export const newFocusGroupNoteSchema = z.object({
  eventId: z.uuid('must be an event id').nullish(),
  partnerId: z.uuid('must be a partner id').nullish(),
  heldOn: isoDate,
  aims: z
    .array(z.enum(AIMS))
    .min(1, 'tag at least one aim')
    .transform((aims) => [...new Set(aims)]),
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
    .transform((themes) => [...new Set(themes)])
    .pipe(
      z
        .array(z.string())
        .min(1, 'tag at least one theme')
        .max(MAX_THEMES, `at most ${MAX_THEMES} themes`),
    ),
  summary: z
    .string()
    .trim()
    .min(1, 'write what the group said')
    .max(MAX_SUMMARY_LENGTH, `at most ${MAX_SUMMARY_LENGTH} characters`),
  participantCount: z.number().int('a whole number of people').min(1, 'at least one participant'),
});
export type NewFocusGroupNote = z.output<typeof newFocusGroupNoteSchema>;

/** First and last-plus-one dates of an academic year (1 September – 31 August), 2025 = 2025/26. */
export function academicYearDates(academicYear: number): { from: string; to: string } {
  return { from: `${academicYear}-09-01`, to: `${academicYear + 1}-09-01` };
}

export type NoteScope =
  | { kind: 'all' }
  | { kind: 'partner'; partnerId: string }
  | { kind: 'forbidden'; reason: string };

/**
 * Who reads focus group notes: the coordinator every note; heads and champions their own
 * partner's. Nobody else: a summary is free text that may name a student by accident.
 */
export function noteReadScope(caller: Caller): NoteScope {
  if (caller.kind !== 'person')
    return { kind: 'forbidden', reason: 'Focus group notes are internal' };
  if (hasRole(caller, 'COORDINATOR')) return { kind: 'all' };
  if (hasRole(caller, 'HEAD', 'CHAMPION') && caller.partnerId)
    return { kind: 'partner', partnerId: caller.partnerId };
  return {
    kind: 'forbidden',
    reason: 'Only the coordinator, heads and champions read focus group notes',
  };
}

/** Whether the caller may record notes at all (for some partner): the role alone decides. */
export function mayRecordFocusGroupNotes(caller: Caller): boolean {
  return noteReadScope(caller).kind !== 'forbidden';
}

/**
 * Who records a note, and for which partner: the coordinator for any partner or the whole
 * partnership (null); heads and champions for their own partner only (the default when they
 * name none).
 */
export function noteWriteScope(
  caller: Caller,
  requestedPartnerId: string | null,
): { kind: 'ok'; partnerId: string | null } | { kind: 'forbidden'; reason: string } {
  const scope = noteReadScope(caller);
  if (scope.kind === 'forbidden')
    return {
      kind: 'forbidden',
      reason: 'Only the coordinator, heads and champions record focus group notes',
    };
  if (scope.kind === 'all') return { kind: 'ok', partnerId: requestedPartnerId };
  if (requestedPartnerId !== null && requestedPartnerId !== scope.partnerId)
    return {
      kind: 'forbidden',
      reason: "Heads and champions record notes for their own partner's groups only",
    };
  return { kind: 'ok', partnerId: scope.partnerId };
}
