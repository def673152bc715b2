import { isUuid, userError } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { EVENT_STATUSES } from '@ekst/contracts';
import { openSurveyProblem } from '../domain/survey';
import type { OpenSurveyProblem, SurveyPhase, SurveyStatus } from '../domain/survey';
import { SurveyEntity } from '../entities/survey.entity';

export type OpenSurveyResult =
  | { survey: SurveyEntity; errors: [] }
  | { survey: null; errors: UserError[] };

const NOT_FOUND = userError('NOT_FOUND', 'no survey with this id', 'id');

const PROBLEMS: Record<OpenSurveyProblem, UserError> = {
  NOT_DRAFT: userError('NOT_DRAFT', 'only a DRAFT survey can be opened', 'id'),
  EVENT_CANCELLED: userError('EVENT_CANCELLED', 'this event is cancelled', 'id'),
  TOO_EARLY: userError('TOO_EARLY', 'a POST survey cannot open before the event ends', 'id'),
  TOO_LATE: userError('TOO_LATE', 'a PRE survey must open before the event starts', 'id'),
  WINDOW_ENDED: userError('WINDOW_ENDED', 'this survey closed before it was opened', 'id'),
};

interface Row {
  phase: SurveyPhase;
  status: SurveyStatus;
  closes_at: Date;
  event_status: (typeof EVENT_STATUSES)[number];
  starts_at: Date;
  ends_at: Date;
}

/**
 * DRAFT → OPEN now. An open PRE survey takes answers from whoever answers it; a POST survey opened
 * before EventCompleted gets its invitations when the event completes (a POST draft of a completed
 * event cannot exist: EventCompleted opens it, or creates an open one). `opensAt` becomes the
 * moment it opened when that is earlier than planned, so the window shows when answers could
 * really be given. The survey row is locked, so of two concurrent calls one opens it and the
 * other gets NOT_DRAFT.
 */
export async function openSurvey(
  dataSource: DataSource,
  id: string,
  opts: { now?: Date } = {},
): Promise<OpenSurveyResult> {
  if (!isUuid(id)) return { survey: null, errors: [NOT_FOUND] };
  const now = opts.now ?? new Date();
  return dataSource.transaction(async (m) => {
    const [row] = (await m.query(
      `SELECT s.phase, s.status, s.closes_at,
              e.status AS event_status, e.starts_at, e.ends_at
       FROM survey s JOIN event_projection e ON e.id = s.event_id
       WHERE s.id = $1 FOR UPDATE OF s`,
      [id],
    )) as Row[];
    if (!row) return { survey: null, errors: [NOT_FOUND] };
    const problem = openSurveyProblem(
      { phase: row.phase, status: row.status, closesAt: row.closes_at },
      { status: row.event_status, startsAt: row.starts_at, endsAt: row.ends_at },
      now,
    );
    if (problem) return { survey: null, errors: [PROBLEMS[problem]] };

    await m.query(
      `UPDATE survey SET status = 'OPEN', opens_at = LEAST(opens_at, $2) WHERE id = $1`,
      [id, now],
    );
    const survey = await m.getRepository(SurveyEntity).findOneByOrFail({ id });
    return { survey, errors: [] };
  });
}
