import { randomUUID } from 'node:crypto';
import {
  done,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import {
  ageBandOfYearGroup,
  INSTRUMENT_REGISTRY,
  instrumentSuitsAgeBand,
} from '../domain/instruments';
import { canManageSurveys, newSurveySchema, surveyTimingProblem } from '../domain/survey';
import type { SurveyTimingProblem } from '../domain/survey';
import { EventProjectionEntity } from '../entities/event-projection.entity';
import { SurveyEntity } from '../entities/survey.entity';
import type { EvaluationDeps, EvaluationResult, EvaluationUserError } from './evaluation-use-case';

const TIMING_ERRORS: Record<SurveyTimingProblem, EvaluationUserError> = {
  EVENT_CANCELLED: userError('EVENT_CANCELLED', 'this event is cancelled', 'eventId'),
  TOO_EARLY: userError('TOO_EARLY', 'a POST survey cannot open before the event ends', 'opensAt'),
  TOO_LATE: userError('TOO_LATE', 'a PRE survey must open before the event starts', 'opensAt'),
};

/**
 * The coordinator, a head or a champion sets up a DRAFT survey for an event this service has
 * heard of. One survey per event, phase and instrument (a mixed-age event has one per age band):
 * the unique index decides, so two people creating the same survey at once get one
 * survey and one DUPLICATE_SURVEY, never two surveys.
 */
export async function createSurvey(
  deps: EvaluationDeps,
  input: unknown,
): Promise<EvaluationResult<SurveyEntity>> {
  if (!canManageSurveys(deps.caller))
    return refused('Only the coordinator, heads and champions can create surveys');
  const parsed = newSurveySchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const s = parsed.data;

  return deps.transaction(async ({ manager: m }) => {
    const event = await m.getRepository(EventProjectionEntity).findOneBy({ id: s.eventId });
    if (!event)
      return rejected(
        userError('UNKNOWN_EVENT', 'no event with this id is known to evaluation', 'eventId'),
      );
    // At least one of the event's year groups must lie in the instrument's validated age band.
    // Students of the others are not invited to it and are refused if they answer (a mixed-year
    // event keeps one instrument, so its pre/post pairs stay comparable).
    const definition = INSTRUMENT_REGISTRY[s.instrument];
    const suited = event.yearGroups.filter((y) =>
      instrumentSuitsAgeBand(definition, ageBandOfYearGroup(y)),
    );
    if (event.yearGroups.length > 0 && suited.length === 0) {
      return rejected(
        userError(
          'INSTRUMENT_OUTSIDE_AGE_BAND',
          `${definition.name} is not validated for year ${event.yearGroups.join(', ')}`,
          'instrument',
        ),
      );
    }
    const problem = surveyTimingProblem({ phase: s.phase, opensAt: new Date(s.opensAt) }, event);
    if (problem) return rejected(TIMING_ERRORS[problem]);

    const rows = (await m.query(
      `INSERT INTO survey (id, event_id, phase, instrument, opens_at, closes_at, status)
       VALUES ($1, $2, $3, $4, $5, $6, 'DRAFT')
       ON CONFLICT (event_id, phase, instrument) DO NOTHING RETURNING id`,
      [randomUUID(), s.eventId, s.phase, s.instrument, new Date(s.opensAt), new Date(s.closesAt)],
    )) as Array<{ id: string }>;
    if (rows.length === 0)
      return rejected(
        userError(
          'DUPLICATE_SURVEY',
          `this event already has a ${s.phase} survey on ${s.instrument}`,
          'phase',
        ),
      );
    return done(await m.getRepository(SurveyEntity).findOneByOrFail({ id: rows[0].id }));
  });
}
