import type { SwapCandidate } from './swap-candidate';

/** An allowed base pair for the specs: change one field to break one rule. */
export function candidate(overrides: Partial<SwapCandidate> = {}): SwapCandidate {
  return {
    id: 'offer-1',
    teacherId: 'teacher-1',
    partnerId: 'partner-state',
    sector: 'STATE',
    subjects: ['maths', 'physics'],
    phase: 'KS4',
    availableFrom: '2027-03-01',
    availableTo: '2027-03-31',
    maxTravelMiles: 20,
    location: { lat: 51.2802, lng: 1.0789 }, // Canterbury
    partnerActive: true,
    waitingSince: '2027-01-01T09:00:00.000Z',
    ...overrides,
  };
}

export const requestCandidate = (overrides: Partial<SwapCandidate> = {}): SwapCandidate =>
  candidate({
    id: 'request-1',
    teacherId: 'teacher-2',
    partnerId: 'partner-independent',
    sector: 'INDEPENDENT',
    subjects: ['maths'],
    availableFrom: '2027-03-10',
    availableTo: '2027-04-10',
    maxTravelMiles: 15,
    location: { lat: 51.3607, lng: 1.0256 }, // Whitstable, about 6 miles away
    waitingSince: '2027-02-01T09:00:00.000Z',
    ...overrides,
  });

/** mulberry32: a seeded PRNG, so a failing random pool can be reproduced from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTNERS = [
  { partnerId: 'p-state-a', sector: 'STATE', location: { lat: 51.28, lng: 1.08 } },
  { partnerId: 'p-state-b', sector: 'STATE', location: { lat: 51.38, lng: 1.39 } },
  { partnerId: 'p-indep-a', sector: 'INDEPENDENT', location: { lat: 51.36, lng: 1.03 } },
  { partnerId: 'p-indep-b', sector: 'INDEPENDENT', location: { lat: 51.13, lng: 1.31 } },
] as const;
const SUBJECTS = ['maths', 'physics', 'art', 'french'];

/**
 * A small random pool dense enough in allowed pairs (few partners, subjects and phases; close
 * dates) that the assignment is a real choice; some rules are broken on purpose now and then.
 */
export function randomPool(
  random: () => number,
  maxSize = 6,
): { offers: SwapCandidate[]; requests: SwapCandidate[] } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const make = (kind: string, n: number): SwapCandidate => {
    const partner = pick(PARTNERS);
    const subjects = [...new Set([pick(SUBJECTS), pick(SUBJECTS), pick(SUBJECTS)])].slice(
      0,
      1 + Math.floor(random() * 3),
    );
    const from = 1 + Math.floor(random() * 20);
    const to = from + Math.floor(random() * 12);
    const day = (d: number): string => `2027-03-${String(d).padStart(2, '0')}`;
    return {
      id: `${kind}-${n}`,
      teacherId: `t-${Math.floor(random() * 10)}`,
      partnerId: partner.partnerId,
      sector: partner.sector,
      subjects,
      phase: random() < 0.8 ? 'KS4' : 'KS3',
      availableFrom: day(from),
      availableTo: day(Math.min(31, to)),
      maxTravelMiles: 10 + Math.floor(random() * 20),
      location: random() < 0.05 ? null : partner.location,
      partnerActive: random() > 0.05,
      waitingSince: `2027-0${1 + Math.floor(random() * 2)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}T08:00:00.000Z`,
    };
  };
  const offers = Array.from({ length: Math.floor(random() * (maxSize + 1)) }, (_, n) =>
    make('o', n),
  );
  const requests = Array.from({ length: Math.floor(random() * (maxSize + 1)) }, (_, n) =>
    make('r', n),
  );
  return { offers, requests };
}
