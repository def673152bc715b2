import { MIN_CELL_SIZE } from './statistics';

/**
 * Disclosure control for a table of counts tied by additive identities (a total equals the sum
 * of its parts): primary suppression of small counts of people, then complementary suppression
 * until no suppressed cell can be solved for from the published cells and the identities.
 *
 * The attacker is linear: every identity whose other cells are published is an equation in the
 * suppressed ones, and a suppressed cell is disclosed when it is determined by them — when its
 * unit vector lies in the row space of the equations (Gaussian elimination on exact small
 * integers). While any cell is disclosed, one published cell of an identity it takes part in is
 * suppressed too. Which one: the cheapest to lose — the lowest `weight` (a report weighs its
 * headline totals above its subtotals above its rows), then the smallest value — among those
 * whose suppression leaves the disclosed cell undetermined (hiding a cell that equals another
 * published one protects nothing and loses a cell); only when none does, the cheapest of all.
 * Each round suppresses one more cell, so it ends.
 */
export interface TableCell {
  key: string;
  /** the exact count, before suppression */
  value: number;
  suppressed: boolean;
  /** why: SMALL (fewer than 10 people) or COMPLEMENT (would disclose another cell) */
  reason?: 'SMALL' | 'COMPLEMENT' | 'DEPENDENT';
  /**
   * How much publishing it matters (default 0): complements are taken from the lowest weight
   * first, so a report keeps its totals where a row can be hidden instead.
   */
  weight?: number;
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
  hideComplements(cells, identities);
  republishRedundant(cells, identities);
}

function hideComplements(cells: Map<string, TableCell>, identities: readonly Identity[]): void {
  for (;;) {
    const disclosed = firstDisclosed(cells, identities);
    if (!disclosed) return;
    const layers = publishedNear(disclosed, cells, identities, 2).map((layer) =>
      layer.map((c) => withAliases(c, cells, identities)).sort(cheapestFirst),
    );
    if (layers.length === 0) return; // nothing left to hide (cannot while a cell is disclosed)
    const options = layers.flat().sort(cheapestFirst);
    const pick =
      options.find((o) => !determinedIf(o, disclosed, cells, identities)) ?? layers[0][0];
    for (const cell of pick) {
      cell.suppressed = true;
      cell.reason = 'COMPLEMENT';
    }
  }
}

/**
 * The greedy choice can hide more than it needed (a complement chosen early may be made
 * redundant by later ones): each complement is offered back for publication, the most valuable
 * first, and stays published when no suppressed cell becomes determined.
 */
function republishRedundant(cells: Map<string, TableCell>, identities: readonly Identity[]): void {
  const complements = [...cells.values()]
    .filter((c) => c.suppressed && c.reason === 'COMPLEMENT')
    .sort((a, b) => cheapestFirst([b], [a]));
  for (const cell of complements) {
    cell.suppressed = false;
    cell.reason = undefined;
    if (firstDisclosed(cells, identities) === null) continue;
    cell.suppressed = true;
    cell.reason = 'COMPLEMENT';
  }
}

/**
 * The cell with every published cell an identity makes equal to it: a school that is the only
 * one of its kind (or whose fellows count 0) has its kind's subtotal as an alias, and hiding one
 * without the other protects nothing.
 */
function withAliases(
  cell: TableCell,
  cells: Map<string, TableCell>,
  identities: readonly Identity[],
): TableCell[] {
  const group = new Map<string, TableCell>([[cell.key, cell]]);
  const queue = [cell.key];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    for (const id of identities) {
      const members = [id.total, ...id.parts];
      if (!members.includes(key)) continue;
      const others = members
        .filter((k) => k !== key)
        .map((k) => cells.get(k))
        .filter((c): c is TableCell => Boolean(c && (c.suppressed || c.value !== 0)));
      const [other] = others;
      // equal only across the identity (total = the one part left), never between two parts
      const across = other && (id.total === key || id.total === other.key);
      if (others.length !== 1 || !across || other.suppressed || group.has(other.key)) continue;
      group.set(other.key, other);
      queue.push(other.key);
    }
  }
  return [...group.values()];
}

/** Whether `target` stays determined once `option` is suppressed as well. */
function determinedIf(
  option: readonly TableCell[],
  target: string,
  cells: Map<string, TableCell>,
  identities: readonly Identity[],
): boolean {
  for (const cell of option) cell.suppressed = true;
  try {
    return determinedCells(cells, identities).includes(target);
  } finally {
    for (const cell of option) cell.suppressed = false;
  }
}

/** The cheapest option to lose: the lowest weight it holds, then the fewest people, then by key. */
function cheapestFirst(a: readonly TableCell[], b: readonly TableCell[]): number {
  const weight = (o: readonly TableCell[]) => Math.max(...o.map((c) => c.weight ?? 0));
  const value = (o: readonly TableCell[]) => o.reduce((n, c) => n + c.value, 0);
  return weight(a) - weight(b) || value(a) - value(b) || a[0].key.localeCompare(b[0].key);
}

/**
 * The published cells tied to the disclosed one, nearest first: layer 1 holds those of the
 * identities it takes part in, each further layer those of the identities the previous layers'
 * cells take part in (the search goes through suppressed cells as well), up to `depth` layers
 * that hold a published cell.
 */
function publishedNear(
  start: string,
  cells: Map<string, TableCell>,
  identities: readonly Identity[],
  depth: number,
): TableCell[][] {
  const layers: TableCell[][] = [];
  const seen = new Set<string>([start]);
  let frontier = [start];
  while (frontier.length > 0 && layers.length < depth) {
    const members = [
      ...new Set(
        identities
          .filter((i) => frontier.some((k) => i.total === k || i.parts.includes(k)))
          .flatMap((i) => [i.total, ...i.parts]),
      ),
    ].filter((k) => !seen.has(k));
    members.forEach((k) => seen.add(k));
    const published = members
      .map((k) => cells.get(k))
      .filter((c): c is TableCell => Boolean(c && !c.suppressed));
    if (published.length > 0) layers.push(published);
    frontier = members;
  }
  return layers;
}

/** The first suppressed cell the published cells and identities determine, or null. */
export function firstDisclosed(
  cells: Map<string, TableCell>,
  identities: readonly Identity[],
): string | null {
  return determinedCells(cells, identities)[0] ?? null;
}

/** Every suppressed cell the published cells and identities determine. */
function determinedCells(cells: Map<string, TableCell>, identities: readonly Identity[]): string[] {
  const unknowns = [...cells.values()].filter((c) => c.suppressed).map((c) => c.key);
  if (unknowns.length === 0) return [];
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
  return reduce(rows, unknowns.length)
    .filter(({ row, pivot }) => row.every((v, j) => j === pivot || v === 0))
    .map(({ pivot }) => unknowns[pivot]);
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
