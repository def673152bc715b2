import { SWEMWBS_RAW_MAX, SWEMWBS_RAW_MIN, swemwbsMetric } from '../src/domain/scoring/swemwbs';

/**
 * The stated model behind the demo responses (not hand-typed data): on the SWEMWBS metric scale,
 *
 *   pre  ~ Normal(20.5, 3.5)                       (near the UK adolescent mean)
 *   post − pre ~ Normal(0.8 + 0.6 · min(dose, 4), 2.5)
 *
 * where dose is the number of events the student attended in the academic year; both are then
 * rounded to a real questionnaire (the nearest attainable raw score, answered item by item).
 */
export const DEMO_MODEL = {
  preMean: 20.5,
  preSd: 3.5,
  changeIntercept: 0.8,
  changePerEvent: 0.6,
  doseCap: 4,
  changeSd: 2.5,
} as const;

export function expectedChange(dose: number): number {
  return (
    DEMO_MODEL.changeIntercept + DEMO_MODEL.changePerEvent * Math.min(dose, DEMO_MODEL.doseCap)
  );
}

/** A small seeded generator (mulberry32), so the demo is the same on every machine. */
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

/** Box–Muller. */
export function normal(random: () => number, mean: number, sd: number): number {
  const u = 1 - random();
  const v = random();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** The attainable raw SWEMWBS score whose metric score is nearest `metric`. */
export function rawNearestMetric(metric: number): number {
  let best = SWEMWBS_RAW_MIN;
  for (let raw = SWEMWBS_RAW_MIN; raw <= SWEMWBS_RAW_MAX; raw += 1) {
    if (Math.abs(swemwbsMetric(raw) - metric) < Math.abs(swemwbsMetric(best) - metric)) best = raw;
  }
  return best;
}

/** Seven answers of 1–5 that sum to `raw`, spread over the items in a random order. */
export function answersForRaw(raw: number, random: () => number): number[] {
  const answers = Array<number>(7).fill(1);
  let extra = raw - 7;
  while (extra > 0) {
    const i = Math.floor(random() * 7);
    if (answers[i] < 5) {
      answers[i] += 1;
      extra -= 1;
    }
  }
  return answers;
}

export interface ModelledPair {
  pre: number[];
  post: number[];
}

/**
 * The model for the younger band (years 7–10), on the Stirling Children's Wellbeing Scale
 * (12 items, total 12–60), stated the same way with the SWEMWBS model scaled by the ratio of the
 * two scales' spreads (about 7 points on Stirling for 3.5 on the SWEMWBS metric, so ×2):
 *
 *   pre  ~ Normal(44, 7)                            (near the scale's published school norms)
 *   post − pre ~ Normal(1.6 + 1.2 · min(dose, 4), 5)
 *
 * rounded to a whole total in 12–60 and answered item by item.
 */
export const STIRLING_DEMO_MODEL = {
  preMean: 44,
  preSd: 7,
  changeIntercept: 1.6,
  changePerEvent: 1.2,
  doseCap: 4,
  changeSd: 5,
} as const;

export function expectedStirlingChange(dose: number): number {
  const m = STIRLING_DEMO_MODEL;
  return m.changeIntercept + m.changePerEvent * Math.min(dose, m.doseCap);
}

const STIRLING_MIN = 12;
const STIRLING_MAX = 60;

/** Twelve answers of 1–5 that sum to `total` (12–60), spread over the items in a random order. */
export function stirlingAnswersForTotal(total: number, random: () => number): number[] {
  const answers = Array<number>(12).fill(1);
  let extra = Math.min(STIRLING_MAX, Math.max(STIRLING_MIN, Math.round(total))) - STIRLING_MIN;
  while (extra > 0) {
    const i = Math.floor(random() * 12);
    if (answers[i] < 5) {
      answers[i] += 1;
      extra -= 1;
    }
  }
  return answers;
}

/** One younger student's PRE and POST Stirling answers under the model. */
export function modelledStirlingPair(dose: number, random: () => number): ModelledPair {
  const m = STIRLING_DEMO_MODEL;
  const pre = normal(random, m.preMean, m.preSd);
  const post = pre + normal(random, expectedStirlingChange(dose), m.changeSd);
  return {
    pre: stirlingAnswersForTotal(pre, random),
    post: stirlingAnswersForTotal(post, random),
  };
}

/** One student's PRE and POST SWEMWBS answers under the model. */
export function modelledPair(dose: number, random: () => number): ModelledPair {
  const preMetric = normal(random, DEMO_MODEL.preMean, DEMO_MODEL.preSd);
  const postMetric = preMetric + normal(random, expectedChange(dose), DEMO_MODEL.changeSd);
  return {
    pre: answersForRaw(rawNearestMetric(preMetric), random),
    post: answersForRaw(rawNearestMetric(postMetric), random),
  };
}
