import type { Caller, Role } from '@ekst/auth';
import { EVENT_STATUSES } from '@ekst/contracts';
import { refuseEventRole } from './event-role';
import {
  academicPeriod,
  canTransition,
  canSeeEvent,
  canSeeEventRegistrations,
  newEventSchema,
  visibleEventStatuses,
} from './event';

const HOST = '6f1c1f0e-8a4b-4a53-9a6e-1d1b7b0f2a01';
const OTHER = '6f1c1f0e-8a4b-4a53-9a6e-1d1b7b0f2a02';

function caller(roles: Role[], partnerId: string | null = null): Caller {
  return { kind: 'person', subject: 'd1b7b0f2-0000-4000-8000-000000000001', roles, partnerId };
}

describe('newEventSchema', () => {
  const valid = {
    title: 'Year 9 Choir Day',
    kind: 'CHOIR',
    audience: 'STUDENTS',
    yearGroups: [9],
    hostPartnerId: HOST,
    startsAt: '2025-03-14T09:00:00+00:00',
    endsAt: '2025-03-14T15:00:00+00:00',
    aims: ['COMMUNITY', 'CONFIDENCE'],
    capacity: 60,
  };

  function fieldsRejected(patch: Record<string, unknown>): string[] {
    const result = newEventSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    return result.error!.issues.map((i) => String(i.path[0]));
  }

  it('accepts a valid event, trims the title, sorts and de-duplicates year groups and aims', () => {
    const e = newEventSchema.parse({
      ...valid,
      title: '  Year 9 Choir Day ',
      yearGroups: [10, 9, 10],
      aims: ['CONFIDENCE', 'COMMUNITY', 'CONFIDENCE'],
    });
    expect(e).toMatchObject({
      title: 'Year 9 Choir Day',
      yearGroups: [9, 10],
      aims: ['COMMUNITY', 'CONFIDENCE'],
      venue: null,
    });
  });

  it('accepts an external venue without a host partner, and any offset', () => {
    const e = newEventSchema.parse({
      ...valid,
      hostPartnerId: null,
      venue: 'Marlowe Theatre, Canterbury',
      startsAt: '2025-06-20T18:30:00+01:00',
      endsAt: '2025-06-20T17:45:00Z',
    });
    expect(e).toMatchObject({ hostPartnerId: null, venue: 'Marlowe Theatre, Canterbury' });
  });

  it.each([
    [{ title: 'AB' }, 'title'],
    [{ title: 'x'.repeat(201) }, 'title'],
    [{ kind: 'PICNIC' }, 'kind'],
    [{ capacity: 0 }, 'capacity'],
    [{ capacity: 5001 }, 'capacity'],
    [{ capacity: 2.5 }, 'capacity'],
    [{ aims: [] }, 'aims'],
    [{ aims: ['HAPPINESS'] }, 'aims'],
    [{ hostPartnerId: 'partner-1' }, 'hostPartnerId'],
  ])('rejects %j at %s', (patch, field) => {
    expect(fieldsRejected(patch)).toContain(field);
  });

  describe('dates', () => {
    it.each([
      ['the same instant', '2025-03-14T09:00:00+00:00'],
      ['an earlier time', '2025-03-14T08:59:59Z'],
      ['the same wall-clock time in a later zone, which is earlier', '2025-03-14T09:30:00+01:00'],
    ])('rejects an end at %s', (_what, endsAt) => {
      expect(fieldsRejected({ endsAt })).toEqual(['endsAt']);
    });

    it.each([['2025-03-14'], ['2025-03-14T09:00:00'], ['14/03/2025 09:00'], ['tomorrow']])(
      'rejects %s as a start: date-times need an offset',
      (startsAt) => {
        expect(fieldsRejected({ startsAt })).toEqual(['startsAt']);
      },
    );

    it('accepts an end one second after the start', () => {
      expect(newEventSchema.safeParse({ ...valid, endsAt: '2025-03-14T09:00:01Z' }).success).toBe(
        true,
      );
    });
  });

  describe('year groups', () => {
    it.each([[[6]], [[14]], [[7, 13, 0]], [[9.5]]])(
      'rejects %j: year groups run 7–13',
      (yearGroups) => {
        expect(fieldsRejected({ yearGroups })).toContain('yearGroups');
      },
    );

    it.each([[[7]], [[13]], [[7, 8, 9, 10, 11, 12, 13]]])('accepts %j', (yearGroups) => {
      expect(newEventSchema.parse({ ...valid, yearGroups }).yearGroups).toEqual(yearGroups);
    });

    it.each([['STUDENTS'], ['BOTH']])(
      'requires year groups when the audience is %s',
      (audience) => {
        expect(fieldsRejected({ audience, yearGroups: [] })).toEqual(['yearGroups']);
        expect(fieldsRejected({ audience, yearGroups: null })).toEqual(['yearGroups']);
      },
    );

    it('refuses year groups for an event for teachers only, and accepts none', () => {
      expect(fieldsRejected({ audience: 'TEACHERS', kind: 'TEACHMEET' })).toEqual(['yearGroups']);
      expect(
        newEventSchema.parse({ ...valid, audience: 'TEACHERS', yearGroups: undefined }).yearGroups,
      ).toEqual([]);
    });
  });

  it('needs a host partner or a venue; a blank venue is no venue', () => {
    expect(fieldsRejected({ hostPartnerId: null, venue: '   ' })).toEqual(['venue']);
    expect(fieldsRejected({ hostPartnerId: undefined })).toEqual(['venue']);
  });
});

