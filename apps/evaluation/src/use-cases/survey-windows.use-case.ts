import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Instrument } from '../domain/instruments';
import type { SurveyPhase, SurveyStatus } from '../domain/survey';
import {
  instrumentsForEvent,
  inviteeInstrument,
  postSurveyWindow,
  PRE_INVITEE_STATUSES,
  preSurveyWindow,
  surveyStatusAt,
} from '../domain/survey-windows';

/** A survey token: 192 random bits, URL-safe. Unguessable, so it can travel in a link. */
export function newSurveyToken(): string {
  return randomBytes(24).toString('base64url');
}

type Audience = 'STUDENTS' | 'TEACHERS' | 'BOTH' | null;

interface EventRow {
  id: string;
  status: string;
  audience: Audience;
  year_groups: number[];
  starts_at: Date;
  completed_at: Date | null;
}

interface SurveyRow {
  id: string;
  phase: SurveyPhase;
  instrument: Instrument;
  status: SurveyStatus;
  opens_at: Date;
  closes_at: Date;
}

async function loadEvent(m: EntityManager, eventId: string): Promise<EventRow | undefined> {
  const [event] = (await m.query(
    `SELECT id, status, audience, year_groups, starts_at, completed_at
     FROM event_projection WHERE id = $1`,
    [eventId],
  )) as EventRow[];
  return event;
}

/** The event's surveys, locked: two runs (a handler and the job) never invite twice. */
async function lockSurveys(m: EntityManager, eventId: string): Promise<SurveyRow[]> {
  return (await m.query(
    `SELECT id, phase, instrument, status, opens_at, closes_at FROM survey
     WHERE event_id = $1 ORDER BY phase, instrument FOR UPDATE`,
    [eventId],
  )) as SurveyRow[];
}

async function insertOpenSurveys(
  m: EntityManager,
  eventId: string,
  phase: SurveyPhase,
  instruments: readonly Instrument[],
  window: { opensAt: Date; closesAt: Date },
): Promise<void> {
  if (instruments.length === 0) return;
  await m.query(
    `INSERT INTO survey (id, event_id, phase, instrument, opens_at, closes_at, status)
     SELECT gen_random_uuid(), $1, $2, instrument, $4, $5, 'OPEN' FROM unnest($3::text[]) AS instrument
     ON CONFLICT (event_id, phase, instrument) DO NOTHING`,
    [eventId, phase, instruments, window.opensAt, window.closesAt],
  );
}

/**
 * The event was published: its PRE surveys open now, one per age band of its year groups, and
 * close when it starts; everyone registered is invited. Once per event
 * (`pre_surveys_opened_at`); nothing once the event has started. Returns whether it opened them.
 */
export async function openPreSurveys(
  m: EntityManager,
  eventId: string,
  now: Date,
): Promise<boolean> {
  const event = await loadEvent(m, eventId);
  if (!event || event.status !== 'PUBLISHED') return false;
  const window = preSurveyWindow({ startsAt: event.starts_at }, now);
  if (!window) return false;
  const [, claimed] = (await m.query(
    `UPDATE event_projection SET pre_surveys_opened_at = $2
     WHERE id = $1 AND pre_surveys_opened_at IS NULL`,
    [eventId, now],
  )) as [unknown, number];
  if (claimed === 0) return false;
  await insertOpenSurveys(
    m,
    eventId,
    'PRE',
    instrumentsForEvent({ audience: event.audience, yearGroups: event.year_groups }),
    window,
  );
  await inviteToEventSurveys(m, eventId, now);
  return true;
}

/**
 * The event completed: its POST surveys open for `openDays`, on the instruments its PRE surveys
 * used (else one per age band of its year groups), DRAFTs among them open, and the attendees are
 * invited (`attendeeIds` from EventCompleted, with attendance already recorded). Once per event.
 */
