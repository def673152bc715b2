import { randomUUID } from 'node:crypto';
import { done, isUuid, refused, rejected, userError } from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { INSTRUMENT_REGISTRY, scoreInstrument } from '../domain/instruments';
import type { Instrument } from '../domain/instruments';
import { answersProblem, mayAnswerSurveys } from '../domain/response';
import type { SurveyStatus } from '../domain/survey';
import { answerWindowProblem } from '../domain/survey-windows';
import type { UserErrorCode } from '../__generated__/resolvers-types';
import type { EvaluationDeps, EvaluationResult } from './evaluation-use-case';

export interface SubmitSurveyResponseInput {
  surveyId?: string | null;
  token?: string | null;
  answers: ReadonlyArray<number | null>;
  reflection?: string | null;
}

/** Done carries `accepted: true`; a rejection answers `accepted: false` with the errors. */
export type SubmitResult = EvaluationResult<{ accepted: true }>;

interface SurveyRow {
  id: string;
  event_id: string;
  phase: 'PRE' | 'POST';
  instrument: Instrument;
  status: SurveyStatus;
  opens_at: Date;
  closes_at: Date;
  event_status: string | null;
  starts_at: Date | null;
}
interface InvitationRow {
  id: string;
  survey_id: string;
  person_id: string | null;
  responded_at: Date | null;
}

const refuse = (code: UserErrorCode, message: string, field: string | null = null) =>
  rejected(userError(code, message, field));

/**
 * A person answers a survey they are invited to, identified by their token or (signed in) by the
 * survey. Only invitees answer: PRE surveys invite those holding a place at the event, POST
 * surveys its attendees, each on the instrument of their age band. Someone not invited learns
 * nothing more about the survey (NOT_INVITED comes before any window or phase check); an invitee
 * of the event who picks the survey of another age band gets INSTRUMENT_OUTSIDE_AGE_BAND. The
 * window is judged by time (`deps.clock`), not only by status, so an answer after `closesAt` (or a
 * PRE answer after the event started) is refused even before the windows job closed the survey.
 * Everything is checked before anything is written, in one transaction; one response per
 * invitation, by a unique index.
 */
