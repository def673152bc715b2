import { done, isUuid, refused, rejected, userError } from '@ekst/subgraph-kit';
import type { EVENT_STATUSES } from '@ekst/contracts';
import { canManageSurveys, openSurveyProblem } from '../domain/survey';
import type { OpenSurveyProblem, SurveyPhase, SurveyStatus } from '../domain/survey';
import { SurveyEntity } from '../entities/survey.entity';
import { inviteToEventSurveys } from './survey-windows.use-case';
import type { EvaluationDeps, EvaluationResult, EvaluationUserError } from './evaluation-use-case';

const NOT_FOUND = userError('NOT_FOUND', 'no survey with this id', 'id');

const PROBLEMS: Record<OpenSurveyProblem, EvaluationUserError> = {
  NOT_DRAFT: userError('NOT_DRAFT', 'only a DRAFT survey can be opened', 'id'),
  EVENT_CANCELLED: userError('EVENT_CANCELLED', 'this event is cancelled', 'id'),
  TOO_EARLY: userError('TOO_EARLY', 'a POST survey cannot open before the event ends', 'id'),
  TOO_LATE: userError('TOO_LATE', 'a PRE survey must open before the event starts', 'id'),
  WINDOW_ENDED: userError('WINDOW_ENDED', 'this survey closed before it was opened', 'id'),
};

interface Row {
  event_id: string;
  phase: SurveyPhase;
  status: SurveyStatus;
  closes_at: Date;
  event_status: (typeof EVENT_STATUSES)[number];
  starts_at: Date;
  ends_at: Date;
}

/**
 * The coordinator, a head or a champion opens a survey: DRAFT → OPEN now (the use case's clock).
 * An opened PRE survey invites those holding a place at the event; a POST survey opened
 * before EventCompleted gets its invitations when the event completes (a POST draft of a completed
 * event cannot exist: EventCompleted opens it, or creates an open one). `opensAt` becomes the
 * moment it opened when that is earlier than planned, so the window shows when answers could
 * really be given. The survey row is locked, so of two concurrent calls one opens it and the
 * other gets NOT_DRAFT.
 */
export async function openSurvey(
  deps: EvaluationDeps,
  id: string,
): Promise<EvaluationResult<SurveyEntity>> {
  if (!canManageSurveys(deps.caller))
    return refused('Only the coordinator, heads and champions can open surveys');
  if (!isUuid(id)) return rejected(NOT_FOUND);
  const now = deps.clock.now();
  return deps.transaction(async ({ manager: m }) => {
    const [row] = (await m.query(
      `SELECT s.event_id, s.phase, s.status, s.closes_at,
              e.status AS event_status, e.starts_at, e.ends_at
       FROM survey s JOIN event_projection e ON e.id = s.event_id
       WHERE s.id = $1 FOR UPDATE OF s`,
      [id],
    )) as Row[];
    if (!row) return rejected(NOT_FOUND);
    const problem = openSurveyProblem(
      { phase: row.phase, status: row.status, closesAt: row.closes_at },
      { status: row.event_status, startsAt: row.starts_at, endsAt: row.ends_at },
      now,
    );
    if (problem) return rejected(PROBLEMS[problem]);

    await m.query(
      `UPDATE survey SET status = 'OPEN', opens_at = LEAST(opens_at, $2) WHERE id = $1`,
      [id, now],
    );
    // A PRE survey invites those holding a place now (later ones as they register).
    await inviteToEventSurveys(m, row.event_id, now);
    return done(await m.getRepository(SurveyEntity).findOneByOrFail({ id }));
  });
}
