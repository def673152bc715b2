import type { BackgroundJob, JobDeps } from '@ekst/subgraph-kit';
import { surveyWindowSettings } from '../config';
import {
  applySurveyWindows,
  inviteToEventSurveys,
  openPostSurveys,
  openPreSurveys,
} from '../use-cases/survey-windows.use-case';

export interface SurveyWindowsRun {
  closed: number;
  preOpened: number;
  postOpened: number;
  invited: number;
}

/**
 * Opens and closes surveys by time, and invites whoever is due an invitation. Everything it does
 * is decided from the database and `now`, and each step is idempotent, so a run after a crash or
 * restart picks up exactly what is due (the JobRunner's advisory lock keeps runs one at a time
 * across instances). Each event is its own transaction: one bad event never blocks the others.
 */
export async function runSurveyWindows(
  deps: Pick<JobDeps, 'dataSource' | 'now'>,
  postSurveyOpenDays = surveyWindowSettings().postSurveyOpenDays,
): Promise<SurveyWindowsRun> {
  const { dataSource: ds, now } = deps;
  const run: SurveyWindowsRun = { closed: 0, preOpened: 0, postOpened: 0, invited: 0 };
  const { closed } = await ds.transaction((m) => applySurveyWindows(m, now));
  run.closed = closed;

  // Published events that have not started and whose PRE surveys were never opened.
  const upcoming = (await ds.query(
    `SELECT id FROM event_projection
     WHERE status = 'PUBLISHED' AND starts_at > $1 AND pre_surveys_opened_at IS NULL`,
    [now],
  )) as Array<{ id: string }>;
  for (const { id } of upcoming) {
    if (await ds.transaction((m) => openPreSurveys(m, id, now))) run.preOpened += 1;
  }

  // Completed events whose POST surveys were never opened (completion heard before this job
  // existed, or a handler that could not): still inside the POST window.
  const completed = (await ds.query(
    `SELECT id, completed_at FROM event_projection
     WHERE status = 'COMPLETED' AND post_surveys_opened_at IS NULL
       AND completed_at > $1::timestamptz - make_interval(days => $2)`,
    [now, postSurveyOpenDays],
  )) as Array<{ id: string; completed_at: Date }>;
  for (const e of completed) {
    await ds.transaction((m) =>
      openPostSurveys(m, e.id, e.completed_at, [], postSurveyOpenDays, now),
    );
    run.postOpened += 1;
  }

  // Registrations and year groups that arrived after a survey opened.
  const open = (await ds.query(
    `SELECT DISTINCT event_id FROM survey WHERE status = 'OPEN' AND closes_at > $1`,
    [now],
  )) as Array<{ event_id: string }>;
  for (const { event_id } of open) {
    run.invited += await ds.transaction((m) => inviteToEventSurveys(m, event_id, now));
  }
  return run;
}

export const surveyWindowsJob: BackgroundJob = {
  name: 'evaluation:survey-windows',
  // Read when the runner starts (SURVEY_WINDOW_TICK_MS), after the configuration was checked.
  get intervalMs() {
    return surveyWindowSettings().windowTickMs;
  },
  async run(deps) {
    const run = await runSurveyWindows(deps);
    if (run.closed + run.preOpened + run.postOpened + run.invited > 0)
      deps.log.info(run, 'survey windows applied');
  },
};
