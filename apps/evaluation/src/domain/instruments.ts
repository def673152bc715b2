/**
 * The registry of questionnaires evaluation can use. In code, not in the database: each entry
 * pairs with a scoring function and tests, and changing one is a reviewed change.
 */
export const INSTRUMENTS = ['SWEMWBS', 'WEMWBS', 'STIRLING', 'BRIEF_RESILIENCE', 'CUSTOM'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export interface InstrumentDefinition {
  code: Instrument;
  name: string;
  /** null for CUSTOM: its items are chosen per survey */
  itemCount: number | null;
  /** every fixed item is answered on this scale */
  responseScale: { min: number; max: number } | null;
  /** the age band the instrument is validated for; null where there is no bound */
  minAge: number | null;
  maxAge: number | null;
  /** shown wherever the instrument is reproduced, as its licence requires */
  licenceNotice: string | null;
}

const LIKERT_1_TO_5 = { min: 1, max: 5 } as const;

export const INSTRUMENT_REGISTRY: Readonly<Record<Instrument, InstrumentDefinition>> = {
  SWEMWBS: {
    code: 'SWEMWBS',
    name: 'Short Warwick-Edinburgh Mental Wellbeing Scale',
    itemCount: 7,
    responseScale: LIKERT_1_TO_5,
    minAge: 15,
    maxAge: 21,
    licenceNotice:
      'Short Warwick Edinburgh Mental Wellbeing Scale (SWEMWBS) © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved.',
  },
  WEMWBS: {
    code: 'WEMWBS',
    name: 'Warwick-Edinburgh Mental Wellbeing Scale',
    itemCount: 14,
    responseScale: LIKERT_1_TO_5,
    minAge: 13,
    maxAge: null,
    licenceNotice:
      'Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS) © NHS Health Scotland, University of Warwick and University of Edinburgh, 2006, all rights reserved.',
  },
  STIRLING: {
    code: 'STIRLING',
    name: "Stirling Children's Wellbeing Scale",
    itemCount: 12,
    responseScale: LIKERT_1_TO_5,
    minAge: 8,
    maxAge: 15,
    licenceNotice:
      "Stirling Children's Wellbeing Scale, Stirling Council Educational Psychology Service (Liddle & Carter, 2015); free to use unaltered and at no cost to respondents.",
  },
  BRIEF_RESILIENCE: {
    code: 'BRIEF_RESILIENCE',
    name: 'Brief Resilience Scale',
    itemCount: 6,
    responseScale: LIKERT_1_TO_5,
    // DOMAIN.md gives no age band for the BRS (it was validated with adults); none is enforced.
    minAge: null,
    maxAge: null,
    licenceNotice:
      'Smith, B. W., Dalen, J., Wiggins, K., Tooley, E., Christopher, P. & Bernard, J. (2008). The Brief Resilience Scale. International Journal of Behavioral Medicine, 15(3), 194–200.',
  },
  CUSTOM: {
    code: 'CUSTOM',
    name: 'Custom confidence items and reflection',
    itemCount: null,
    responseScale: null,
    minAge: null,
    maxAge: null,
    licenceNotice: null,
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
