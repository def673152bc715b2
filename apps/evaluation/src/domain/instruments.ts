import { scoreBriefResilience } from './scoring/brief-resilience';
import { CUSTOM_LIKERT_ITEMS, scoreCustom } from './scoring/custom';
import { scoreStirling } from './scoring/stirling';
import { scoreSwemwbs } from './scoring/swemwbs';
import type { ItemAnswer } from './scoring/swemwbs';
import { scoreWemwbs } from './scoring/wemwbs';
/**
 * The registry of questionnaires evaluation can use. In code, not in the database: each entry
 * pairs with a scoring function and tests, and changing one is a reviewed change.
 */
export const INSTRUMENTS = ['SWEMWBS', 'WEMWBS', 'STIRLING', 'BRIEF_RESILIENCE', 'CUSTOM'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export interface InstrumentDefinition {
  code: Instrument;
  name: string;
  /** scored items; every survey also asks the free-text REFLECTION_QUESTION */
  itemCount: number;
  /** the instrument's statements, in order and as worded (answers[n] answers items[n]) */
  items: readonly string[];
  /** every scored item is answered on this scale */
  responseScale: { min: number; max: number };
  /** the words of each point of the scale, lowest (1) first */
  scaleLabels: readonly string[];
  /** the age band the instrument is validated for; null where there is no bound */
  minAge: number | null;
  maxAge: number | null;
  /** shown wherever the instrument is reproduced, as its licence requires */
  licenceNotice: string | null;
  /** the range of the score `scoreInstrument` gives, and how it is computed */
  scoreRange: { min: number; max: number };
  scoringRule: string;
}

const LIKERT_1_TO_5 = { min: 1, max: 5 } as const;

/** The Warwick-Edinburgh scales' answers: how often, over the last two weeks. */
const HOW_OFTEN = ['None of the time', 'Rarely', 'Some of the time', 'Often', 'All of the time'];
const AGREEMENT = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'];

/**
 * WEMWBS's 14 statements, in the published order. SWEMWBS is seven of them (1, 2, 3, 6, 7, 9,
 * 11), unaltered, as the licence requires.
 */
const WEMWBS_ITEMS = [
  'I’ve been feeling optimistic about the future',
  'I’ve been feeling useful',
  'I’ve been feeling relaxed',
  'I’ve been feeling interested in other people',
  'I’ve had energy to spare',
  'I’ve been dealing with problems well',
  'I’ve been thinking clearly',
  'I’ve been feeling good about myself',
  'I’ve been feeling close to other people',
  'I’ve been feeling confident',
  'I’ve been able to make up my own mind about things',
  'I’ve been feeling loved',
  'I’ve been interested in new things',
  'I’ve been feeling cheerful',
] as const;
const SWEMWBS_ITEMS = [0, 1, 2, 5, 6, 8, 10].map((n) => WEMWBS_ITEMS[n]);

/**
 * The Stirling scale's 12 scored statements, in the order of the published form. The printed
 * form also carries three social-desirability checks, which are not scored and not asked here.
 */
const STIRLING_ITEMS = [
  'I think good things will happen in my life',
  'I’ve been able to make choices easily',
  'I can find lots of fun things to do',
  'I feel that I am good at some things',
  'I think lots of people care about me',
  'I think there are many things I can be proud of',
  'I’ve been feeling calm',
  'I’ve been in a good mood',
  'I enjoy what each new day brings',
  'I’ve been getting on well with people',
  'I’ve been feeling cheerful about things',
  'I’ve been feeling relaxed',
] as const;

/** The Brief Resilience Scale's six statements; 2, 4 and 6 are scored reversed. */
const BRIEF_RESILIENCE_ITEMS = [
  'I tend to bounce back quickly after hard times',
  'I have a hard time making it through stressful events',
  'It does not take me long to recover from a stressful event',
  'It is hard for me to snap back when something bad happens',
  'I usually come through difficult times with little trouble',
  'I tend to take a long time to get over set-backs in my life',
] as const;

export const INSTRUMENT_REGISTRY: Readonly<Record<Instrument, InstrumentDefinition>> = {
  SWEMWBS: {
    code: 'SWEMWBS',
    name: 'Short Warwick-Edinburgh Mental Wellbeing Scale',
    itemCount: 7,
    items: SWEMWBS_ITEMS,
    responseScale: LIKERT_1_TO_5,
    scaleLabels: HOW_OFTEN,
    minAge: 15,
    maxAge: 21,
    licenceNotice:
      'Short Warwick Edinburgh Mental Wellbeing Scale (SWEMWBS) © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved.',
    scoreRange: { min: 7, max: 35 },
    scoringRule:
      'sum of the 7 items (raw 7–35), converted to the metric score by the published table',
  },
  WEMWBS: {
    code: 'WEMWBS',
    name: 'Warwick-Edinburgh Mental Wellbeing Scale',
    itemCount: 14,
    items: WEMWBS_ITEMS,
    responseScale: LIKERT_1_TO_5,
    scaleLabels: HOW_OFTEN,
    minAge: 13,
    maxAge: null,
    licenceNotice:
      'Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS) © NHS Health Scotland, University of Warwick and University of Edinburgh, 2006, all rights reserved.',
    scoreRange: { min: 14, max: 70 },
    scoringRule: 'sum of the 14 items, 14–70',
  },
  STIRLING: {
    code: 'STIRLING',
    name: "Stirling Children's Wellbeing Scale",
    itemCount: 12,
    items: STIRLING_ITEMS,
    responseScale: LIKERT_1_TO_5,
    scaleLabels: [
      'Never',
      'Not much of the time',
      'Some of the time',
      'Quite a lot of the time',
      'All of the time',
    ],
    minAge: 8,
    maxAge: 15,
    licenceNotice:
      "Stirling Children's Wellbeing Scale, Stirling Council Educational Psychology Service (Liddle & Carter, 2015); free to use unaltered and at no cost to respondents.",
    scoreRange: { min: 12, max: 60 },
    scoringRule: 'sum of the 12 items, 12–60',
  },
  BRIEF_RESILIENCE: {
    code: 'BRIEF_RESILIENCE',
    name: 'Brief Resilience Scale',
    itemCount: 6,
    items: BRIEF_RESILIENCE_ITEMS,
    responseScale: LIKERT_1_TO_5,
    scaleLabels: AGREEMENT,
    // DOMAIN.md gives no age band for the BRS (it was validated with adults); none is enforced.
    minAge: null,
    maxAge: null,
    licenceNotice:
      'Smith, B. W., Dalen, J., Wiggins, K., Tooley, E., Christopher, P. & Bernard, J. (2008). The Brief Resilience Scale. International Journal of Behavioral Medicine, 15(3), 194–200.',
    scoreRange: { min: 1, max: 5 },
    scoringRule: 'items 2, 4 and 6 reversed (6 − x), then the mean of the 6 items, 1–5',
  },
  CUSTOM: {
    code: 'CUSTOM',
    name: 'Custom confidence items and reflection',
    itemCount: CUSTOM_LIKERT_ITEMS.length,
    items: CUSTOM_LIKERT_ITEMS,
    responseScale: LIKERT_1_TO_5,
    scaleLabels: AGREEMENT,
    minAge: null,
    maxAge: null,
    licenceNotice: null,
    scoreRange: { min: 1, max: 5 },
    scoringRule: 'mean of the confidence items, 1–5; the reflection is not scored',
  },
};

/** In registry order, for the `instruments` query. */
export function listInstruments(): InstrumentDefinition[] {
  return INSTRUMENTS.map((code) => INSTRUMENT_REGISTRY[code]);
}

/** Whether an instrument is validated for someone of `age` (used to pick one per age band). */
export function instrumentSuitsAge(instrument: InstrumentDefinition, age: number): boolean {
  return (
    (instrument.minAge === null || age >= instrument.minAge) &&
    (instrument.maxAge === null || age <= instrument.maxAge)
  );
}

/**
 * One response's score on its instrument's own scale (the SWEMWBS metric score, WEMWBS and
 * Stirling sums, BRS and custom means). Incomplete: null (no score, never prorated); malformed:
 * throws RangeError. Scores of different instruments are never compared or pooled.
 */
export function scoreInstrument(code: Instrument, answers: readonly ItemAnswer[]): number | null {
  switch (code) {
    case 'SWEMWBS':
      return scoreSwemwbs(answers)?.metric ?? null;
    case 'WEMWBS':
      return scoreWemwbs(answers)?.score ?? null;
    case 'STIRLING':
      return scoreStirling(answers)?.score ?? null;
    case 'BRIEF_RESILIENCE':
      return scoreBriefResilience(answers)?.score ?? null;
    case 'CUSTOM':
      return scoreCustom(answers)?.score ?? null;
  }
}

/** The ages of an English school year group: year 7 is 11–12, …, year 13 is 17–18. */
export interface AgeBand {
  minAge: number;
  maxAge: number;
}

export function ageBandOfYearGroup(yearGroup: number): AgeBand {
  if (!Number.isInteger(yearGroup) || yearGroup < 1 || yearGroup > 13)
    throw new RangeError('year groups run from 1 to 13');
  return { minAge: yearGroup + 4, maxAge: yearGroup + 5 };
}

/**
 * Whether an instrument is validated for everyone in an age band: the whole band must lie in
 * the instrument's range (a year 11 class has 15- and 16-year-olds, too old for Stirling).
 */
export function instrumentSuitsAgeBand(instrument: InstrumentDefinition, band: AgeBand): boolean {
  return instrumentSuitsAge(instrument, band.minAge) && instrumentSuitsAge(instrument, band.maxAge);
}

/**
 * The validated wellbeing scale for a set of year groups, so one event's surveys stay on one
 * instrument: SWEMWBS from year 11 (ages 15+), WEMWBS from year 9 (13+), Stirling up to year 10
 * (15 at most); a mix no single scale covers, or no year groups at all, gets the custom items.
 */
export function instrumentForYearGroups(yearGroups: readonly number[]): Instrument {
  if (yearGroups.length === 0) return 'CUSTOM';
  const bands = yearGroups.map(ageBandOfYearGroup);
  for (const code of ['SWEMWBS', 'WEMWBS', 'STIRLING'] as const) {
    if (bands.every((b) => instrumentSuitsAgeBand(INSTRUMENT_REGISTRY[code], b))) return code;
  }
  return 'CUSTOM';
}
