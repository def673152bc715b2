import type { SwapCandidate } from './swap-candidate';

/** The hard rules, in the order they are checked (the first broken one is reported). */
export const HARD_RULES = [
  'SAME_TEACHER',
  'SAME_PARTNER',
  'SAME_SECTOR',
  'PARTNER_INACTIVE',
  'DIFFERENT_PHASE',
  'NO_SHARED_SUBJECT',
  'NO_DATE_OVERLAP',
  'LOCATION_UNKNOWN',
  'TOO_FAR',
] as const;
export type HardRule = (typeof HARD_RULES)[number];

/** What each broken rule means, in words a coordinator can be shown (e.g. for a refused pin). */
export const HARD_RULE_DESCRIPTIONS: Readonly<Record<HardRule, string>> = {
  SAME_TEACHER: 'the offer and the request are by the same teacher',
  SAME_PARTNER: 'both teachers are at the same partner',
  SAME_SECTOR: 'both teachers are in the same sector (a swap crosses state and independent)',
  PARTNER_INACTIVE: 'a partner is not an active member',
  DIFFERENT_PHASE: 'the phases differ',
  NO_SHARED_SUBJECT: 'no subject in common',
  NO_DATE_OVERLAP: 'the date windows do not share a day',
  LOCATION_UNKNOWN: "a partner's location is unknown, so the distance cannot be checked",
  TOO_FAR: "the schools are further apart than one of the teachers' travel limits",
};

const DAY_MS = 86_400_000;
const EARTH_RADIUS_MILES = 3958.8;

/** Great-circle (haversine) distance in miles. */
export function milesBetween(
  a: { lat: number; lng: number },
  b: { lat: number; lng: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** Days both windows cover, both ends inclusive; 0 or less when they do not meet. */
export function overlapDays(a: SwapCandidate, b: SwapCandidate): number {
  const from = Math.max(dayNumber(a.availableFrom), dayNumber(b.availableFrom));
  const to = Math.min(dayNumber(a.availableTo), dayNumber(b.availableTo));
  return to - from + 1;
}

export function sharedSubjects(a: SwapCandidate, b: SwapCandidate): string[] {
  const theirs = new Set(b.subjects);
  return [...new Set(a.subjects)].filter((s) => theirs.has(s)).sort();
}

/** Distance between the two partners, or null when either location is unknown. */
export function pairDistanceMiles(a: SwapCandidate, b: SwapCandidate): number | null {
  return a.location && b.location ? milesBetween(a.location, b.location) : null;
}

/**
 * Hard rules (DOMAIN.md, teacher-swap): null if the pair may be matched, else the first broken
 * rule. Symmetric apart from which side is called the offer.
 */
export function hardRuleViolation(offer: SwapCandidate, request: SwapCandidate): HardRule | null {
  if (offer.teacherId === request.teacherId) return 'SAME_TEACHER';
  if (offer.partnerId === request.partnerId) return 'SAME_PARTNER';
  // A swap exists to cross between the state and independent sectors.
  if (offer.sector === request.sector) return 'SAME_SECTOR';
  if (!offer.partnerActive || !request.partnerActive) return 'PARTNER_INACTIVE';
  if (offer.phase !== request.phase) return 'DIFFERENT_PHASE';
  if (sharedSubjects(offer, request).length === 0) return 'NO_SHARED_SUBJECT';
  // Written as "not ≥" / "not ≤" so a malformed date or coordinate (NaN) fails the rule.
  if (!(overlapDays(offer, request) >= 1)) return 'NO_DATE_OVERLAP';
  const miles = pairDistanceMiles(offer, request);
  if (miles === null) return 'LOCATION_UNKNOWN';
  // Each teacher travels to the other's school, so both limits apply.
  if (!(miles <= offer.maxTravelMiles && miles <= request.maxTravelMiles)) return 'TOO_FAR';
  return null;
}

/** The sentences a coordinator reads for an allowed pair: which rule passed and how. */
export function passedRules(offer: SwapCandidate, request: SwapCandidate): string[] {
  const miles = pairDistanceMiles(offer, request) ?? Number.NaN;
  const from =
    offer.availableFrom > request.availableFrom ? offer.availableFrom : request.availableFrom;
  const to = offer.availableTo < request.availableTo ? offer.availableTo : request.availableTo;
  return [
    'different teachers at different partners',
    `different sectors (${offer.sector} and ${request.sector})`,
    'both partners are active members',
    `same phase (${offer.phase})`,
    `shared subjects: ${sharedSubjects(offer, request).join(', ')}`,
    `dates overlap ${overlapDays(offer, request)} day(s), ${from} to ${to}`,
    `${miles.toFixed(1)} miles apart, within both limits (${offer.maxTravelMiles} and ${request.maxTravelMiles})`,
  ];
}
