/**
 * Maximum-weight assignment on a dense rows × cols matrix of non-negative weights (0 = "not a
 * pair"): the Hungarian algorithm with potentials (Kuhn–Munkres in the O(n²·m) shortest
 * augmenting path form). Returns, for each row, the chosen column or -1. Rows and columns are
 * processed in index order, so equal inputs give equal outputs.
 *
 * Hand-rolled rather than a package: the registry's ones (munkres-js, linear-sum-assignment) take
 * a matrix of arrays or pull a matrix library, and all are the same dense O(n³); the matcher's
 * speed comes from running this per independent component (see match-pool.ts), not from here.
 */
export function maxWeightAssignment(weights: Float64Array, rows: number, cols: number): Int32Array {
  const result = new Int32Array(rows).fill(-1);
  if (rows === 0 || cols === 0) return result;
  // The algorithm wants n ≤ m; solve the transpose when there are more rows than columns.
  const transposed = rows > cols;
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  const cost = new Float64Array((n + 1) * (m + 1));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const w = weights[r * cols + c];
      const i = transposed ? c + 1 : r + 1;
      const j = transposed ? r + 1 : c + 1;
      cost[i * (m + 1) + j] = -w; // minimise cost = maximise weight
    }
  }
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j] = row matched to column j (1-based; 0 = none)
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Number.POSITIVE_INFINITY);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      const rowBase = i0 * (m + 1);
      const ui0 = u[i0];
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[rowBase + j] - ui0 - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  for (let j = 1; j <= m; j++) {
    if (p[j] === 0) continue;
    const row = transposed ? j - 1 : p[j] - 1;
    const col = transposed ? p[j] - 1 : j - 1;
    // A zero-weight cell is filler, not a pair.
    if (weights[row * cols + col] > 0) result[row] = col;
  }
  return result;
}
