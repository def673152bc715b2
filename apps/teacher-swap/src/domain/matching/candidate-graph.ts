import { hardRuleViolation, passedRules, pairDistanceMiles, overlapDays } from './hard-rules';
import { scorePair } from './match-score';
import type { MatchOptions, PairRef, ProposedMatch, SwapCandidate } from './swap-candidate';

/** An allowed, unpinned pair: indexes into the sorted offers and requests. */
export interface CandidateEdge {
  offer: number;
  request: number;
  /** The score's total in thousandths of a point (scores are rounded to 0.001). */
  milli: number;
}

export interface CandidateGraph {
  offers: SwapCandidate[];
  requests: SwapCandidate[];
  pinned: ProposedMatch[];
  /** Edges among the offers and requests not taken by a pin, offer-major in id order. */
  edges: CandidateEdge[];
}

const pairKey = (p: PairRef): string => `${p.offerId}\u0000${p.requestId}`;
const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
const byPair = (a: PairRef, b: PairRef): number =>
  a.offerId < b.offerId
    ? -1
    : a.offerId > b.offerId
      ? 1
      : a.requestId < b.requestId
        ? -1
        : a.requestId > b.requestId
          ? 1
          : 0;

export function proposal(
  offer: SwapCandidate,
  request: SwapCandidate,
  opts: MatchOptions,
): ProposedMatch {
  const score = scorePair(offer, request, opts.now, opts.weights);
  return {
    offerId: offer.id,
    requestId: request.id,
    score: score.total,
    explanation: {
      rules: passedRules(offer, request),
      score,
      distanceMiles: Math.round((pairDistanceMiles(offer, request) ?? 0) * 10) / 10,
      overlapDays: overlapDays(offer, request),
    },
  };
}

/**
 * Sorts both sides by id (so input order cannot change the answer), keeps the legal pins (first
 * by offer then request id when two pins share a side), and lists every other allowed pair with
 * its score. Pairs are only tried within a phase, since a different phase is never allowed.
 */
export function buildCandidateGraph(
  offersIn: readonly SwapCandidate[],
  requestsIn: readonly SwapCandidate[],
  opts: MatchOptions,
): CandidateGraph {
  const offers = [...offersIn].sort(byId);
  const requests = [...requestsIn].sort(byId);
  const excluded = new Set((opts.excluded ?? []).map(pairKey));
  const offerIndex = new Map(offers.map((o, i) => [o.id, i]));
  const requestIndex = new Map(requests.map((r, i) => [r.id, i]));
  const offerTaken = new Uint8Array(offers.length);
  const requestTaken = new Uint8Array(requests.length);

  const pinned: ProposedMatch[] = [];
  for (const pin of [...(opts.pinned ?? [])].sort(byPair)) {
    const o = offerIndex.get(pin.offerId);
    const r = requestIndex.get(pin.requestId);
    if (o === undefined || r === undefined || offerTaken[o] || requestTaken[r]) continue;
    if (excluded.has(pairKey(pin)) || hardRuleViolation(offers[o], requests[r]) !== null) continue;
    offerTaken[o] = 1;
    requestTaken[r] = 1;
    pinned.push({ ...proposal(offers[o], requests[r], opts), pinned: true });
  }

  const requestsByPhase = new Map<string, number[]>();
  requests.forEach((request, r) => {
    if (requestTaken[r]) return;
    const list = requestsByPhase.get(request.phase) ?? [];
    list.push(r);
    requestsByPhase.set(request.phase, list);
  });
  const edges: CandidateEdge[] = [];
  offers.forEach((offer, o) => {
    if (offerTaken[o]) return;
    for (const r of requestsByPhase.get(offer.phase) ?? []) {
      const request = requests[r];
      if (hardRuleViolation(offer, request) !== null) continue;
      if (excluded.size > 0 && excluded.has(pairKey({ offerId: offer.id, requestId: request.id })))
        continue;
      const total = scorePair(offer, request, opts.now, opts.weights).total;
      edges.push({ offer: o, request: r, milli: Math.round(total * 1000) });
    }
  });
  return { offers, requests, pinned, edges };
}