export async function openPostSurveys(
  m: EntityManager,
  eventId: string,
  completedAt: Date,
  attendeeIds: readonly string[],
  openDays: number,
  now: Date,
): Promise<void> {
  const event = await loadEvent(m, eventId);
  if (!event || event.status !== 'COMPLETED') return;
  const window = postSurveyWindow(completedAt, openDays);
  const surveys = await lockSurveys(m, eventId);
  const [, claimed] = (await m.query(
    `UPDATE event_projection SET post_surveys_opened_at = $2
     WHERE id = $1 AND post_surveys_opened_at IS NULL`,
    [eventId, now],
  )) as [unknown, number];
  if (claimed === 0 || now.getTime() >= window.closesAt.getTime()) return;

  const preInstruments = [
    ...new Set(surveys.filter((s) => s.phase === 'PRE').map((s) => s.instrument)),
  ];
  const instruments =
    preInstruments.length > 0
      ? preInstruments
      : instrumentsForEvent({ audience: event.audience, yearGroups: event.year_groups });
  await insertOpenSurveys(m, eventId, 'POST', instruments, window);
  await m.query(
    `UPDATE survey SET status = 'OPEN', opens_at = LEAST(opens_at, $2)
     WHERE event_id = $1 AND phase = 'POST' AND status = 'DRAFT' AND closes_at > $2`,
    [eventId, now],
  );
  await inviteToEventSurveys(m, eventId, now, attendeeIds);
}

interface Candidate {
  id: string;
  known: boolean;
  year_group: number | null;
  pre_instrument: Instrument | null;
}

/**
 * Invites whoever should be invited to the event's open surveys and is not yet: for PRE, those
 * holding a place; for POST, those who attended. Each person gets one invitation per phase, to
 * the survey of their instrument (`inviteeInstrument`); a survey is added for an instrument the
 * event has none of yet (a registrant outside the declared year groups), in the same window.
 * Idempotent. Returns the number of invitations issued.
 */
export async function inviteToEventSurveys(
  m: EntityManager,
  eventId: string,
  now: Date,
  extraAttendeeIds: readonly string[] = [],
): Promise<number> {
  const event = await loadEvent(m, eventId);
  if (!event) return 0;
  let surveys = await lockSurveys(m, eventId);
  let issued = 0;
  for (const phase of ['PRE', 'POST'] as const) {
    const open = surveys.filter(
      (s) => s.phase === phase && s.status === 'OPEN' && now < s.closes_at,
    );
    if (open.length === 0) continue;
    const people =
      phase === 'PRE'
        ? await registrants(m, eventId)
        : await attendees(m, eventId, extraAttendeeIds);
    const byInstrument = new Map<Instrument, string[]>();
    for (const p of people) {
      const instrument = inviteeInstrument(
        { audience: event.audience },
        { known: p.known, yearGroup: p.year_group, preInstrument: p.pre_instrument },
      );
      if (instrument) byInstrument.set(instrument, [...(byInstrument.get(instrument) ?? []), p.id]);
    }
    const missing = [...byInstrument.keys()].filter(
      (i) => !surveys.some((s) => s.phase === phase && s.instrument === i),
    );
    if (missing.length > 0) {
      await insertOpenSurveys(m, eventId, phase, missing, {
        opensAt: new Date(Math.min(...open.map((s) => s.opens_at.getTime()))),
        closesAt: open[0].closes_at,
      });
      surveys = await lockSurveys(m, eventId);
    }
    for (const [instrument, ids] of byInstrument) {
      const survey = surveys.find((s) => s.phase === phase && s.instrument === instrument);
      // A survey of that instrument that is not open (a closed or draft one): not now.
      if (!survey || survey.status !== 'OPEN' || now >= survey.closes_at) continue;
      const inserted = (await m.query(
        `INSERT INTO survey_invitation (id, token, survey_id, person_id)
         SELECT id, token, $3, person_id
         FROM unnest($1::uuid[], $2::text[], $4::uuid[]) AS i(id, token, person_id)
         ON CONFLICT (survey_id, person_id) DO NOTHING RETURNING id`,
        [ids.map(() => randomUUID()), ids.map(newSurveyToken), survey.id, ids],
      )) as unknown[];
      issued += inserted.length;
    }
  }
  return issued;
}