describe('visibility and management', () => {
  it.each([
    [['COORDINATOR'], EVENT_STATUSES],
    [['CHAMPION'], EVENT_STATUSES],
    [['HEAD'], ['PUBLISHED', 'COMPLETED']],
    [['TEACHER'], ['PUBLISHED', 'COMPLETED']],
    [['STUDENT'], ['PUBLISHED', 'COMPLETED']],
    [['ASSOCIATE'], ['PUBLISHED', 'COMPLETED']],
  ] as Array<[Role[], readonly string[]]>)('%j sees %j', (roles, statuses) => {
    expect(visibleEventStatuses(caller(roles))).toEqual(statuses);
  });

  it('hides drafts from students but not from champions', () => {
    expect(canSeeEvent(caller(['STUDENT']), { status: 'DRAFT' })).toBe(false);
    expect(canSeeEvent(caller(['CHAMPION']), { status: 'DRAFT' })).toBe(true);
  });

  it.each([
    ['the coordinator', caller(['COORDINATOR']), HOST, true],
    ['a teacher of the host', caller(['TEACHER'], HOST), HOST, true],
    ['a head of the host', caller(['HEAD'], HOST), HOST, true],
    ['a teacher of another partner', caller(['TEACHER'], OTHER), HOST, false],
    ['a student of the host', caller(['STUDENT'], HOST), HOST, false],
    ['a teacher, for an external venue', caller(['TEACHER'], HOST), null, false],
    ['a teacher with no partner, for an external venue', caller(['TEACHER'], null), null, false],
  ])('registrations are visible to %s: %s', (_who, c, hostPartnerId, allowed) => {
    expect(canSeeEventRegistrations(c, { hostPartnerId })).toBe(allowed);
  });

  it.each([
    ['an organiser from another partner', ['ORGANISER'], true],
    ['a teacher in charge from another partner', ['TEACHER_IN_CHARGE'], true],
    ['an ambassador at the event', ['AMBASSADOR'], false],
    ['someone with no role at the event', [], false],
  ])('registrations are visible to %s: %s', (_who, rolesAtEvent, allowed) => {
    expect(
      canSeeEventRegistrations(caller(['TEACHER'], OTHER), { hostPartnerId: HOST }, rolesAtEvent),
    ).toBe(allowed);
  });
});

describe('academic periods, transitions and event roles', () => {
  it('runs the academic year September to August, in three terms', () => {
    expect(academicPeriod(2025)).toEqual({ from: '2025-09-01', to: '2026-09-01' });
    expect(academicPeriod(2025, 'AUTUMN')).toEqual({ from: '2025-09-01', to: '2026-01-01' });
    expect(academicPeriod(2025, 'SPRING')).toEqual({ from: '2026-01-01', to: '2026-04-01' });
    expect(academicPeriod(2025, 'SUMMER')).toEqual({ from: '2026-04-01', to: '2026-09-01' });
  });

  it('moves DRAFT → PUBLISHED → COMPLETED, or to CANCELLED, and never back', () => {
    expect(canTransition('DRAFT', 'PUBLISHED')).toBe(true);
    expect(canTransition('PUBLISHED', 'COMPLETED')).toBe(true);
    expect(canTransition('PUBLISHED', 'CANCELLED')).toBe(true);
    expect(canTransition('DRAFT', 'COMPLETED')).toBe(false);
    expect(canTransition('COMPLETED', 'CANCELLED')).toBe(false);
    expect(canTransition('CANCELLED', 'PUBLISHED')).toBe(false);
  });

  it('accepts an ambassador only with a check valid on the last day', () => {
    const event = { endsAt: new Date('2026-03-14T15:00:00Z') };
    const amb = { roles: ['AMBASSADOR'] };
    expect(refuseEventRole('AMBASSADOR', { ...amb, clearedUntil: '2026-03-14' }, event)).toBeNull();
    expect(refuseEventRole('AMBASSADOR', { ...amb, clearedUntil: '2026-03-13' }, event)).toBe(
      'SAFEGUARDING_NOT_VALID',
    );
    expect(refuseEventRole('AMBASSADOR', { ...amb, clearedUntil: null }, event)).toBe(
      'SAFEGUARDING_NOT_VALID',
    );
    expect(refuseEventRole('ORGANISER', { roles: ['STUDENT'], clearedUntil: null }, event)).toBe(
      'NOT_STAFF',
    );
    expect(
      refuseEventRole('TEACHER_IN_CHARGE', { roles: ['TEACHER'], clearedUntil: null }, event),
    ).toBeNull();
  });

  it('refuses a partner quota above the capacity', () => {
    const r = newEventSchema.safeParse({
      title: 'Choir',
      kind: 'CHOIR',
      audience: 'TEACHERS',
      venue: 'Hall',
      startsAt: '2025-03-14T09:00:00Z',
      endsAt: '2025-03-14T10:00:00Z',
      aims: ['COMMUNITY'],
      capacity: 10,
      partnerQuota: 11,
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0])).toEqual(['partnerQuota']);
  });
});

describe('ambassador clearance is checked on the London date', () => {
  const amb = { roles: ['AMBASSADOR'], clearedUntil: '2026-06-30' };
  it('an event ending at 00:30 BST on 1 July (23:30 UTC on 30 June) needs clearance on 1 July', () => {
    const event = { endsAt: new Date('2026-06-30T23:30:00Z') };
    expect(refuseEventRole('AMBASSADOR', amb, event)).toBe('SAFEGUARDING_NOT_VALID');
    expect(refuseEventRole('AMBASSADOR', { ...amb, clearedUntil: '2026-07-01' }, event)).toBeNull();
  });
  it('in winter London is UTC: 23:30 on 31 December is still that day', () => {
    const event = { endsAt: new Date('2026-12-31T23:30:00Z') };
    expect(refuseEventRole('AMBASSADOR', { ...amb, clearedUntil: '2026-12-31' }, event)).toBeNull();
  });
});
