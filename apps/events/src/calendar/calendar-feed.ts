import { createHash, randomBytes } from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';

// --- school year --- PROGRAMME: every published event of the partnership (no personal data).
export const CALENDAR_SCOPES = ['PARTNER', 'PERSON', 'PROGRAMME'] as const;
export type CalendarScope = (typeof CALENDAR_SCOPES)[number];

export interface CalendarEvent {
  id: string;
  title: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  hostName: string | null;
  status: string;
  updatedAt: Date;
}

/**
 * How long a cancelled event stays in feeds after the time it would have ended: clients poll
 * (hourly, or much less often), and one that never sees STATUS:CANCELLED keeps the event as if it
 * were on. A month after its end nobody needs to be told any more.
 */
export const CANCELLED_IN_FEEDS_DAYS = 30;

/** Cancelled events that ended before this instant are left out of feeds. */
export function cancelledFeedCutoff(now: Date): Date {
  return new Date(now.getTime() - CANCELLED_IN_FEEDS_DAYS * 86_400_000);
}

/** A stable UID per event, so a subscribed client updates an event instead of duplicating it. */
export function eventUid(eventId: string): string {
  return `${eventId}@events.ekst`;
}

/**
 * An RFC 5545 calendar of programme events. Times are written in UTC (`…Z`), which every client
 * shows in its own zone; X-WR-TIMEZONE hints the partnership's zone for clients that name one.
 * Cancelled events stay in as STATUS:CANCELLED so subscribers see the cancellation (which events
 * a feed holds is calendar.query.ts's choice).
 */
export function buildCalendar(
  name: string,
  events: readonly CalendarEvent[],
  opts: { now?: Date; eventUrl?: (id: string) => string } = {},
): string {
  const cal = ical({
    name,
    prodId: { company: 'East Kent Schools Together', product: 'events', language: 'EN' },
    // Clients poll a subscribed feed; an hour keeps changes timely without hammering the service.
    ttl: 60 * 60,
  });
  cal.x('X-WR-TIMEZONE', 'Europe/London');
  for (const e of events) {
    const where = [e.venue, e.hostName].filter((v): v is string => !!v).join(', ');
    cal.createEvent({
      id: eventUid(e.id),
      start: e.startsAt,
      end: e.endsAt,
      stamp: opts.now ?? new Date(),
      lastModified: e.updatedAt,
      summary: e.title,
      location: where || null,
      description: `${e.kind.replace(/_/g, ' ').toLowerCase()} — East Kent Schools Together`,
      status: e.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      url: opts.eventUrl?.(e.id) ?? null,
    });
  }
  return cal.toString();
}

/** A new secret feed token (URL-safe) and the hash that is all the database keeps. */
export function newFeedToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashFeedToken(token) };
}

export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
