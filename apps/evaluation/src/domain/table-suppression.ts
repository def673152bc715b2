import { MIN_CELL_SIZE } from './statistics';

/**
 * Disclosure control for a table of counts tied by additive identities (a total equals the sum
 * of its parts): primary suppression of small counts of people, then complementary suppression
 * until no suppressed cell can be solved for from the published cells and the identities.
 *
 * The attacker is linear: every identity whose other cells are published is an equation in the
 * suppressed ones, and a suppressed cell is disclosed when it is determined by them — when its
 * unit vector lies in the row space of the equations (Gaussian elimination on exact small
 * integers). While any cell is disclosed, the smallest published cell of an identity it takes
 * part in is suppressed too (smallest, so as little as possible is lost). Each round suppresses
 * one more cell, so it ends.
 */
export interface TableCell {
  key: string;
  /** the exact count, before suppression */
  value: number;
  suppressed: boolean;
  /** why: SMALL (fewer than 10 people) or COMPLEMENT (would disclose another cell) */
  reason?: 'SMALL' | 'COMPLEMENT' | 'DEPENDENT';
}

/** `total` is the sum of `parts`. */
export interface Identity {
  total: string;
  parts: readonly string[];
}

/** Counts of people: a count from 1 to 9 is suppressed (0 discloses nobody). */
export function isSmallCount(n: number): boolean {
  return n > 0 && n < MIN_CELL_SIZE;
}

export function protectTable(cells: Map<string, TableCell>, identities: readonly Identity[]): void {
  for (;;) {
    const disclosed = firstDisclosed(cells, identities);
    if (!disclosed) return;
    const pick = nearestPublished(disclosed, cells, identities);
    if (!pick) return; // nothing left to hide (cannot happen while a cell is disclosed)
    pick.suppressed = true;
    pick.reason = 'COMPLEMENT';
  }
}

/**
 * The smallest published cell among the identities the disclosed cell takes part in; when those
 * hold only suppressed cells, the search widens through them (breadth first), so the cell hidden
 * is one whose value is tied to the disclosed one.
 */
function nearestPublished(
  start: string,
  cells: Map<string, TableCell>,
  identities: readonly Identity[],
): TableCell | undefined {
  const seen = new Set<string>([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const members = identities
      .filter((i) => frontier.some((k) => i.total === k || i.parts.includes(k)))
      .flatMap((i) => [i.total, ...i.parts]);
    const published = members
      .map((k) => cells.get(k))
      .filter((c): c is TableCell => Boolean(c && !c.suppressed));
    if (published.length > 0)
      return published.sort((a, b) => a.value - b.value || a.key.localeCompare(b.key))[0];
    frontier = members.filter((k) => !seen.has(k));
    frontier.forEach((k) => seen.add(k));
  }
  return undefined;
}

/** The first suppressed cell the published cells and identities determine, or null. */
export function firstDisclosed(
  cells: Map<string, TableCell>,
  identities: readonly Identity[],
): string | null {
  const unknowns = [...cells.values()].filter((c) => c.suppressed).map((c) => c.key);
  if (unknowns.length === 0) return null;
  const index = new Map(unknowns.map((k, i) => [k, i]));
  const rows: number[][] = [];
  for (const id of identities) {
    // Every cell of an identity is in the table (the report builds both); skip one that is not.
    if (!cells.has(id.total) || id.parts.some((p) => !cells.has(p))) continue;
    const row = new Array<number>(unknowns.length).fill(0);
    const add = (key: string, sign: number) => {
      const i = index.get(key);
      if (i !== undefined) row[i] += sign;
    };
    add(id.total, 1);
    for (const p of id.parts) add(p, -1);
    if (row.some((v) => v !== 0)) rows.push(row);
  }
  // Reduced row echelon form: a variable is determined exactly when its pivot row has no other
  // non-zero entry (e_k is in the row space only as that row).
  const reduced = reduce(rows, unknowns.length);
  for (const { row, pivot } of reduced) {
    if (row.every((v, j) => j === pivot || v === 0)) return unknowns[pivot];
  }
  return null;
}

/** Fraction-free Gauss–Jordan: each pivot row, with its pivot column cleared in every other row. */
function reduce(input: number[][], cols: number): Array<{ row: number[]; pivot: number }> {
  const m = input.map((r) => [...r]);
  const pivots: Array<{ row: number[]; pivot: number }> = [];
  let r = 0;
  for (let c = 0; c < cols && r < m.length; c += 1) {
    const p = m.findIndex((row, i) => i >= r && row[c] !== 0);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p], m[r]];
    for (let i = 0; i < m.length; i += 1) {
      if (i === r || m[i][c] === 0) continue;
      const a = m[r][c];
      const b = m[i][c];
      for (let j = 0; j < cols; j += 1) m[i][j] = m[i][j] * a - m[r][j] * b;
      const g = m[i].reduce((acc, v) => gcd(acc, Math.abs(v)), 0);
      if (g > 1) for (let j = 0; j < cols; j += 1) m[i][j] /= g;
    }
    pivots.push({ row: m[r], pivot: c });
    r += 1;
  }
  return pivots;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
