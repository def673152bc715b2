import { randomBytes, randomUUID } from 'node:crypto';
import type { EventCompletedV1 } from '@ekst/contracts';
import type { EntityManager } from 'typeorm';
import {
  ageBandOfYearGroup,
  INSTRUMENT_REGISTRY,
  instrumentForYearGroups,
  instrumentSuitsAgeBand,
} from '../domain/instruments';
import type { Instrument } from '../domain/instruments';

const DAY = 86_400_000;
/** How long a POST survey stays open after the event completes. */
export const POST_SURVEY_OPEN_DAYS = 14;

/** A survey token: 192 random bits, URL-safe. Unguessable, so it can travel in a link. */
export function newSurveyToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * The event happened: its POST survey opens (created if there is none, opened if it is a draft)
 * and every attendee gets an invitation with a token. Runs in the inbox transaction, so a
 * redelivered EventCompleted changes nothing, and invitations are upserts besides.
 *
 * The instrument of a new POST survey is the PRE survey's (a pre/post pair must use one
 * instrument), else the one that suits the event's year groups; teacher events get the custom
 * items. Attendees whose year group lies outside the instrument's age band are not invited.
 */
export async function openPostSurvey(m: EntityManager, p: EventCompletedV1): Promise<void> {
  // TypeORM returns [rows, rowCount] for UPDATE.
  const [[event]] = (await m.query(
    `UPDATE event_projection SET status = 'COMPLETED', completed_at = $2, updated_at = now()
     WHERE id = $1 AND status <> 'CANCELLED'
     RETURNING audience, year_groups`,
    [p.eventId, p.completedAt],
  )) as [Array<{ audience: string | null; year_groups: number[] }>, number];
  // An event evaluation never heard of (announced before it subscribed) has no programme data to
  // evaluate against; nothing to open.
  if (!event) return;

  const completedAt = new Date(p.completedAt);
  const surveys = (await m.query(
    `SELECT id, phase, instrument, status FROM survey WHERE event_id = $1 FOR UPDATE`,
    [p.eventId],
  )) as Array<{ id: string; phase: 'PRE' | 'POST'; instrument: Instrument; status: string }>;
  const pre = surveys.find((s) => s.phase === 'PRE');
  let post = surveys.find((s) => s.phase === 'POST');

  if (!post) {
    const instrument: Instrument =
      pre?.instrument ??
      (event.audience === 'TEACHERS' ? 'CUSTOM' : instrumentForYearGroups(event.year_groups));
    const id = randomUUID();
    await m.query(
      `INSERT INTO survey (id, event_id, phase, instrument, opens_at, closes_at, status)
       VALUES ($1, $2, 'POST', $3, $4, $5, 'OPEN')`,
      [
        id,
        p.eventId,
        instrument,
        completedAt,
        new Date(completedAt.getTime() + POST_SURVEY_OPEN_DAYS * DAY),
      ],
    );
    post = { id, phase: 'POST', instrument, status: 'OPEN' };
  } else if (post.status === 'DRAFT') {
    await m.query(`UPDATE survey SET status = 'OPEN' WHERE id = $1`, [post.id]);
  } else if (post.status === 'CLOSED') {
    return;
  }

  if (p.attendeeIds.length === 0) return;
  const people = (await m.query(
    `SELECT id, year_group FROM person_projection WHERE id = ANY($1::uuid[])`,
    [p.attendeeIds],
  )) as Array<{ id: string; year_group: number | null }>;
  const yearGroupOf = new Map(people.map((r) => [r.id, r.year_group]));
  const definition = INSTRUMENT_REGISTRY[post.instrument];
  // Unknown people (people's topic not read yet) are invited; the age band is checked again when
  // they answer.
  const invited = [...new Set(p.attendeeIds)].filter((id) => {
    const year = yearGroupOf.get(id);
    return (
      year === undefined ||
      year === null ||
      instrumentSuitsAgeBand(definition, ageBandOfYearGroup(year))
    );
  });
  if (invited.length === 0) return;
  await m.query(
    `INSERT INTO survey_invitation (id, token, survey_id, person_id)
     SELECT id, token, $3, person_id FROM unnest($1::uuid[], $2::text[], $4::uuid[]) AS i(id, token, person_id)
     ON CONFLICT (survey_id, person_id) DO NOTHING`,
    [invited.map(() => randomUUID()), invited.map(newSurveyToken), post.id, invited],
  );
}
