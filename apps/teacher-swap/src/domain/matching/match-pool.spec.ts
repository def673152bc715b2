import { candidate, randomPool, requestCandidate, seededRandom } from './swap-candidate.fixture';
import { hardRuleViolation } from './hard-rules';
import { scorePair } from './match-score';
import { greedyMatch, matchPool } from './match-pool';
import type { PairRef, ProposedMatch, SwapCandidate } from './swap-candidate';

const now = new Date('2027-03-01T09:00:00.000Z');
const POOLS = 300;
const milli = (score: number): number => Math.round(score * 1000);
const totalMilli = (matches: ProposedMatch[]): number =>
  matches.reduce((sum, m) => sum + milli(m.score), 0);

/** Every partial one-to-one assignment, by recursion: the best total, then the most pairs. */
function bruteForce(
  offers: SwapCandidate[],
  requests: SwapCandidate[],
  excluded: PairRef[],
): { total: number; pairs: number } {
  const allowed = (o: SwapCandidate, r: SwapCandidate): boolean =>
    hardRuleViolation(o, r) === null &&
    !excluded.some((e) => e.offerId === o.id && e.requestId === r.id);
  const best = (i: number, used: number): { total: number; pairs: number } => {
    if (i === offers.length) return { total: 0, pairs: 0 };
    let top = best(i + 1, used);
    requests.forEach((r, j) => {
      if (used & (1 << j) || !allowed(offers[i], r)) return;
      const rest = best(i + 1, used | (1 << j));
      const here = {
        total: rest.total + milli(scorePair(offers[i], r, now).total),
        pairs: rest.pairs + 1,
      };
      if (here.total > top.total || (here.total === top.total && here.pairs > top.pairs))
        top = here;
    });
    return top;
  };
  return best(0, 0);
}

function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function randomExclusions(
  offers: SwapCandidate[],
  requests: SwapCandidate[],
  random: () => number,
): PairRef[] {
  return offers.flatMap((o) =>
    requests.filter(() => random() < 0.1).map((r) => ({ offerId: o.id, requestId: r.id })),
  );
}

describe('matchPool on random small pools (seeded; the seed is in the failure message)', () => {
  const seeds = Array.from({ length: POOLS }, (_, i) => i + 1);

  it('is optimal: the same total (and pair count) as brute force, never below greedy', () => {
    let beatGreedy = 0;
    for (const seed of seeds) {
      const random = seededRandom(seed);
      const { offers, requests } = randomPool(random);
      const excluded = randomExclusions(offers, requests, random);
      const optimal = matchPool(offers, requests, { now, excluded });
      const expected = bruteForce(offers, requests, excluded);
      expect({ seed, total: totalMilli(optimal), pairs: optimal.length }).toEqual({
        seed,
        ...expected,
      });
      const greedy = totalMilli(greedyMatch(offers, requests, { now, excluded }));
      expect({ seed, optimalAtLeastGreedy: expected.total >= greedy }).toEqual({
        seed,
        optimalAtLeastGreedy: true,
      });
      if (expected.total > greedy) beatGreedy++;
    }
    // The pools are meant to make the choice real: greedy must lose on some of them.
    expect(beatGreedy).toBeGreaterThan(0);
  });

  it('proposes only one-to-one pairs that pass every hard rule and are not excluded', () => {
    for (const seed of seeds) {
      const random = seededRandom(seed);
      const { offers, requests } = randomPool(random);
      const excluded = randomExclusions(offers, requests, random);
      const byId = new Map([...offers, ...requests].map((c) => [c.id, c]));
      const matches = matchPool(offers, requests, { now, excluded });
      expect(new Set(matches.map((m) => m.offerId)).size).toBe(matches.length);
      expect(new Set(matches.map((m) => m.requestId)).size).toBe(matches.length);
      for (const m of matches) {
        expect({
          seed,
          rule: hardRuleViolation(byId.get(m.offerId)!, byId.get(m.requestId)!),
        }).toEqual({ seed, rule: null });
        expect(excluded).not.toContainEqual({ offerId: m.offerId, requestId: m.requestId });
      }
    }
  });

  it('is deterministic: any input order gives the same proposals', () => {
    for (const seed of seeds.slice(0, 100)) {
      const random = seededRandom(seed);
      const { offers, requests } = randomPool(random);
      const first = matchPool(offers, requests, { now });
      const again = matchPool(shuffled(offers, random), shuffled(requests, random), { now });
      expect({ seed, again }).toEqual({ seed, again: first });
    }
  });
});

