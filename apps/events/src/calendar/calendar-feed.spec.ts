import ICAL from 'ical.js';
import { buildCalendar, eventUid, hashFeedToken, newFeedToken } from './calendar-feed';

describe('buildCalendar (parsed back with ical.js, an independent RFC 5545 parser)', () => {
  const events = [
    {
      id: '3b0b8a1e-1d2c-4f5e-8a9b-0c1d2e3f4a5b',
      title: 'Choir Festival; Year 7, 8 & 9',
      kind: 'CHOIR',
      startsAt: new Date('2026-06-20T09:00:00Z'),
      endsAt: new Date('2026-06-20T15:30:00Z'),
      venue: 'Great Hall',
      hostName: 'Canterbury Academy',
      status: 'PUBLISHED',
      updatedAt: new Date('2026-05-01T10:00:00Z'),
    },
    {
      id: '3b0b8a1e-1d2c-4f5e-8a9b-0c1d2e3f4a5c',
      title: 'Outdoor Learning Day',
      kind: 'OUTDOOR_LEARNING',
      startsAt: new Date('2026-12-01T09:00:00Z'),
      endsAt: new Date('2026-12-01T15:00:00Z'),
      venue: null,
      hostName: null,
      status: 'CANCELLED',
      updatedAt: new Date('2026-05-01T10:00:00Z'),
    },
  ];

  it('produces a VCALENDAR whose events, UIDs, times, summaries and statuses parse back', () => {
    const text = buildCalendar('EKST programme', events, { now: new Date('2026-05-02T00:00:00Z') });
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toContain('East Kent Schools Together');
    expect(cal.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/London');
    const vevents = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(vevents.map((e) => e.uid)).toEqual(events.map((e) => eventUid(e.id)));
    expect(vevents.map((e) => e.summary)).toEqual(events.map((e) => e.title));
    expect(vevents.map((e) => e.startDate.toJSDate().toISOString())).toEqual(
      events.map((e) => e.startsAt.toISOString()),
    );
    expect(vevents.map((e) => e.endDate.toJSDate().toISOString())).toEqual(
      events.map((e) => e.endsAt.toISOString()),
    );
    // UTC times (a zone every client understands), not floating local times
    expect(vevents.every((e) => e.startDate.zone.tzid === 'UTC')).toBe(true);
    expect(vevents[0].location).toBe('Great Hall, Canterbury Academy');
    expect(cal.getAllSubcomponents('vevent').map((c) => c.getFirstPropertyValue('status'))).toEqual(
      ['CONFIRMED', 'CANCELLED'],
    );
    expect(cal.getAllSubcomponents('vevent').every((c) => c.getFirstPropertyValue('dtstamp'))).toBe(
      true,
    );
  });

  it('makes unguessable tokens and stores only their hash', () => {
    const a = newFeedToken();
    const b = newFeedToken();
    expect(a.token).not.toBe(b.token);
    expect(a.token.length).toBeGreaterThanOrEqual(32);
    expect(a.hash).toBe(hashFeedToken(a.token));
    expect(a.hash).not.toContain(a.token);
  });
});
