import type { Caller, Role } from '@ekst/auth';
import {
  canRegisterPerson,
  canSeePersonRegistrations,
  chooseOffers,
  decidePlacement,
  offerDeadline,
  refuseRegistration,
} from './registration';

const PARTNER = '0b7e8f4c-5d33-4c3e-9f0a-2b6a4c1d0001';
const OTHER_PARTNER = '0b7e8f4c-5d33-4c3e-9f0a-2b6a4c1d0002';
const PERSON = '7a1d2c3b-0000-4000-8000-0000000000aa';

function caller(roles: Role[], overrides: Partial<Caller> = {}): Caller {
  return {
    kind: 'person',
    subject: '7a1d2c3b-0000-4000-8000-0000000000ff',
    roles,
    partnerId: null,
    ...overrides,
  };
}

/** The placement rule without quotas, in the terms of the original single-count tests. */
function place(s: {
  capacity: number;
  registered: number;
  waiting: number;
  lastWaitlistPosition: number | null;
}) {
  return decidePlacement({
    capacity: s.capacity,
    taken: s.registered,
    partnerTaken: 0,
    partnerQuota: null,
    waitingEligible: s.waiting,
    lastWaitlistPosition: s.lastWaitlistPosition,
  });
}

describe('decidePlacement', () => {
  it('gives a place while places are free and nobody is waiting', () => {
    expect(place({ capacity: 10, registered: 0, waiting: 0, lastWaitlistPosition: null })).toEqual({
      status: 'REGISTERED',
      waitlistPosition: null,
    });
    expect(place({ capacity: 10, registered: 9, waiting: 0, lastWaitlistPosition: null })).toEqual({
      status: 'REGISTERED',
      waitlistPosition: null,
    });
  });

  it('starts the waitlist at position 1 when the last place has gone', () => {
    expect(place({ capacity: 10, registered: 10, waiting: 0, lastWaitlistPosition: null })).toEqual(
      {
        status: 'WAITLISTED',
        waitlistPosition: 1,
      },
    );
  });

  it('joins the end of the queue', () => {
    expect(place({ capacity: 10, registered: 10, waiting: 4, lastWaitlistPosition: 4 })).toEqual({
      status: 'WAITLISTED',
      waitlistPosition: 5,
    });
  });

  it('never reuses a position left by someone ahead, so the queue order holds', () => {
    // positions 1 and 2 left the queue; 3..5 are still waiting
    expect(place({ capacity: 10, registered: 10, waiting: 3, lastWaitlistPosition: 5 })).toEqual({
      status: 'WAITLISTED',
      waitlistPosition: 6,
    });
  });

  it('does not let a newcomer take a freed place ahead of the people waiting for it', () => {
    expect(place({ capacity: 10, registered: 9, waiting: 2, lastWaitlistPosition: 2 })).toEqual({
      status: 'WAITLISTED',
      waitlistPosition: 3,
    });
  });

  it('treats an over-full event (capacity lowered later) as full', () => {
    expect(
      place({ capacity: 5, registered: 7, waiting: 0, lastWaitlistPosition: null }).status,
    ).toBe('WAITLISTED');
  });

  it('fills exactly `capacity` places, then queues everyone else in arrival order', () => {
    let registered = 0;
    let waiting = 0;
    let last: number | null = null;
    const outcomes = Array.from({ length: 60 }, () => {
      const p = place({ capacity: 10, registered, waiting, lastWaitlistPosition: last });
      if (p.status === 'REGISTERED') registered += 1;
      else {
        waiting += 1;
        last = p.waitlistPosition;
      }
      return p;
    });
    expect(registered).toBe(10);
    expect(outcomes.slice(0, 10).every((p) => p.status === 'REGISTERED')).toBe(true);
    expect(outcomes.slice(10).map((p) => p.waitlistPosition)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
  });
});

describe('refuseRegistration', () => {
  const now = new Date('2025-03-01T12:00:00Z');
  const event = {
    status: 'PUBLISHED' as const,
    startsAt: new Date('2025-03-14T09:00:00Z'),
    audience: 'STUDENTS' as const,
    yearGroups: [9, 10],
  };
  const student = { roles: ['STUDENT'] as Role[], yearGroup: 9 };
  const teacher = { roles: ['TEACHER'] as Role[], yearGroup: null };

  it('accepts a student in one of the year groups', () => {
    expect(refuseRegistration(event, student, now)).toBeNull();
  });

  it('refuses someone who has left the partnership (PersonLeft), whatever else holds', () => {
    expect(refuseRegistration(event, { ...student, leftOn: '2025-02-28' }, now)).toBe(
      'PERSON_LEFT',
    );
    expect(refuseRegistration(event, { ...student, leftOn: null }, now)).toBeNull();
  });

  it.each([['DRAFT'], ['COMPLETED']] as const)('refuses a %s event', (status) => {
    expect(refuseRegistration({ ...event, status }, student, now)).toBe('EVENT_NOT_OPEN');
  });

  it('refuses once the event has started, including at its first instant', () => {
    expect(refuseRegistration(event, student, new Date('2025-03-14T09:00:00Z'))).toBe(
      'EVENT_STARTED',
    );
    expect(refuseRegistration(event, student, new Date('2025-03-14T10:00:00Z'))).toBe(
      'EVENT_STARTED',
    );
    expect(refuseRegistration(event, student, new Date('2025-03-14T08:59:59Z'))).toBeNull();
  });

  it.each([[8], [11], [null]])('refuses a student in year group %s', (yearGroup) => {
    expect(refuseRegistration(event, { ...student, yearGroup }, now)).toBe(
      'YEAR_GROUP_NOT_ELIGIBLE',
    );
  });

  it('keeps students out of teachers-only events and teachers out of students-only ones', () => {
    expect(
      refuseRegistration({ ...event, audience: 'TEACHERS', yearGroups: [] }, student, now),
    ).toBe('NOT_IN_AUDIENCE');
    expect(refuseRegistration(event, teacher, now)).toBe('NOT_IN_AUDIENCE');
  });

  it.each([[['TEACHER']], [['HEAD']], [['CHAMPION', 'TEACHER']]] as Array<[Role[]]>)(
    'counts %j as a teacher for a teachers or mixed audience',
    (roles) => {
      expect(
        refuseRegistration(
          { ...event, audience: 'TEACHERS', yearGroups: [] },
          { roles, yearGroup: null },
          now,
        ),
      ).toBeNull();
      expect(
        refuseRegistration({ ...event, audience: 'BOTH' }, { roles, yearGroup: null }, now),
      ).toBeNull();
    },
  );

  it.each([[['AMBASSADOR']], [['FINANCE']], [['ASSOCIATE']]] as Array<[Role[]]>)(
    'does not register %j as a participant',
    (roles) => {
      expect(
        refuseRegistration({ ...event, audience: 'BOTH' }, { roles, yearGroup: null }, now),
      ).toBe('NOT_IN_AUDIENCE');
    },
  );
});

describe('who may register a person, and see their registrations', () => {
  it.each([
    ['the coordinator, for anyone', caller(['COORDINATOR']), PARTNER, true, true],
    [
      'a student, for themself',
      caller(['STUDENT'], { subject: PERSON, partnerId: PARTNER }),
      PARTNER,
      true,
      true,
    ],
    [
      'a teacher, for themself',
      caller(['TEACHER'], { subject: PERSON, partnerId: PARTNER }),
      PARTNER,
      true,
      true,
    ],
    [
      'a teacher of the same partner',
      caller(['TEACHER'], { partnerId: PARTNER }),
      PARTNER,
      true,
      true,
    ],
    [
      'a champion of the same partner',
      caller(['CHAMPION'], { partnerId: PARTNER }),
      PARTNER,
      true,
      true,
    ],
    ['a head of the same partner', caller(['HEAD'], { partnerId: PARTNER }), PARTNER, true, true],
    [
      'a teacher of another partner',
      caller(['TEACHER'], { partnerId: OTHER_PARTNER }),
      PARTNER,
      false,
      false,
    ],
    [
      'another student of the same partner',
      caller(['STUDENT'], { partnerId: PARTNER }),
      PARTNER,
      false,
      false,
    ],
    [
      'an ambassador, for themself (sees, cannot register)',
      caller(['AMBASSADOR'], { subject: PERSON }),
      PARTNER,
      false,
      true,
    ],
    [
      'a teacher, for someone unknown here',
      caller(['TEACHER'], { partnerId: PARTNER }),
      null,
      false,
      false,
    ],
    [
      'an API key whose id equals the person id',
      caller(['ASSOCIATE'], { kind: 'api-key', subject: PERSON }),
      PARTNER,
      false,
      false,
    ],
  ] as Array<[string, Caller, string | null, boolean, boolean]>)(
    '%s: register %s, see %s',
    (_who, c, personPartnerId, register, see) => {
      expect(canRegisterPerson(c, PERSON, personPartnerId)).toBe(register);
      expect(canSeePersonRegistrations(c, PERSON, personPartnerId)).toBe(see);
    },
  );
});

describe('per-partner quotas and offers', () => {
  const base = { capacity: 30, taken: 10, partnerQuota: 8, lastWaitlistPosition: null };

  it('gives a place under quota, and waitlists a partner at quota even with places free', () => {
    expect(decidePlacement({ ...base, partnerTaken: 7, waitingEligible: 0 }).status).toBe(
      'REGISTERED',
    );
    expect(decidePlacement({ ...base, partnerTaken: 8, waitingEligible: 0 })).toEqual({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
  });

  it('lets another partner’s newcomer past people waiting only because of their own quota', () => {
    // waitingEligible counts only those whose partner is under quota: 0 here
    expect(decidePlacement({ ...base, partnerTaken: 0, waitingEligible: 0 }).status).toBe(
      'REGISTERED',
    );
    expect(decidePlacement({ ...base, partnerTaken: 0, waitingEligible: 1 }).status).toBe(
      'WAITLISTED',
    );
  });

  it('simulated: 500 arrivals from 5 partners, 30 places, quota 8 → 30 placed, none over quota', () => {
    const taken = new Map<string, number>();
    let total = 0;
    let last: number | null = null;
    for (let i = 0; i < 500; i += 1) {
      const partner = `p${i % 5}`;
      const p = decidePlacement({
        capacity: 30,
        taken: total,
        partnerTaken: taken.get(partner) ?? 0,
        partnerQuota: 8,
        waitingEligible: 0,
        lastWaitlistPosition: last,
      });
      if (p.status === 'REGISTERED') {
        total += 1;
        taken.set(partner, (taken.get(partner) ?? 0) + 1);
      } else last = p.waitlistPosition;
    }
    expect(total).toBe(30);
    expect(Math.max(...taken.values())).toBeLessThanOrEqual(8);
    expect(last).toBe(470);
  });

  it('offers free places in queue order, skipping people whose partner is at quota', () => {
    const waiting = [
      { id: 'w1', partnerId: 'a' },
      { id: 'w2', partnerId: 'b' },
      { id: 'w3', partnerId: 'b' },
      { id: 'w4', partnerId: 'c' },
    ];
    const takenByPartner = new Map([
      ['a', 2],
      ['b', 1],
    ]);
    expect(
      chooseOffers({ capacity: 5, taken: 3, partnerQuota: 2, takenByPartner, waiting }),
    ).toEqual(['w2', 'w4']);
    expect(
      chooseOffers({ capacity: 5, taken: 4, partnerQuota: null, takenByPartner, waiting }),
    ).toEqual(['w1']);
    expect(
      chooseOffers({ capacity: 5, taken: 5, partnerQuota: null, takenByPartner, waiting }),
    ).toEqual([]);
  });

  it('gives 48 hours to confirm, but never beyond the start', () => {
    const now = new Date('2025-03-01T09:00:00Z');
    expect(offerDeadline(now, new Date('2025-03-10T09:00:00Z')).toISOString()).toBe(
      '2025-03-03T09:00:00.000Z',
    );
    expect(offerDeadline(now, new Date('2025-03-02T09:00:00Z')).toISOString()).toBe(
      '2025-03-02T09:00:00.000Z',
    );
  });

  it('refuses a cancelled event, a partner that left, and a student without a required consent', () => {
    const event = {
      status: 'PUBLISHED' as const,
      startsAt: new Date('2030-01-01T09:00:00Z'),
      audience: 'STUDENTS' as const,
      yearGroups: [9],
      requiredConsents: ['TRIPS' as const],
    };
    const student = { roles: ['STUDENT' as const], yearGroup: 9, partnerActive: true };
    const now = new Date('2029-12-01T09:00:00Z');
    expect(refuseRegistration({ ...event, status: 'CANCELLED' }, student, now)).toBe(
      'EVENT_CANCELLED',
    );
    expect(refuseRegistration(event, { ...student, partnerActive: false }, now)).toBe(
      'PARTNER_NOT_MEMBER',
    );
    expect(refuseRegistration(event, { ...student, consents: [] }, now)).toBe('CONSENT_REQUIRED');
    expect(refuseRegistration(event, { ...student, consents: ['TRIPS'] }, now)).toBeNull();
  });
});
