import { londonDate } from './london-date';

describe('londonDate', () => {
  it('is the UK calendar day: 00:30 BST is the next day though UTC is still on the day before', () => {
    expect(londonDate(new Date('2026-06-01T23:30:00Z'))).toBe('2026-06-02');
    expect(londonDate(new Date('2026-06-01T22:59:59Z'))).toBe('2026-06-01');
  });

  it('in winter (GMT) the UK day is the UTC day', () => {
    expect(londonDate(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
    expect(londonDate(new Date('2026-12-02T00:00:00Z'))).toBe('2026-12-02');
  });

  it('around the clock change (29 March 2026, 01:00 UTC) the day follows London', () => {
    expect(londonDate(new Date('2026-03-28T23:59:00Z'))).toBe('2026-03-28');
    expect(londonDate(new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-30');
  });
});
