import { overlapDays, pairDistanceMiles } from './hard-rules';
import type { MatchScore, MatchWeights, SwapCandidate } from './swap-candidate';

/**
 * Default weights: a total is out of 100. Subject fit leads because a swap is about teaching the
 * same thing; dates next (a longer common window is easier to schedule); then distance (travel
 * cost and time); waiting time last, so it breaks near-ties in favour of older listings without
 * outweighing a better fit.
 */
export const SUBJECT_FIT_WEIGHT = 40;
export const DATE_OVERLAP_WEIGHT = 25;
export const DISTANCE_WEIGHT = 20;
export const WAITING_WEIGHT = 15;
export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = {
  subject: SUBJECT_FIT_WEIGHT,
  dates: DATE_OVERLAP_WEIGHT,
  distance: DISTANCE_WEIGHT,
  waiting: WAITING_WEIGHT,
};
/** Two school weeks: a longer overlap is no easier to schedule a visit in. */
export const DATE_OVERLAP_CAP_DAYS = 10;
/** A term: waiting longer than this earns no more priority. */
export const WAITING_CAP_DAYS = 90;

const DAY_MS = 86_400_000;
/** Parts are rounded to 1/1000 point so totals add exactly and ties compare equal. */
const round3 = (n: number): number => Math.round(n * 1000) / 1000;
// A malformed timestamp (NaN) counts as no wait rather than poisoning the total.
const clamp01 = (n: number): number => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

function jaccard(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  let common = 0;
  for (const s of left) if (right.has(s)) common++;
  const union = left.size + right.size - common;
  return union === 0 ? 0 : common / union;
}

function waitedFraction(candidate: SwapCandidate, now: Date): number {
  const days = (now.getTime() - Date.parse(candidate.waitingSince)) / DAY_MS;
  return clamp01(days / WAITING_CAP_DAYS);
}

/**
 * The weighted score of an allowed pair (call `hardRuleViolation` first). Each part is its weight
 * times a fraction: subject = Jaccard of the subject sets; dates = overlap days / 10 (capped);
 * distance = 1 − miles / the tighter travel limit; waiting = the mean of both listings' waits /
 * 90 days (capped).
 */
export function scorePair(
  offer: SwapCandidate,
  request: SwapCandidate,
  now: Date,
  weights: Partial<MatchWeights> = {},
): MatchScore {
  const w = { ...DEFAULT_MATCH_WEIGHTS, ...weights };
  const miles = pairDistanceMiles(offer, request);
  const limit = Math.min(offer.maxTravelMiles, request.maxTravelMiles);
  const subject = round3(w.subject * jaccard(offer.subjects, request.subjects));
  const dates = round3(w.dates * clamp01(overlapDays(offer, request) / DATE_OVERLAP_CAP_DAYS));
  const distance = round3(
    w.distance * (miles === null || limit <= 0 ? 0 : clamp01(1 - miles / limit)),
  );
  const waiting = round3(
    (w.waiting * (waitedFraction(offer, now) + waitedFraction(request, now))) / 2,
  );
  return { subject, dates, distance, waiting, total: round3(subject + dates + distance + waiting) };
}
