import { findClashes, londonDate, participatingPartners } from './term-clash';
import type { TermDateRange } from './term-clash';

const HOST = 'host';
const VISITOR = 'visitor';
const range = (
  partnerId: string,
  kind: string,
  startsOn: string,
  endsOn = startsOn,
  label: string | null = null,
): TermDateRange => ({ partnerId, kind, startsOn, endsOn, label });

const at = (iso: string) => new Date(iso);

describe('londonDate', () => {
  it('uses UK local dates: 23:30 UTC is the next day in summer (BST), the same day in winter', () => {
    expect(londonDate(at('2026-06-30T23:30:00Z'))).toBe('2026-07-01'); // 00:30 BST
    expect(londonDate(at('2026-12-31T23:30:00Z'))).toBe('2026-12-31'); // GMT
  });
});

describe('findClashes', () => {
  const event = { startsAt: at('2026-11-02T09:00:00Z'), endsAt: at('2026-11-02T15:00:00Z') };
  const both = new Set([HOST, VISITOR]);

  it('warns for an INSET day of a participating partner', () => {
    expect(
      findClashes(event, both, [
        range(VISITOR, 'INSET_DAY', '2026-11-02', '2026-11-02', 'Staff training'),
      ]),
    ).toEqual([
      {
        partnerId: VISITOR,
        kind: 'INSET_DAY',
        startsOn: '2026-11-02',
        endsOn: '2026-11-02',
        message:
          'A participating partner has an INSET (staff training) day (Staff training) on 2026-11-02.',
      },
    ]);
  });

  it('ignores term time, other days, and partners not taking part', () => {
    expect(
      findClashes(event, new Set([HOST]), [
        range(HOST, 'TERM', '2026-09-03', '2026-12-18'),
        range(HOST, 'INSET_DAY', '2026-11-03'),
        range(HOST, 'HOLIDAY', '2026-10-26', '2026-11-01'),
        range(VISITOR, 'INSET_DAY', '2026-11-02'),
      ]),
    ).toEqual([]);
  });

  it('counts a range touching either end of a multi-day event, one warning per range, in date order', () => {
    const residential = {
      startsAt: at('2026-10-30T09:00:00Z'),
      endsAt: at('2026-11-02T12:00:00Z'),
    };
    const clashes = findClashes(residential, both, [
      range(VISITOR, 'EXAM_PERIOD', '2026-11-02', '2026-11-13'),
      range(HOST, 'HOLIDAY', '2026-10-26', '2026-10-30'),
      range(HOST, 'INSET_DAY', '2026-11-03'),
    ]);
    expect(clashes.map((c) => [c.partnerId, c.kind])).toEqual([
      [HOST, 'HOLIDAY'],
      [VISITOR, 'EXAM_PERIOD'],
    ]);
    expect(clashes[1].message).toBe(
      'A participating partner has an exam period from 2026-11-02 to 2026-11-13.',
    );
  });

  it('reads the event’s days in UK time: 23:30 UTC in summer is the next day', () => {
    const late = { startsAt: at('2026-06-30T22:00:00Z'), endsAt: at('2026-06-30T23:30:00Z') };
    expect(findClashes(late, both, [range(HOST, 'INSET_DAY', '2026-07-01')])).toHaveLength(1);
  });
});

describe('participatingPartners', () => {
  it('is the host and the partners of registrants, without duplicates or unknowns', () => {
    expect([...participatingPartners(HOST, [VISITOR, null, HOST, VISITOR])].sort()).toEqual([
      HOST,
      VISITOR,
    ]);
    expect([...participatingPartners(null, [])]).toEqual([]);
  });
});