describe('matchPool with the coordinator’s pins and exclusions', () => {
  // o1 fits r1 best and r2 second; o2 fits only r1. The optimum is o1–r2, o2–r1.
  const o1 = candidate({ id: 'o1', teacherId: 't-o1' });
  const o2 = candidate({ id: 'o2', teacherId: 't-o2', subjects: ['maths'] });
  const r1 = requestCandidate({ id: 'r1', teacherId: 't-r1', subjects: ['maths', 'physics'] });
  const r2 = requestCandidate({ id: 'r2', teacherId: 't-r2', subjects: ['physics'] });
  const pairs = (matches: ProposedMatch[]): string[] =>
    matches.map((m) => `${m.offerId}-${m.requestId}`);

  it('finds the optimum greedy misses, with an explanation', () => {
    const matches = matchPool([o1, o2], [r1, r2], { now });
    expect(pairs(matches)).toEqual(['o1-r2', 'o2-r1']);
    expect(pairs(greedyMatch([o1, o2], [r1, r2], { now }))).toEqual(['o1-r1']);
    const explanation = matches[0].explanation;
    expect(explanation.rules).toContain('shared subjects: physics');
    expect(explanation.rules).toContain('different sectors (STATE and INDEPENDENT)');
    expect(explanation.overlapDays).toBe(22);
    expect(explanation.distanceMiles).toBeGreaterThan(0);
    expect(matches[0].score).toBe(explanation.score.total);
  });

  it('keeps a legal pin and marks it, and optimises the rest around it', () => {
    const matches = matchPool([o1, o2], [r1, r2], {
      now,
      pinned: [{ offerId: 'o1', requestId: 'r1' }],
    });
    expect(pairs(matches)).toEqual(['o1-r1']);
    expect(matches[0].pinned).toBe(true);
  });

  it('drops a pin that breaks a hard rule, names an unknown listing or is excluded', () => {
    const sameSector = requestCandidate({
      id: 'r3',
      teacherId: 't-r3',
      sector: 'STATE',
      partnerId: 'p-x',
    });
    const pinned = [
      { offerId: 'o1', requestId: 'r3' },
      { offerId: 'o1', requestId: 'nope' },
      { offerId: 'o2', requestId: 'r1' },
    ];
    const excluded = [{ offerId: 'o2', requestId: 'r1' }];
    const matches = matchPool([o1, o2], [r1, r2, sameSector], { now, pinned, excluded });
    expect(matches.every((m) => !m.pinned)).toBe(true);
    expect(pairs(matches)).toEqual(['o1-r1']);
  });

  it('keeps the first of two pins on the same offer (by request id)', () => {
    const pinned = [
      { offerId: 'o1', requestId: 'r2' },
      { offerId: 'o1', requestId: 'r1' },
    ];
    expect(pairs(matchPool([o1], [r1, r2], { now, pinned }))).toEqual(['o1-r1']);
  });

  it('never proposes an excluded pair, and re-optimises without it', () => {
    // Without o1–r2, o1–r1 (40 points of subject fit) beats o2–r1 (20); only one can have r1.
    const excluded = [{ offerId: 'o1', requestId: 'r2' }];
    expect(pairs(matchPool([o1, o2], [r1, r2], { now, excluded }))).toEqual(['o1-r1']);
  });

  it('breaks an exact tie by ids: the earlier id wins, on either side', () => {
    const twin = (id: string): SwapCandidate => ({ ...o1, id, teacherId: `t-${id}` });
    expect(pairs(matchPool([twin('o-b'), twin('o-a')], [r1], { now }))).toEqual(['o-a-r1']);
    expect(pairs(greedyMatch([twin('o-b'), twin('o-a')], [r1], { now }))).toEqual(['o-a-r1']);
    const twinRequest = (id: string): SwapCandidate => ({ ...r1, id, teacherId: `t-${id}` });
    expect(pairs(matchPool([o1], [twinRequest('r-b'), twinRequest('r-a')], { now }))).toEqual([
      'o1-r-a',
    ]);
  });

  it('gives the request to the offer that has waited longer, all else equal', () => {
    const older = { ...o1, id: 'o-z', teacherId: 't-z', waitingSince: '2026-12-01T09:00:00Z' };
    const newer = { ...o1, id: 'o-a', teacherId: 't-a', waitingSince: '2027-02-20T09:00:00Z' };
    expect(pairs(matchPool([newer, older], [r1], { now }))).toEqual(['o-z-r1']);
  });

  it('returns nothing for an empty side', () => {
    expect(matchPool([], [r1], { now })).toEqual([]);
    expect(greedyMatch([o1], [], { now })).toEqual([]);
  });
});
