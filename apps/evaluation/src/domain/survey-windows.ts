import { ageBandOfYearGroup, INSTRUMENT_REGISTRY, instrumentSuitsAgeBand } from './instruments';
import type { Instrument } from './instruments';
import type { SurveyPhase, SurveyStatus } from './survey';

const DAY = 86_400_000;

/**
 * The instrument each age band answers, in preference order: SWEMWBS from year 11 (ages 15–16 up,
 * inside its validated 15–21), Stirling for years 4–10 (ages 8–15). One fixed instrument per year
 * group, whatever the event, so a year group's trend line across events never changes instrument.
 * WEMWBS (13+) would also suit years 9–13 but would split the same students over two scales.
 */
const BAND_INSTRUMENTS = ['SWEMWBS', 'STIRLING'] as const satisfies readonly Instrument[];

/**
 * The instrument a respondent answers: the first validated scale whose range holds their whole
 * age band; the custom items for an adult (no year group) or a year group no scale covers.
 */
export function instrumentForRespondent(yearGroup: number | null): Instrument {
  if (yearGroup === null) return 'CUSTOM';
  const band = ageBandOfYearGroup(yearGroup);
  return (
    BAND_INSTRUMENTS.find((code) => instrumentSuitsAgeBand(INSTRUMENT_REGISTRY[code], band)) ??
    'CUSTOM'
  );
}

/**
 * The instruments an event's surveys of one phase use: one per age band among its year groups
 * (a mixed-age event has several), the custom items for a teachers' event or one without year
 * groups. Registrants outside the declared year groups add their own (see `instrumentForRespondent`).
 */
export function instrumentsForEvent(event: {
  audience: 'STUDENTS' | 'TEACHERS' | 'BOTH' | null;
  yearGroups: readonly number[];
}): Instrument[] {
  if (event.audience === 'TEACHERS' || event.yearGroups.length === 0) return ['CUSTOM'];
  const set = new Set(event.yearGroups.map(instrumentForRespondent));
  if (event.audience === 'BOTH') set.add('CUSTOM');
  return [...set].sort();
}

export interface SurveyWindow {
  opensAt: Date;
  closesAt: Date;
}

/**
 * The PRE survey is the baseline: it opens when the event is published (evaluation hears of it)
 * and closes when the event starts. None once the event has started.
 */
export function preSurveyWindow(event: { startsAt: Date }, now: Date): SurveyWindow | null {
  return now.getTime() < event.startsAt.getTime()
    ? { opensAt: now, closesAt: event.startsAt }
    : null;
}

/**
 * The event was moved (a new start): where its PRE survey now closes, or null to leave it. A PRE
 * survey that closed at the old start follows the event to the new one, later or earlier, so the
 * baseline window always ends when the event begins; a close set by hand that now falls after the
 * new start comes forward to it; an earlier hand-set close stays. A CLOSED survey stays closed
 * (nothing reopens one), and a move to before the survey opened leaves it to the start rule
 * (`surveyStatusAt` closes a PRE survey once its event has begun).
 */
export function preSurveyCloseAfterMove(
  survey: { phase: SurveyPhase; status: SurveyStatus; opensAt: Date; closesAt: Date },
  oldStartsAt: Date,
  newStartsAt: Date,
): Date | null {
  if (survey.phase !== 'PRE' || survey.status === 'CLOSED') return null;
  if (newStartsAt.getTime() === oldStartsAt.getTime()) return null;
  if (newStartsAt.getTime() <= survey.opensAt.getTime()) return null;
  const followsStart = survey.closesAt.getTime() === oldStartsAt.getTime();
  if (followsStart || survey.closesAt.getTime() > newStartsAt.getTime()) return newStartsAt;
  return null;
}

/** The POST survey opens when the event completes and stays open for `openDays`. */
export function postSurveyWindow(completedAt: Date, openDays: number): SurveyWindow {
  return { opensAt: completedAt, closesAt: new Date(completedAt.getTime() + openDays * DAY) };
}

export type WindowProblem = 'SURVEY_NOT_OPEN' | 'SURVEY_CLOSED';

/**
 * Whether a survey takes an answer now, judged by its window as well as its status, so an answer
 * after `closesAt` is refused even before the job has marked the survey CLOSED.
 */
export function answerWindowProblem(
  survey: { status: SurveyStatus; opensAt: Date; closesAt: Date },
  now: Date,
): WindowProblem | null {
  if (survey.status === 'CLOSED' || now.getTime() >= survey.closesAt.getTime())
    return 'SURVEY_CLOSED';
  if (survey.status === 'DRAFT' || now.getTime() < survey.opensAt.getTime())
    return 'SURVEY_NOT_OPEN';
  return null;
}

/**
 * The status a survey should have now (what the windows job applies). A DRAFT stays a draft
 * until its window opens; nothing reopens a CLOSED survey; a cancelled event closes its surveys.
 */
export function surveyStatusAt(
  survey: { phase: SurveyPhase; status: SurveyStatus; opensAt: Date; closesAt: Date },
  event: { cancelled: boolean; startsAt: Date; completed: boolean } | null,
  now: Date,
): SurveyStatus {
  if (survey.status === 'CLOSED') return 'CLOSED';
  if (event?.cancelled) return survey.status === 'DRAFT' ? 'DRAFT' : 'CLOSED';
  if (now.getTime() >= survey.closesAt.getTime()) return 'CLOSED';
  // A PRE survey is never answered once its event has begun, whatever window was typed in.
  if (survey.phase === 'PRE' && event && now.getTime() >= event.startsAt.getTime()) return 'CLOSED';
  if (survey.status === 'OPEN') return 'OPEN';
  if (now.getTime() < survey.opensAt.getTime()) return 'DRAFT';
  // A POST draft waits for the event to complete (its invitations come with completion).
  if (survey.phase === 'POST' && !event?.completed) return 'DRAFT';
  return 'OPEN';
}

/**
 * Who is invited to a phase's surveys: for PRE, everyone with a place (registered, offered one,
 * or already marked attended); for POST, those who attended. Each on the instrument of their band.
 */
export const PRE_INVITEE_STATUSES = ['REGISTERED', 'OFFERED', 'ATTENDED'] as const;

/**
 * The instrument one invitee answers, or null when they are not to be invited (yet):
 * - a teachers' event gives everyone the custom items;
 * - a POST invitee who was invited to the event's PRE survey keeps that instrument, even when
 *   their year group changed in between (a September move-up), so the pre/post pair stays on one
 *   scale: the PRE instrument was the validated one for them when the baseline was taken;
 * - otherwise the instrument of their current age band; an adult (no year group) at a students'
 *   event is staff, not a respondent; someone evaluation has not heard of from people yet waits
 *   (the windows job invites them once their year group is known).
 */
export function inviteeInstrument(
  event: { audience: 'STUDENTS' | 'TEACHERS' | 'BOTH' | null },
  invitee: { known: boolean; yearGroup: number | null; preInstrument: Instrument | null },
): Instrument | null {
  if (invitee.preInstrument) return invitee.preInstrument;
  if (event.audience === 'TEACHERS') return 'CUSTOM';
  if (!invitee.known) return null;
  if (invitee.yearGroup === null && event.audience === 'STUDENTS') return null;
  return instrumentForRespondent(invitee.yearGroup);
}
