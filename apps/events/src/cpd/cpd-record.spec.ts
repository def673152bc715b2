import { testCaller } from '@ekst/testing';
import { cpdMinutes, hoursOf, mayReadCpdRecord } from './cpd-record';

describe('CPD time', () => {
  it('is start to end on one day', () => {
    expect(cpdMinutes(new Date('2026-02-03T16:00:00Z'), new Date('2026-02-03T17:30:00Z'))).toBe(90);
    expect(hoursOf(90)).toBe(1.5);
    expect(hoursOf(100)).toBe(1.67);
  });

  it('is start to end for one sitting that runs past midnight (it used to count 0)', () => {
    // 22:45 to 00:15 UK time in December (GMT): 90 minutes over two calendar days.
    expect(cpdMinutes(new Date('2026-12-01T22:45:00Z'), new Date('2026-12-02T00:15:00Z'))).toBe(90);
  });

  it('counts each day of a several-day visit, not the nights, across the clock change', () => {
    // 27–30 March 2026, 08:30 GMT to 16:00 BST (15:00Z): four school days of 7.5 h.
    expect(cpdMinutes(new Date('2026-03-27T08:30:00Z'), new Date('2026-03-30T15:00:00Z'))).toBe(
      4 * 450,
    );
  });
});

describe('who reads a CPD record', () => {
  const teacher = {
    id: '00000000-0000-4000-8000-0000000000a1',
    partnerId: '00000000-0000-4000-8000-0000000000b1',
  };
  it('the teacher, their head and the coordinator only', () => {
    expect(mayReadCpdRecord(testCaller(['TEACHER'], { subject: teacher.id }), teacher)).toBe(true);
    expect(mayReadCpdRecord(testCaller(['HEAD'], { partnerId: teacher.partnerId }), teacher)).toBe(
      true,
    );
    expect(mayReadCpdRecord(testCaller(['COORDINATOR']), teacher)).toBe(true);
    expect(
      mayReadCpdRecord(testCaller(['TEACHER'], { partnerId: teacher.partnerId }), teacher),
    ).toBe(false);
    expect(
      mayReadCpdRecord(testCaller(['CHAMPION'], { partnerId: teacher.partnerId }), teacher),
    ).toBe(false);
    expect(
      mayReadCpdRecord(
        testCaller(['HEAD'], { partnerId: '00000000-0000-4000-8000-0000000000b2' }),
        teacher,
      ),
    ).toBe(false);
  });
});
