import { buildCandidateGraph, proposal } from './candidate-graph';
import type { CandidateEdge, CandidateGraph } from './candidate-graph';
import { maxWeightAssignment } from './max-weight-assignment';
import type { MatchOptions, ProposedMatch, SwapCandidate } from './swap-candidate';

/**
 * The optimal proposals for a pool: a one-to-one assignment of offers to requests with the
 * greatest total score (and, among equal totals, the most pairs). Pinned pairs are kept when legal,
 * excluded pairs are never proposed, and the answer depends only on the pool, not its order.
 *
 * The hard rules make the allowed-pair graph sparse and split it (by phase, subject, distance,
 * dates), so the Hungarian algorithm runs on each connected component separately: an optimal
 * assignment of the whole pool is the union of the components' optimal assignments.
 */
export function matchPool(
  offers: readonly SwapCandidate[],
  requests: readonly SwapCandidate[],
  opts: MatchOptions,
): ProposedMatch[] {
  const graph = buildCandidateGraph(offers, requests, opts);
  const chosen: CandidateEdge[] = [];
  for (const component of connectedComponents(graph)) chosen.push(...assignComponent(component));
  return finish(graph, chosen, opts);
}

/**
 * Greedy first-fit by score (highest first, ties by ids): the baseline the benchmark compares
 * the optimum with. Not for proposals: one early high-scoring pair can block two better ones.
 */
export function greedyMatch(
  offers: readonly SwapCandidate[],
  requests: readonly SwapCandidate[],
  opts: MatchOptions,
): ProposedMatch[] {
  const graph = buildCandidateGraph(offers, requests, opts);
  // Edges are offer-major in id order, so a stable sort by score alone breaks ties by ids.
  const byScore = [...graph.edges].sort((a, b) => b.milli - a.milli);
  const offerTaken = new Uint8Array(graph.offers.length);
  const requestTaken = new Uint8Array(graph.requests.length);
  const chosen: CandidateEdge[] = [];
  for (const edge of byScore) {
    if (offerTaken[edge.offer] || requestTaken[edge.request]) continue;
    offerTaken[edge.offer] = 1;
    requestTaken[edge.request] = 1;
    chosen.push(edge);
  }
  return finish(graph, chosen, opts);
}

function finish(
  graph: CandidateGraph,
  chosen: CandidateEdge[],
  opts: MatchOptions,
): ProposedMatch[] {
  const proposals = chosen.map((e) =>
    proposal(graph.offers[e.offer], graph.requests[e.request], opts),
  );
  return [...graph.pinned, ...proposals].sort((a, b) =>
    a.offerId !== b.offerId
      ? a.offerId < b.offerId
        ? -1
        : 1
      : a.requestId < b.requestId
        ? -1
        : a.requestId > b.requestId
          ? 1
          : 0,
  );
}

/** Groups edges by connected component (union–find over offers and requests), in edge order. */
function connectedComponents(graph: CandidateGraph): CandidateEdge[][] {
  const offset = graph.offers.length;
  const parent = new Int32Array(offset + graph.requests.length).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const e of graph.edges) {
    const a = find(e.offer);
    const b = find(offset + e.request);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const components = new Map<number, CandidateEdge[]>();
  for (const e of graph.edges) {
    const root = find(e.offer);
    const list = components.get(root) ?? [];
    list.push(e);
    components.set(root, list);
  }
  return [...components.values()];
}

function assignComponent(edges: CandidateEdge[]): CandidateEdge[] {
  if (edges.length === 1) return edges;
  const rowOf = new Map<number, number>();
  const colOf = new Map<number, number>();
  for (const e of edges) {
    if (!rowOf.has(e.offer)) rowOf.set(e.offer, rowOf.size);
    if (!colOf.has(e.request)) colOf.set(e.request, colOf.size);
  }
  const rows = rowOf.size;
  const cols = colOf.size;
  // Weight = score × (more than the possible number of pairs) + 1: the total score decides, and
  // among equal totals the assignment with more pairs wins (a zero-score pair still counts).
  const pairsBound = Math.min(rows, cols) + 1;
  const weights = new Float64Array(rows * cols);
  const edgeAt = new Map<number, CandidateEdge>();
  for (const e of edges) {
    const cell = (rowOf.get(e.offer) ?? 0) * cols + (colOf.get(e.request) ?? 0);
    weights[cell] = e.milli * pairsBound + 1;
    edgeAt.set(cell, e);
  }
  const assignment = maxWeightAssignment(weights, rows, cols);
  const chosen: CandidateEdge[] = [];
  assignment.forEach((col, row) => {
    const edge = col < 0 ? undefined : edgeAt.get(row * cols + col);
    if (edge) chosen.push(edge);
  });
  return chosen;
}