/** People holding a place at the event and not yet invited to any of its PRE surveys. */
async function registrants(m: EntityManager, eventId: string): Promise<Candidate[]> {
  return (await m.query(
    `SELECT r.person_id AS id, p.id IS NOT NULL AS known, p.year_group, NULL AS pre_instrument
     FROM event_registration r LEFT JOIN person_projection p ON p.id = r.person_id
     WHERE r.event_id = $1 AND r.status = ANY($2::text[])
       AND NOT EXISTS (SELECT 1 FROM survey_invitation i JOIN survey s ON s.id = i.survey_id
                       WHERE s.event_id = $1 AND s.phase = 'PRE' AND i.person_id = r.person_id)
     ORDER BY r.person_id`,
    [eventId, PRE_INVITEE_STATUSES],
  )) as Candidate[];
}

/**
 * The event's attendees (recorded attendance, and those EventCompleted named) not yet invited to
 * any of its POST surveys, with the instrument of their PRE invitation if they had one.
 */
async function attendees(
  m: EntityManager,
  eventId: string,
  extra: readonly string[],
): Promise<Candidate[]> {
  return (await m.query(
    `WITH a AS (
       SELECT person_id FROM attendance_dose WHERE event_id = $1 AND status = 'ATTENDED'
       UNION SELECT unnest($2::uuid[])
     )
     SELECT a.person_id AS id, p.id IS NOT NULL AS known, p.year_group,
            (SELECT s.instrument FROM survey_invitation i JOIN survey s ON s.id = i.survey_id
              WHERE s.event_id = $1 AND s.phase = 'PRE' AND i.person_id = a.person_id
              LIMIT 1) AS pre_instrument
     FROM a LEFT JOIN person_projection p ON p.id = a.person_id
     WHERE NOT EXISTS (SELECT 1 FROM survey_invitation i JOIN survey s ON s.id = i.survey_id
                       WHERE s.event_id = $1 AND s.phase = 'POST' AND i.person_id = a.person_id)
     ORDER BY a.person_id`,
    [eventId, extra],
  )) as Candidate[];
}

/**
 * Brings every survey's status in line with its window and its event (`surveyStatusAt`): closes
 * those whose window has passed, whose PRE event has started or whose event was cancelled; opens
 * DRAFTs whose window has come. Returns the ids of the events whose surveys it opened.
 */
export async function applySurveyWindows(
  m: EntityManager,
  now: Date,
): Promise<{ closed: number; openedEventIds: string[] }> {
  const rows = (await m.query(
    `SELECT s.id, s.event_id, s.phase, s.status, s.opens_at, s.closes_at,
            e.id IS NOT NULL AS known, e.status AS event_status, e.starts_at
     FROM survey s LEFT JOIN event_projection e ON e.id = s.event_id
     WHERE s.status IN ('OPEN','DRAFT')
       AND (s.closes_at <= $1 OR s.opens_at <= $1 OR e.status = 'CANCELLED'
            OR (s.phase = 'PRE' AND e.starts_at <= $1))
     FOR UPDATE OF s SKIP LOCKED`,
    [now],
  )) as Array<
    SurveyRow & {
      event_id: string;
      known: boolean;
      event_status: string | null;
      starts_at: Date | null;
    }
  >;
  const toClose: string[] = [];
  const toOpen: string[] = [];
  const openedEvents = new Set<string>();
  for (const r of rows) {
    const next = surveyStatusAt(
      { phase: r.phase, status: r.status, opensAt: r.opens_at, closesAt: r.closes_at },
      r.known && r.starts_at
        ? {
            cancelled: r.event_status === 'CANCELLED',
            completed: r.event_status === 'COMPLETED',
            startsAt: r.starts_at,
          }
        : null,
      now,
    );
    if (next === r.status) continue;
    if (next === 'CLOSED') toClose.push(r.id);
    if (next === 'OPEN') {
      toOpen.push(r.id);
      openedEvents.add(r.event_id);
    }
  }
  if (toClose.length > 0)
    await m.query(`UPDATE survey SET status = 'CLOSED' WHERE id = ANY($1::uuid[])`, [toClose]);
  if (toOpen.length > 0)
    await m.query(`UPDATE survey SET status = 'OPEN' WHERE id = ANY($1::uuid[])`, [toOpen]);
  return { closed: toClose.length, openedEventIds: [...openedEvents] };
}
