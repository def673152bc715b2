import type { Caller } from '@ekst/auth';
import { isUuid } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { buildCalendar, cancelledFeedCutoff, hashFeedToken } from '../calendar/calendar-feed';
import type { CalendarEvent, CalendarScope } from '../calendar/calendar-feed';
import { canSeeEvent } from '../domain/event';
import { CalendarFeedEntity } from '../entities/calendar-feed.entity';
import { EventEntity } from '../entities/event.entity';

const CALENDAR_COLUMNS = `e.id, e.title, e.kind, e.starts_at, e.ends_at, e.venue, e.status, e.updated_at,
  pp.name AS host_name`;

interface CalendarRow {
  id: string;
  title: string;
  kind: string;
  starts_at: Date;
  ends_at: Date;
  venue: string | null;
  status: string;
  updated_at: Date;
  host_name: string | null;
}

function toCalendarEvent(r: CalendarRow): CalendarEvent {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    venue: r.venue,
    hostName: r.host_name,
    status: r.status,
    updatedAt: r.updated_at,
  };
}

/**
 * Which events a feed shows, by status (`cutoff` names the parameter holding
 * cancelledFeedCutoff): PUBLISHED and
 * COMPLETED ones, and a CANCELLED one that had been published, until CANCELLED_IN_FEEDS_DAYS after
 * its end, so subscribed calendars learn of the cancellation (STATUS:CANCELLED) instead of keeping
 * an event that silently vanished. Drafts, cancelled or not, never leave the Management Group.
 */
const inFeeds = (cutoff: string) => `(e.status IN ('PUBLISHED','COMPLETED')
  OR (e.status = 'CANCELLED' AND e.published_at IS NOT NULL AND e.ends_at >= ${cutoff}))`;

/**
 * The published programme a feed shows. A partner's feed: events it hosts and events where its
 * people hold a place. A person's feed: events where they hold a place or a role. Registrations
 * stay as they were when an event is cancelled, so the same rows find a cancelled one.
 */
async function feedEvents(
  ds: DataSource,
  scope: CalendarScope,
  ownerId: string,
  now: Date,
): Promise<CalendarEvent[]> {
  // --- school year --- the whole published programme: events only, no people.
  if (scope === 'PROGRAMME') return programmeEvents(ds, now);
  const rows = (await ds.query(
    scope === 'PARTNER'
      ? `SELECT ${CALENDAR_COLUMNS} FROM event e LEFT JOIN partner_projection pp ON pp.id = e.host_partner_id
         WHERE ${inFeeds('$2')}
           AND (e.host_partner_id = $1 OR EXISTS (SELECT 1 FROM registration r WHERE r.event_id = e.id
                AND r.partner_id = $1 AND r.status IN ('REGISTERED','OFFERED','ATTENDED')))
         ORDER BY e.starts_at, e.id`
      : `SELECT ${CALENDAR_COLUMNS} FROM event e LEFT JOIN partner_projection pp ON pp.id = e.host_partner_id
         WHERE ${inFeeds('$2')}
           AND (EXISTS (SELECT 1 FROM registration r WHERE r.event_id = e.id AND r.person_id = $1
                AND r.status IN ('REGISTERED','OFFERED','ATTENDED'))
             OR EXISTS (SELECT 1 FROM event_role er WHERE er.event_id = e.id AND er.person_id = $1))
         ORDER BY e.starts_at, e.id`,
    [ownerId, cancelledFeedCutoff(now)],
  )) as CalendarRow[];
  return rows.map(toCalendarEvent);
}

/** Every event in feeds (inFeeds), for the whole-programme feed (PROGRAMME). */
async function programmeEvents(ds: DataSource, now: Date): Promise<CalendarEvent[]> {
  const rows = (await ds.query(
    `SELECT ${CALENDAR_COLUMNS} FROM event e LEFT JOIN partner_projection pp ON pp.id = e.host_partner_id
     WHERE ${inFeeds('$1')} ORDER BY e.starts_at, e.id`,
    [cancelledFeedCutoff(now)],
  )) as CalendarRow[];
  return rows.map(toCalendarEvent);
}

/** The ICS text of a feed, or null for an unknown or revoked token (the route answers 404). */
export async function calendarForToken(
  ds: DataSource,
  token: string,
  opts: { now?: Date } = {},
): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(token)) return null;
  const feed = await ds
    .getRepository(CalendarFeedEntity)
    .findOneBy({ tokenHash: hashFeedToken(token) });
  if (!feed || feed.revokedAt) return null;
  const name =
    feed.scope === 'PERSON'
      ? 'My EKST events'
      : feed.scope === 'PROGRAMME'
        ? 'EKST programme (all events)'
        : 'EKST programme';
  const now = opts.now ?? new Date();
  return buildCalendar(name, await feedEvents(ds, feed.scope, feed.ownerId, now), opts);
}

/** One event as an .ics file, for whoever may see the event. */
export async function eventCalendar(
  ds: DataSource,
  caller: Caller,
  eventId: string,
  opts: { now?: Date } = {},
): Promise<string | null> {
  if (!isUuid(eventId)) return null;
  const event = await ds.getRepository(EventEntity).findOneBy({ id: eventId });
  if (!event || !canSeeEvent(caller, event)) return null;
  const [row] = (await ds.query(
    `SELECT ${CALENDAR_COLUMNS} FROM event e LEFT JOIN partner_projection pp ON pp.id = e.host_partner_id WHERE e.id = $1`,
    [eventId],
  )) as CalendarRow[];
  return buildCalendar(event.title, [toCalendarEvent(row)], opts);
}
