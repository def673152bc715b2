import fc from 'fast-check';
import { doseBandsOf, DOSE_BANDS, MIN_CELL_SIZE, reportCell } from './statistics';
import type { DoseBand } from './statistics';
import { suppressComplements } from './suppression';
import type { BandedCell } from './suppression';

/**
 * The attacker's view of one report: every published cell is an exact sum (of people, and of
 * their changes) over disjoint atoms — no attendance (Z), one event (O), two or three (T), four or
 * more (F) — and a band that is absent from the report is known to be empty. The attacker also
 * knows Z whenever it is 0, which is the usual case (only an erased respondent's answers keep no
 * attendance). A suppressed cell is recoverable when its atoms are a linear combination of what
 * is known; the property is that none ever is.
 */
const ATOMS_OF: Record<DoseBand, number[]> = {
  ALL: [1, 1, 1, 1],
  ONE: [0, 1, 0, 0],
  TWO_PLUS: [0, 0, 1, 1],
  FOUR_PLUS: [0, 0, 0, 1],
};
const KNOWN_Z = [1, 0, 0, 0];

function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  for (let col = 0; col < 4 && r < m.length; col += 1) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[col]) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot], m[r]];
    for (let i = 0; i < m.length; i += 1) {
      if (i === r) continue;
      const f = m[i][col] / m[r][col];
      for (let j = col; j < 4; j += 1) m[i][j] -= f * m[r][j];
    }
    r += 1;
  }
  return r;
}

const recoverable = (target: number[], known: number[][]) =>
  rank([...known, target]) === rank(known);

interface Person {
  group: string;
  instrument: 'SWEMWBS' | 'STIRLING';
  dose: number;
  change: number;
}

/** What the SQL does, in memory: cells per group, year, instrument and band, present bands only. */
function report(people: Person[]): BandedCell[] {
  const cells = new Map<string, { key: [string, string, DoseBand]; changes: number[] }>();
  for (const p of people) {
    for (const band of doseBandsOf(p.dose)) {
      const k = `${p.group}|${p.instrument}|${band}`;
      const cell = cells.get(k) ?? { key: [p.group, p.instrument, band], changes: [] };
      cell.changes.push(p.change);
      cells.set(k, cell);
    }
  }
  return [...cells.values()].map(({ key: [group, instrument, band], changes }) => {
    const n = changes.length;
    const mean = changes.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(changes.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n - 1));
    return {
      groupKey: group,
      academicYear: 2026,
      instrument,
      doseBand: band,
      ...reportCell(n >= MIN_CELL_SIZE ? { n, mean, sd } : { n: null, mean: null, sd: null }),
    };
  });
}

const person = fc.record({
  group: fc.constantFrom('A', 'B', 'C'),
  instrument: fc.constantFrom('SWEMWBS' as const, 'STIRLING' as const),
  // Mostly 1–5 events, sometimes none (an erased respondent's answers keep no attendance).
  dose: fc.oneof(
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 40, arbitrary: fc.integer({ min: 1, max: 6 }) },
  ),
  change: fc.integer({ min: -20, max: 20 }),
});

describe('complementary suppression', () => {
  it('no suppressed cell can be recovered from the published cells of the same report', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 0, maxLength: 150, size: 'max' }), (people) => {
        const cells = suppressComplements(report(people));
        const families = new Map<string, BandedCell[]>();
        const withoutAttendance = new Set(
          people.filter((p) => p.dose === 0).map((p) => `${p.group}|${p.instrument}`),
        );
        for (const c of cells) {
          const k = `${c.groupKey}|${c.instrument}`;
          families.set(k, [...(families.get(k) ?? []), c]);
        }
        for (const [key, family] of families) {
          const present = new Set(family.map((c) => c.doseBand));
          const known = [
            ...(withoutAttendance.has(key) ? [] : [KNOWN_Z]),
            ...family.filter((c) => !c.suppressed).map((c) => ATOMS_OF[c.doseBand]),
            ...DOSE_BANDS.filter((b) => !present.has(b)).map((b) => ATOMS_OF[b]),
          ];
          for (const hidden of family.filter((c) => c.suppressed)) {
            if (recoverable(ATOMS_OF[hidden.doseBand], known)) return false;
          }
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it('publishes every cell that protects nothing, and hides at most one more per family', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 0, maxLength: 150, size: 'max' }), (people) => {
        const before = report(people);
        const after = suppressComplements(before);
        const extra = after.filter((c, i) => c.suppressed && !before[i].suppressed);
        const perFamily = new Map<string, number>();
        for (const c of extra) {
          expect(c.suppressedAsComplement).toBe(true);
          const k = `${c.groupKey}|${c.instrument}`;
          perFamily.set(k, (perFamily.get(k) ?? 0) + 1);
        }
        return [...perFamily.values()].every((n) => n === 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('the case the e2e journey used to publish: ALL 14 and ONE 10 leave 2+ (4 people) recoverable, so ONE is hidden too', () => {
    const people: Person[] = [
      ...Array.from({ length: 10 }, () => ({
        group: 'A',
        instrument: 'SWEMWBS' as const,
        dose: 1,
        change: 2,
      })),
      ...Array.from({ length: 4 }, () => ({
        group: 'A',
        instrument: 'SWEMWBS' as const,
        dose: 2,
        change: 9,
      })),
    ];
    const cells = suppressComplements(report(people));
    const band = (b: DoseBand) => cells.find((c) => c.doseBand === b);
    expect(band('ALL')).toMatchObject({ n: 14, suppressed: false });
    expect(band('ONE')).toMatchObject({ n: null, suppressed: true, suppressedAsComplement: true });
    expect(band('TWO_PLUS')).toMatchObject({ n: null, suppressed: true });
  });
});
