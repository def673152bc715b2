import type { DoseBand, ReportedCell } from './statistics';

/**
 * Complementary (secondary) suppression of impact reports.
 *
 * Within one report, the cells of one group, year and instrument are tied by one identity:
 * ALL = (no recorded attendance) + ONE + TWO_PLUS. An attacker may well know that nobody in the
 * group lacks an attendance record (it is the usual case), so when ALL is published and exactly
 * one of ONE and TWO_PLUS is suppressed, the suppressed one is ALL − the other: its n, and from
 * n·mean, its mean. So exactly one suppressed cell in {ONE, TWO_PLUS} under a published ALL is
 * never allowed: the smaller of the published candidates (the other band, or ALL when the other
 * band is absent) is suppressed as well. FOUR_PLUS ⊆ TWO_PLUS is tied to it only through the
 * unpublished 2–3 band, so it needs nothing more. Cells of different groups share no identity
 * (a report has no total row), so they are judged apart.
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
  const families = new Map<string, Partial<Record<DoseBand, C>>>();
  for (const c of out) {
    const key = `${c.groupKey ?? ''}\u0000${c.academicYear}\u0000${c.instrument}`;
    const family = families.get(key) ?? {};
    family[c.doseBand] = c;
    families.set(key, family);
  }
  for (const family of families.values()) {
    const all = family.ALL;
    if (!all || all.suppressed) continue;
    const one = family.ONE;
    const twoPlus = family.TWO_PLUS;
    const suppressedSiblings = [one, twoPlus].filter((c) => c?.suppressed).length;
    if (suppressedSiblings !== 1) continue;
    const sibling = one?.suppressed ? twoPlus : one;
    const complement =
      sibling && !sibling.suppressed && (sibling.n ?? 0) <= (all.n ?? 0) ? sibling : all;
    hide(complement);
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