export async function submitSurveyResponse(
  deps: EvaluationDeps,
  input: SubmitSurveyResponseInput,
): Promise<SubmitResult> {
  const { caller } = deps;
  if (!mayAnswerSurveys(caller)) return refused('Only people answer surveys');
  if (!input.surveyId === !input.token)
    return refuse('INVALID', 'give either a surveyId or a token', 'surveyId');
  const now = deps.clock.now();
  return deps.transaction(async ({ manager: m }): Promise<SubmitResult> => {
    let invitation: InvitationRow | undefined;
    if (input.token) {
      [invitation] = (await m.query(
        `SELECT id, survey_id, person_id, responded_at FROM survey_invitation WHERE token = $1 FOR UPDATE`,
        [input.token],
      )) as InvitationRow[];
      // A token is only ever used by the person it was issued to.
      if (!invitation || invitation.person_id !== caller.subject)
        return refuse('NOT_INVITED', 'this survey link is not valid for you', 'token');
    }
    const surveyId = invitation?.survey_id ?? input.surveyId ?? '';
    if (!isUuid(surveyId)) return refuse('UNKNOWN_SURVEY', 'no such survey', 'surveyId');
    const [survey] = (await m.query(
      `SELECT s.id, s.event_id, s.phase, s.instrument, s.status, s.opens_at, s.closes_at,
              e.status AS event_status, e.starts_at
       FROM survey s LEFT JOIN event_projection e ON e.id = s.event_id WHERE s.id = $1::uuid`,
      [surveyId],
    )) as SurveyRow[];
    if (!survey) return refuse('UNKNOWN_SURVEY', 'no such survey', 'surveyId');

    invitation ??= await invitationFor(m, survey.id, caller.subject);
    if (!invitation) {
      const other = await invitedToSibling(m, survey, caller.subject);
      if (other) {
        return refuse(
          'INSTRUMENT_OUTSIDE_AGE_BAND',
          `${INSTRUMENT_REGISTRY[survey.instrument].name} is not the questionnaire for your age band: answer the ${INSTRUMENT_REGISTRY[other].name} survey of this event`,
          'surveyId',
        );
      }
      return refuse('NOT_INVITED', 'you are not invited to this survey', 'surveyId');
    }
    if (survey.phase === 'POST' && survey.event_status !== 'COMPLETED')
      return refuse('EVENT_NOT_HAPPENED', 'this event has not happened yet', 'surveyId');
    // A PRE survey is a baseline: never answered once the event has begun, whatever its window.
    const closesAt =
      survey.phase === 'PRE' && survey.starts_at && survey.starts_at < survey.closes_at
        ? survey.starts_at
        : survey.closes_at;
    const windowProblem = answerWindowProblem(
      { status: survey.status, opensAt: survey.opens_at, closesAt },
      now,
    );
    if (windowProblem === 'SURVEY_CLOSED')
      return refuse('SURVEY_CLOSED', 'this survey has closed', 'surveyId');
    if (windowProblem === 'SURVEY_NOT_OPEN')
      return refuse('SURVEY_NOT_OPEN', 'this survey is not open yet', 'surveyId');

    const problem = answersProblem(survey.instrument, input.answers, input.reflection);
    if (problem) return rejected(problem);
    if (invitation.responded_at)
      return refuse('ALREADY_RESPONDED', 'you have already answered this survey', 'surveyId');

    const score = scoreInstrument(survey.instrument, input.answers);
    const change =
      survey.phase === 'POST' && score !== null ? await preScore(m, survey, caller.subject) : null;
    const inserted = (await m.query(
      `INSERT INTO survey_response (id, survey_id, invitation_id, answers, reflection, score, change)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7)
       ON CONFLICT (invitation_id) DO NOTHING RETURNING id`,
      [
        randomUUID(),
        survey.id,
        invitation.id,
        JSON.stringify(input.answers),
        input.reflection?.trim() || null,
        score,
        change === null || score === null ? null : score - change,
      ],
    )) as unknown[];
    if (inserted.length === 0)
      return refuse('ALREADY_RESPONDED', 'you have already answered this survey', 'surveyId');
    await m.query(`UPDATE survey_invitation SET responded_at = $2 WHERE id = $1`, [
      invitation.id,
      now,
    ]);
    return done({ accepted: true });
  });
}

/** The caller's invitation to a survey, locked. */
async function invitationFor(
  m: EntityManager,
  surveyId: string,
  personId: string,
): Promise<InvitationRow | undefined> {
  const [row] = (await m.query(
    `SELECT id, survey_id, person_id, responded_at FROM survey_invitation
     WHERE survey_id = $1 AND person_id = $2 FOR UPDATE`,
    [surveyId, personId],
  )) as InvitationRow[];
  return row;
}

/** The instrument of the caller's invitation to another survey of the same event and phase. */
async function invitedToSibling(
  m: EntityManager,
  survey: SurveyRow,
  personId: string,
): Promise<Instrument | null> {
  const [row] = (await m.query(
    `SELECT s.instrument FROM survey s JOIN survey_invitation i ON i.survey_id = s.id
     WHERE s.event_id = $1 AND s.phase = $2 AND s.id <> $3 AND i.person_id = $4 LIMIT 1`,
    [survey.event_id, survey.phase, survey.id, personId],
  )) as Array<{ instrument: Instrument }>;
  return row?.instrument ?? null;
}

/**
 * The same person's PRE score for the event on the same instrument, if they gave one: pairing
 * happens here, once, so reports read one row per pair instead of joining responses twice.
 */
async function preScore(
  m: EntityManager,
  survey: SurveyRow,
  personId: string,
): Promise<number | null> {
  const [row] = (await m.query(
    `SELECT r.score FROM survey pre
     JOIN survey_invitation i ON i.survey_id = pre.id AND i.person_id = $3
     JOIN survey_response r ON r.invitation_id = i.id
     WHERE pre.event_id = $1 AND pre.phase = 'PRE' AND pre.instrument = $2 AND r.score IS NOT NULL`,
    [survey.event_id, survey.instrument, personId],
  )) as Array<{ score: string }>;
  return row ? Number(row.score) : null;
}
