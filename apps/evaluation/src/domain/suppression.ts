import type { DoseBand, ReportedCell } from './statistics';
import { protectTable } from './table-suppression';
import type { TableCell } from './table-suppression';

/**
 * Complementary (secondary) suppression of impact reports.
 *
 * Within one report, the cells of one group, year and instrument are tied by one identity:
 * ALL = (no recorded attendance) + ONE + TWO_PLUS. An attacker may well know that nobody in the
 * group lacks an attendance record (it is the usual case), so when ALL is published and exactly
 * one of ONE and TWO_PLUS is suppressed, the suppressed one is ALL − the other: its n, and from
 * n·mean, its mean. So exactly one suppressed cell in {ONE, TWO_PLUS} under a published ALL is
 * never allowed: the other band is suppressed as well, or ALL when the other band is absent —
 * the one engine of every report's tables (`protectTable`), with this identity and ALL weighed as
 * the headline. FOUR_PLUS ⊆ TWO_PLUS is tied to it only through the unpublished 2–3 band, so it
 * needs nothing more. Cells of different groups share no identity (a report has no total row),
 * so they are judged apart.
 */
export interface BandedCell extends ReportedCell {
  groupKey: string | null;
  academicYear: number;
  instrument: string;
  doseBand: DoseBand;
  /** true when suppressed only to protect another cell (n ≥ 10 but recoverable otherwise) */
  suppressedAsComplement?: boolean;
}

export function suppressComplements<C extends BandedCell>(cells: readonly C[]): C[] {
  const out = cells.map((c) => ({ ...c }));
  const families = new Map<string, C[]>();
  for (const c of out) {
    const key = `${c.groupKey ?? ''}\u0000${c.academicYear}\u0000${c.instrument}`;
    families.set(key, [...(families.get(key) ?? []), c]);
  }
  for (const family of families.values()) {
    const table = new Map<string, TableCell>(
      family.map((c) => [
        c.doseBand,
        // ALL is the family's headline: a band is hidden in its place where that protects
        {
          key: c.doseBand,
          value: c.n ?? 0,
          suppressed: c.suppressed,
          weight: c.doseBand === 'ALL' ? 1 : 0,
        },
      ]),
    );
    // An absent band is known to be empty, so it is left out of the identity rather than hidden.
    const parts = (['ONE', 'TWO_PLUS'] as const).filter((b) => table.has(b));
    if (!table.has('ALL') || parts.length === 0) continue;
    protectTable(table, [{ total: 'ALL', parts }]);
    for (const c of family) if (!c.suppressed && table.get(c.doseBand)?.suppressed) hide(c);
  }
  return out;
}

function hide(cell: BandedCell): void {
  cell.n = null;
  cell.meanChange = null;
  cell.sd = null;
  cell.ciLow = null;
  cell.ciHigh = null;
  cell.suppressed = true;
  cell.tooFewToConclude = true;
  cell.suppressedAsComplement = true;
}
