/**
 * Benchmark: the teacher-swap matcher on a pool of 2,000 offers and 2,000 requests.
 *
 *   node -r @swc-node/register tools/bench/swap-matching.ts [--offers 2000] [--requests 2000] [--seed 12] [--max-window 30]
 *
 * Generates a seeded, realistic pool (15 East Kent partners, state and independent, 15 subjects,
 * four phases, date windows over a school year, travel limits of 5–40 miles), then times
 * `matchPool` (optimal; one warm-up, median of 5) and `greedyMatch` (the first-fit baseline) and
 * prints the pairs and total score of each. Pure computation: no database or Kafka. Target: < 2 s.
 */
import { performance } from 'node:perf_hooks';
// A benchmark of one pure domain function (this project is type:app-tool).
/* eslint-disable @nx/enforce-module-boundaries */
import {
  greedyMatch,
  hardRuleViolation,
  matchPool,
} from '../../apps/teacher-swap/src/domain/matching';
import type { ProposedMatch, SwapCandidate } from '../../apps/teacher-swap/src/domain/matching';
/* eslint-enable @nx/enforce-module-boundaries */

const RUNS = 5;

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

/** mulberry32: a small seeded PRNG, so every run matches the same pool. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Invented partners at real East Kent towns; sectors alternate, one partner has left.
const TOWNS: ReadonlyArray<[string, number, number]> = [
  ['Canterbury', 51.2802, 1.0789],
  ['Margate', 51.3813, 1.3862],
  ['Ramsgate', 51.3359, 1.4166],
  ['Broadstairs', 51.3592, 1.4397],
  ['Dover', 51.1279, 1.3134],
  ['Folkestone', 51.0814, 1.1695],
  ['Hythe', 51.0716, 1.0844],
  ['Ashford', 51.1465, 0.875],
  ['Faversham', 51.3159, 0.8885],
  ['Whitstable', 51.3607, 1.0256],
  ['Herne Bay', 51.3734, 1.1284],
  ['Deal', 51.2226, 1.4016],
  ['Sandwich', 51.2748, 1.3389],
  ['Wye', 51.1826, 0.9376],
  ['Birchington', 51.3759, 1.3015],
];
const SUBJECTS = [
  'maths',
  'english',
  'biology',
  'chemistry',
  'physics',
  'history',
  'geography',
  'french',
  'spanish',
  'computing',
  'art',
  'music',
  'drama',
  'pe',
  'religious studies',
];
const PHASES: ReadonlyArray<SwapCandidate['phase']> = ['PRIMARY', 'KS3', 'KS4', 'KS4', 'KS5'];
const YEAR_START = Date.UTC(2027, 0, 4);
const DAY_MS = 86_400_000;

function generatePool(
  offers: number,
  requests: number,
  seed: number,
  maxWindow: number,
): [SwapCandidate[], SwapCandidate[]] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const isoDay = (day: number): string =>
    new Date(YEAR_START + day * DAY_MS).toISOString().slice(0, 10);
  const partners = TOWNS.map(([town, lat, lng], i) => ({
    id: `partner-${String(i).padStart(2, '0')}-${town.toLowerCase().replace(/ /g, '-')}`,
    sector: (i % 2 === 0 ? 'STATE' : 'INDEPENDENT') as SwapCandidate['sector'],
    location: { lat, lng },
    active: i !== TOWNS.length - 1,
  }));
  const candidate = (kind: string, n: number): SwapCandidate => {
    const partner = pick(partners);
    const subjects = new Set([pick(SUBJECTS)]);
    while (random() < 0.45 && subjects.size < 3) subjects.add(pick(SUBJECTS));
    const from = Math.floor(random() * 330);
    return {
      id: `${kind}-${String(n).padStart(5, '0')}`,
      // Some teachers list both an offer and a request; the same-teacher rule keeps them apart.
      teacherId: `teacher-${Math.floor(random() * ((offers + requests) * 0.8))}`,
      partnerId: partner.id,
      sector: partner.sector,
      subjects: [...subjects],
      phase: pick(PHASES),
      availableFrom: isoDay(from),
      availableTo: isoDay(from + 2 + Math.floor(random() * maxWindow)),
      maxTravelMiles: 5 + Math.floor(random() * 36),
      location: partner.location,
      partnerActive: partner.active,
      waitingSince: new Date(YEAR_START - Math.floor(random() * 120) * DAY_MS).toISOString(),
    };
  };
  return [
    Array.from({ length: offers }, (_, n) => candidate('offer', n)),
    Array.from({ length: requests }, (_, n) => candidate('request', n)),
  ];
}

const total = (matches: ProposedMatch[]): number =>
  Math.round(matches.reduce((sum, m) => sum + m.score, 0) * 1000) / 1000;

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

function main(): void {
  const [offers, requests] = generatePool(
    arg('offers', 2000),
    arg('requests', 2000),
    arg('seed', 12),
    arg('max-window', 30),
  );
  const opts = { now: new Date(YEAR_START) };
  let allowed = 0;
  for (const o of offers) for (const r of requests) if (hardRuleViolation(o, r) === null) allowed++;
  console.log(
    `pool: ${offers.length} offers × ${requests.length} requests, ${allowed} allowed pairs`,
  );

  matchPool(offers, requests, opts); // warm-up (JIT)
  const timings: number[] = [];
  let optimal: ProposedMatch[] = [];
  for (let run = 0; run < RUNS; run++) {
    const [result, ms] = time(() => matchPool(offers, requests, opts));
    optimal = result;
    timings.push(ms);
  }
  timings.sort((a, b) => a - b);
  const [greedy, greedyMs] = time(() => greedyMatch(offers, requests, opts));

  const median = timings[Math.floor(RUNS / 2)];
  console.log(
    `matchPool   median ${median.toFixed(0)} ms (min ${timings[0].toFixed(0)}, max ${timings[RUNS - 1].toFixed(0)}): ${optimal.length} pairs, total score ${total(optimal)}`,
  );
  console.log(
    `greedyMatch ${greedyMs.toFixed(0)} ms: ${greedy.length} pairs, total score ${total(greedy)}`,
  );
  console.log(
    `optimal − greedy: ${(total(optimal) - total(greedy)).toFixed(3)} points, ${optimal.length - greedy.length} pairs; target < 2000 ms: ${median < 2000 ? 'met' : 'MISSED'}`,
  );
  if (median >= 2000) process.exitCode = 1;
}

main();
