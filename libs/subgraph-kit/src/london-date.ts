/**
 * The partnership works on UK dates: a day is a calendar day in Europe/London, never UTC's (from
 * late March to late October 00:30 in London is 23:30 UTC the day before). Every service uses
 * these, so "today", a meeting's day, a leaver's day and an event's days agree across the graph.
 */
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** YYYY-MM-DD of an instant in Europe/London. */
export function londonDate(at: Date): string {
  return LONDON_DAY.format(at);
}

/** Today's date in Europe/London, in SQL (the server's own zone setting is not relied on). */
export const LONDON_TODAY_SQL = `(now() AT TIME ZONE 'Europe/London')::date`;
