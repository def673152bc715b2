import { z } from 'zod';
import { hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import type { EVENT_STATUSES } from '@ekst/contracts';
import { INSTRUMENTS } from './instruments';

export const SURVEY_PHASES = ['PRE', 'POST'] as const;
export type SurveyPhase = (typeof SURVEY_PHASES)[number];
export const SURVEY_STATUSES = ['DRAFT', 'OPEN', 'CLOSED'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
type EventStatus = (typeof EVENT_STATUSES)[number];

const isoDateTime = z.iso.datetime({
  offset: true,
  message: 'must be an ISO date-time with an offset, e.g. 2025-03-14T09:00:00+00:00',
});

export const newSurveySchema = z
  .object({
    eventId: z.uuid('must be an event id'),
    phase: z.enum(SURVEY_PHASES),
    instrument: z.enum(INSTRUMENTS),
    opensAt: isoDateTime,
    closesAt: isoDateTime,
  })
  .superRefine((s, ctx) => {
    const opens = Date.parse(s.opensAt);
    const closes = Date.parse(s.closesAt);
    if (!Number.isNaN(opens) && !Number.isNaN(closes) && closes <= opens) {
      ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'must be after opensAt' });
    }
  });
export type NewSurvey = z.output<typeof newSurveySchema>;

export type SurveyTimingProblem = 'EVENT_CANCELLED' | 'TOO_EARLY' | 'TOO_LATE';

/**
 * A survey measures change across an event: a POST survey cannot open before the event has
 * ended, and a PRE survey must open before it starts (otherwise it is not a baseline). A
 * cancelled event has nothing to measure.
 */
export function surveyTimingProblem(
  survey: { phase: SurveyPhase; opensAt: Date },
  event: { status: EventStatus; startsAt: Date; endsAt: Date },
): SurveyTimingProblem | null {
  if (event.status === 'CANCELLED') return 'EVENT_CANCELLED';
  switch (survey.phase) {
    case 'POST':
      return survey.opensAt.getTime() < event.endsAt.getTime() ? 'TOO_EARLY' : null;
    case 'PRE':
      return survey.opensAt.getTime() >= event.startsAt.getTime() ? 'TOO_LATE' : null;
  }
}

export type OpenSurveyProblem = 'NOT_DRAFT' | SurveyTimingProblem | 'WINDOW_ENDED';

/**
 * Whether a DRAFT survey may open now. Opening is judged by the rule of creation with "now" as
 * the opening time: a PRE survey only before its event starts (it is a baseline), a POST survey
 * only once the event has ended; nor after its own window has closed.
 */
export function openSurveyProblem(
  survey: { phase: SurveyPhase; status: SurveyStatus; closesAt: Date },
  event: { status: EventStatus; startsAt: Date; endsAt: Date },
  now: Date,
): OpenSurveyProblem | null {
  if (survey.status !== 'DRAFT') return 'NOT_DRAFT';
  const timing = surveyTimingProblem({ phase: survey.phase, opensAt: now }, event);
  if (timing) return timing;
  return survey.closesAt.getTime() <= now.getTime() ? 'WINDOW_ENDED' : null;
}

/** The coordinator runs evaluation; heads and champions set up surveys for the programme. */
export function canManageSurveys(caller: Caller): boolean {
  return hasRole(caller, 'COORDINATOR', 'HEAD', 'CHAMPION');
}

/** Drafts are work in progress; respondents and others see a survey once it opens. */
export function visibleSurveyStatuses(caller: Caller): readonly SurveyStatus[] {
  return canManageSurveys(caller) ? SURVEY_STATUSES : ['OPEN', 'CLOSED'];
}
