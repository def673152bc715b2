import type { Caller, Role } from '@ekst/auth';
import {
  canSeeAsEventContact,
  canSeeViaEvents,
  EVENT_CONTACT_DAYS_AFTER_END,
  eventContactCutoff,
} from './person-visibility';
import type { EventLink, EventRoleAtEvent } from './person-visibility';

const HOST = '0a6e2f4c-1111-4c5e-8f00-00000000000a';
const VISITORS = '0a6e2f4c-2222-4c5e-8f00-00000000000b';
const THIRD = '0a6e2f4c-3333-4c5e-8f00-00000000000c';
const ME = '5b1d7c3e-0000-4a2b-9c00-0000000000e1';
const NOW = new Date('2025-03-10T12:00:00Z');
const DAY = 86_400_000;

function caller(roles: Role[], partnerId: string | null, kind: Caller['kind'] = 'person'): Caller {
  return { kind, subject: ME, roles, partnerId };
}

interface LinkSpec {
  subject?: { registrationStatus?: string | null; roles?: EventRoleAtEvent[] };
  viewer?: { registrationStatus?: string | null; roles?: EventRoleAtEvent[] };
  endsAt?: Date;
  eventStatus?: string;
  hostPartnerId?: string | null;
}
function link(spec: LinkSpec = {}): EventLink {
  return {
    eventStatus: spec.eventStatus ?? 'PUBLISHED',
    hostPartnerId: spec.hostPartnerId === undefined ? HOST : spec.hostPartnerId,
    endsAt: spec.endsAt ?? new Date(NOW.getTime() + 7 * DAY),
    subject: {
      registrationStatus: spec.subject?.registrationStatus ?? null,
      roles: spec.subject?.roles ?? [],
    },
    viewer: {
      registrationStatus: spec.viewer?.registrationStatus ?? null,
      roles: spec.viewer?.roles ?? [],
    },
  };
}
const STUDENT: { roles: Role[] } = { roles: ['STUDENT'] };
const TEACHER: { roles: Role[] } = { roles: ['TEACHER'] };
const registrant = (status = 'REGISTERED') => link({ subject: { registrationStatus: status } });

describe('an event’s organisers and host staff see those registered for it', () => {
  it.each([
    // viewer roles, viewer partner, sees a visiting registrant
    [['HEAD'], HOST, true],
    [['CHAMPION'], HOST, true],
    [['TEACHER'], HOST, true],
    [['STUDENT'], HOST, false],
    [['FINANCE'], HOST, false],
    [['AMBASSADOR'], HOST, false],
    [['ASSOCIATE'], HOST, false],
    [['TEACHER'], THIRD, false],
    [['CHAMPION'], VISITORS, false],
    [['TEACHER'], null, false],
  ] as Array<[Role[], string | null, boolean]>)('%j of %s: %s', (roles, partnerId, sees) => {
    expect(canSeeAsEventContact(caller(roles, partnerId), STUDENT, registrant(), NOW)).toBe(sees);
  });

  it.each(['ORGANISER', 'TEACHER_IN_CHARGE'] as EventRoleAtEvent[])(
    'an %s from another school sees the registrants',
    (role) => {
      const l = link({ subject: { registrationStatus: 'REGISTERED' }, viewer: { roles: [role] } });
      expect(canSeeAsEventContact(caller(['TEACHER'], THIRD), STUDENT, l, NOW)).toBe(true);
    },
  );

  it('an ambassador at the event does not', () => {
    const l = link({
      subject: { registrationStatus: 'REGISTERED' },
      viewer: { roles: ['AMBASSADOR'] },
    });
    expect(canSeeAsEventContact(caller(['AMBASSADOR'], THIRD), STUDENT, l, NOW)).toBe(false);
  });

  it.each([
    ['REGISTERED', true],
    ['WAITLISTED', true],
    ['OFFERED', true],
    ['ATTENDED', true],
    ['NO_SHOW', true],
    ['CANCELLED', false],
  ])('registration %s: %s', (status, sees) => {
    expect(canSeeAsEventContact(caller(['CHAMPION'], HOST), STUDENT, registrant(status), NOW)).toBe(
      sees,
    );
  });

  it('someone not registered (only linked through a role) is not shown to host staff by this rule', () => {
    const l = link({ subject: { roles: ['AMBASSADOR'] } });
    expect(canSeeAsEventContact(caller(['TEACHER'], HOST), TEACHER, l, NOW)).toBe(false);
  });

  it('an event at an external venue has no host staff; its organisers still see registrants', () => {
    const venue = { hostPartnerId: null, subject: { registrationStatus: 'REGISTERED' } };
    expect(canSeeAsEventContact(caller(['TEACHER'], HOST), STUDENT, link(venue), NOW)).toBe(false);
    expect(
      canSeeAsEventContact(
        caller(['TEACHER'], HOST),
        STUDENT,
        link({ ...venue, viewer: { roles: ['ORGANISER'] } }),
        NOW,
      ),
    ).toBe(true);
  });
});

