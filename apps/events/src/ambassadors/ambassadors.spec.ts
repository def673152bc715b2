import { testCaller } from '@ekst/testing';
import {
  londonDate,
  mayKeepAvailability,
  minutesPerTerm,
  refuseAmbassadorOffer,
  termOf,
} from './ambassadors';

describe('ambassador hours per term', () => {
  it('puts each entry in the term of its event start, UK local date', () => {
    // 31 Dec 2025 23:30 UTC is still 31 Dec in London (GMT): autumn.
    expect(termOf(new Date('2025-12-31T23:30:00Z'), 2025)).toBe('AUTUMN');
    // 31 Mar 2026 23:30 UTC is 1 April in London (BST): summer.
    expect(termOf(new Date('2026-03-31T23:30:00Z'), 2025)).toBe('SUMMER');
    expect(termOf(new Date('2026-09-01T09:00:00Z'), 2025)).toBeNull();
  });

  it('sums minutes per term, lists every term, ignores other years', () => {
    expect(
      minutesPerTerm(
        [
          { startsAt: new Date('2025-10-01T09:00:00Z'), minutes: 90 },
          { startsAt: new Date('2025-11-05T09:00:00Z'), minutes: 60 },
          { startsAt: new Date('2026-02-01T09:00:00Z'), minutes: 45 },
          { startsAt: new Date('2024-11-05T09:00:00Z'), minutes: 600 },
        ],
        2025,
      ),
    ).toEqual([
      { term: 'AUTUMN', minutes: 150 },
      { term: 'SPRING', minutes: 45 },
      { term: 'SUMMER', minutes: 0 },
    ]);
  });
});

describe('offering an ambassador slot', () => {
  const event = {
    startsAt: new Date('2026-03-10T09:00:00Z'),
    endsAt: new Date('2026-03-10T15:00:00Z'),
    slots: 2,
    slotsUsed: 0,
  };
  const window = {
    startsAt: new Date('2026-03-10T08:00:00Z'),
    endsAt: new Date('2026-03-10T16:00:00Z'),
  };
  const ambassador = {
    roles: ['AMBASSADOR'],
    clearedUntil: '2027-01-01',
    windows: [window],
    alreadyOffered: false,
  };

  it('offers to an available ambassador cleared on the day', () => {
    expect(refuseAmbassadorOffer(ambassador, event)).toBeNull();
    expect(refuseAmbassadorOffer({ ...ambassador, clearedUntil: '2026-03-10' }, event)).toBeNull();
  });

  it('refuses a check that expires before the event', () => {
    expect(refuseAmbassadorOffer({ ...ambassador, clearedUntil: '2026-03-09' }, event)).toBe(
      'SAFEGUARDING_NOT_VALID',
    );
    expect(refuseAmbassadorOffer({ ...ambassador, clearedUntil: null }, event)).toBe(
      'SAFEGUARDING_NOT_VALID',
    );
  });

  it('refuses someone not an ambassador, not available for all of it, or no slot left', () => {
    expect(refuseAmbassadorOffer({ ...ambassador, roles: ['TEACHER'] }, event)).toBe(
      'NOT_AN_AMBASSADOR',
    );
    expect(
      refuseAmbassadorOffer(
        { ...ambassador, windows: [{ ...window, endsAt: new Date('2026-03-10T12:00:00Z') }] },
        event,
      ),
    ).toBe('NOT_AVAILABLE');
    expect(refuseAmbassadorOffer(ambassador, { ...event, slotsUsed: 2 })).toBe('NO_SLOTS_LEFT');
    // Offering again to the one already offered does not need another slot.
    expect(
      refuseAmbassadorOffer({ ...ambassador, alreadyOffered: true }, { ...event, slotsUsed: 2 }),
    ).toBeNull();
  });

  it('lets ambassadors keep their own availability, and the coordinator anyone’s', () => {
    const me = '00000000-0000-4000-8000-000000000a01';
    expect(mayKeepAvailability(testCaller(['AMBASSADOR'], { subject: me }), me)).toBe(true);
    expect(mayKeepAvailability(testCaller(['AMBASSADOR']), me)).toBe(false);
    expect(mayKeepAvailability(testCaller(['COORDINATOR']), me)).toBe(true);
    expect(mayKeepAvailability(testCaller(['TEACHER'], { subject: me }), me)).toBe(false);
  });
});

describe('londonDate', () => {
  it.each([
    ['2026-06-30T23:30:00Z', '2026-07-01'], // 00:30 BST
    ['2026-06-30T22:59:59Z', '2026-06-30'],
    ['2026-12-31T23:30:00Z', '2026-12-31'], // GMT = UTC
    ['2026-03-29T00:30:00Z', '2026-03-29'], // the night the clocks go forward
    ['2026-10-24T23:30:00Z', '2026-10-25'], // the night they go back (still BST)
  ])('%s is %s in London', (at, day) => expect(londonDate(new Date(at))).toBe(day));
});
