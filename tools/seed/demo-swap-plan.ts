import type { PlannedPerson, SeededPartner } from './demo-plan';
import { schoolsOf } from './demo-plan';

type Seeded = PlannedPerson & { id: string };

/** The lifecycle states the demo shows, in the order a swap passes through them. */
export const SWAP_LIFECYCLE = [
  'PROPOSED',
  'APPROVED',
  'CHECKS_CONFIRMED',
  'SCHEDULED',
  'COMPLETED',
  'REFLECTED',
] as const;
export type DemoSwapStatus = (typeof SWAP_LIFECYCLE)[number] | 'WITHDRAWN';

/**
 * One demo swap: a visitor's offer and a host's request with a subject no other listing has, so
 * the matching round can only pair them with each other, and the state the swap is taken to.
 * The label is in both listings' notes: their natural key.
 */
export interface PlannedSwap {
  label: string;
  target: DemoSwapStatus;
  visitor: Seeded;
  host: Seeded;
  subject: string;
  phase: 'KS3' | 'KS4' | 'KS5';
  /** COMPLETED and REFLECTED swaps start today: a swap cannot be completed before its first day. */
  startsToday: boolean;
}

/** A request no offer matches (nobody offers its subject): the pool is never empty. */
export interface PlannedLoneRequest {
  label: string;
  host: Seeded;
  subject: string;
}

/**
 * Schools are in DEMO_PARTNERS order: 0–3 state (3 selective), 4–6 independent. Slot 0 is a
 * school's second teacher (its first already has a swap offer), slots 1 and 2 its champions, who
 * also teach.
 */
const SCENARIOS: ReadonlyArray<{
  target: DemoSwapStatus;
  visitor: [number, number];
  host: [number, number];
  subject: string;
  phase: PlannedSwap['phase'];
}> = [
  { target: 'PROPOSED', visitor: [0, 0], host: [4, 0], subject: 'Computing', phase: 'KS3' },
  { target: 'APPROVED', visitor: [1, 0], host: [5, 0], subject: 'Drama', phase: 'KS4' },
  { target: 'CHECKS_CONFIRMED', visitor: [2, 0], host: [6, 0], subject: 'Spanish', phase: 'KS4' },
  { target: 'SCHEDULED', visitor: [4, 1], host: [3, 0], subject: 'Latin', phase: 'KS5' },
  {
    target: 'COMPLETED',
    visitor: [5, 1],
    host: [1, 1],
    subject: 'Religious Studies',
    phase: 'KS3',
  },
  {
    target: 'REFLECTED',
    visitor: [6, 1],
    host: [2, 1],
    subject: 'Design and Technology',
    phase: 'KS4',
  },
  { target: 'WITHDRAWN', visitor: [3, 1], host: [5, 2], subject: 'Economics', phase: 'KS5' },
];

export function planSwaps(
  partners: readonly SeededPartner[],
  people: readonly Seeded[],
): { swaps: PlannedSwap[]; loneRequests: PlannedLoneRequest[] } {
  const schools = schoolsOf(partners);
  const teacherAt = ([school, slot]: [number, number]): Seeded => {
    const staff = people.filter((p) => p.partnerId === schools[school].id);
    const t = [
      staff.filter((p) => p.kind === 'teacher')[1],
      ...staff.filter((p) => p.kind === 'champion'),
    ][slot];
    if (!t) throw new Error(`demo seed: no teacher ${slot} at school ${school}`);
    return t;
  };
  return {
    swaps: SCENARIOS.map((s) => ({
      label: `Demo swap (${s.target.toLowerCase().replace('_', ' ')})`,
      target: s.target,
      visitor: teacherAt(s.visitor),
      host: teacherAt(s.host),
      subject: s.subject,
      phase: s.phase,
      startsToday: s.target === 'COMPLETED' || s.target === 'REFLECTED',
    })),
    loneRequests: [
      { label: 'Demo request (classics)', host: teacherAt([0, 2]), subject: 'Classics' },
      { label: 'Demo request (psychology)', host: teacherAt([4, 2]), subject: 'Psychology' },
    ],
  };
}
