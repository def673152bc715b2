import { HIDDEN, REACH_HIDDEN_NOTE, reachCellText } from '../src/pages/reach-cells';

/**
 * The reach page's cells (and so its screen-reader table, the chart's text alternative): a
 * suppressed count may be a count of 1–9 people or a complement of 10 or more hidden so that one
 * cannot be worked out, and the graph does not say which, so both read "hidden".
 */
describe('reach table cells', () => {
  const row = { suppressed: ['STUDENTS_REACHED', 'REACHED_ONCE', 'PLACES_USED'] as const };

  it('say "hidden" for every suppressed count, people and places alike, never "fewer than 10"', () => {
    for (const m of ['STUDENTS_REACHED', 'REACHED_ONCE', 'PLACES_USED'] as const) {
      expect(reachCellText({ suppressed: [...row.suppressed] }, m, null)).toBe(HIDDEN);
      // a complement's number may be known to the client: it still is not shown
      expect(reachCellText({ suppressed: [...row.suppressed] }, m, 42)).toBe('hidden');
    }
    expect(REACH_HIDDEN_NOTE).toMatch(/fewer than 10 people, or a number that would let/);
  });

  it('show published counts, and a dash where there is no number', () => {
    const r = { suppressed: [...row.suppressed] };
    expect(reachCellText(r, 'REACHED_TWO_PLUS', 14)).toBe('14');
    expect(reachCellText(r, 'ATTENDANCES', 0)).toBe('0');
    expect(reachCellText(r, null, 3)).toBe('3'); // events hosted: events, not people
    expect(reachCellText(r, 'NO_SHOWS', null)).toBe('—');
    expect(reachCellText(r, null, undefined)).toBe('—');
  });
});