describe('for the event and a stated period after it', () => {
  const endingAt = (endsAt: Date) => link({ endsAt, subject: { registrationStatus: 'ATTENDED' } });
  const champion = caller(['CHAMPION'], HOST);

  it(`until ${EVENT_CONTACT_DAYS_AFTER_END} days after the end, not a moment later`, () => {
    const last = new Date(NOW.getTime() - EVENT_CONTACT_DAYS_AFTER_END * DAY);
    expect(canSeeAsEventContact(champion, STUDENT, endingAt(last), NOW)).toBe(true);
    expect(
      canSeeAsEventContact(champion, STUDENT, endingAt(new Date(last.getTime() - 1)), NOW),
    ).toBe(false);
    expect(eventContactCutoff(NOW)).toEqual(last);
  });

  it('from registration on, however far ahead the event is', () => {
    const nextYear = new Date(NOW.getTime() + 300 * DAY);
    expect(canSeeAsEventContact(champion, STUDENT, endingAt(nextYear), NOW)).toBe(true);
  });

  it('never through a cancelled event', () => {
    const l = link({ eventStatus: 'CANCELLED', subject: { registrationStatus: 'REGISTERED' } });
    expect(canSeeAsEventContact(champion, STUDENT, l, NOW)).toBe(false);
  });
});

describe('a registrant sees the adults who run the event', () => {
  const visitor = caller(['STUDENT'], VISITORS);
  const staffLink = (role: EventRoleAtEvent, viewerStatus: string | null = 'REGISTERED') =>
    link({ subject: { roles: [role] }, viewer: { registrationStatus: viewerStatus } });

  it.each([
    ['ORGANISER', true],
    ['TEACHER_IN_CHARGE', true],
    ['AMBASSADOR', false],
  ] as Array<[EventRoleAtEvent, boolean]>)('%s: %s', (role, sees) => {
    expect(canSeeAsEventContact(visitor, TEACHER, staffLink(role), NOW)).toBe(sees);
  });

  it('not a student helping to organise', () => {
    expect(canSeeAsEventContact(visitor, STUDENT, staffLink('ORGANISER'), NOW)).toBe(false);
  });

  it('only while registered', () => {
    expect(canSeeAsEventContact(visitor, TEACHER, staffLink('ORGANISER', 'CANCELLED'), NOW)).toBe(
      false,
    );
    expect(canSeeAsEventContact(visitor, TEACHER, staffLink('ORGANISER', null), NOW)).toBe(false);
  });

  it('not the other registrants', () => {
    const l = link({
      subject: { registrationStatus: 'REGISTERED' },
      viewer: { registrationStatus: 'REGISTERED' },
    });
    expect(canSeeAsEventContact(visitor, STUDENT, l, NOW)).toBe(false);
  });
});

describe('callers that are not people', () => {
  it('an API key sees nobody through events, even with staff roles', () => {
    const key = caller(['CHAMPION'], HOST, 'api-key');
    expect(canSeeAsEventContact(key, STUDENT, registrant(), NOW)).toBe(false);
  });
});

describe('canSeeViaEvents', () => {
  it('is true when any one event links them', () => {
    const c = caller(['TEACHER'], HOST);
    expect(canSeeViaEvents(c, STUDENT, [], NOW)).toBe(false);
    expect(canSeeViaEvents(c, STUDENT, [registrant('CANCELLED'), registrant()], NOW)).toBe(true);
  });
});
