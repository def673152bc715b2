/**
 * The demo's governance for 2026-27 as pure data: the MoU, each school's term calendar (state
 * schools on the county's dates, independent schools on their own longer holidays, each school
 * with its own INSET days), the Heads Group's priorities, one associate application the Heads
 * Group turned down, and what the two associate partners contribute.
 */

export const DEMO_ACADEMIC_YEAR = '2026-27';

export const DEMO_MOU = {
  title: 'East Kent Schools Together — Memorandum of Understanding 2026–2029',
  body:
    'The partners agree to work together to widen horizons and raise aspirations for their students; ' +
    'to meet through the Heads, Management, Finance and Student Voice Groups; to pay the annual levy; ' +
    'and to review this memorandum before its renewal date.',
  documentRef: 'governance/mou-2026-2029-signed.pdf',
  effectiveFrom: '2026-09-01',
  effectiveTo: '2029-08-31',
  renewalDueOn: '2029-05-31',
};

export interface DemoTermDate {
  kind: 'TERM' | 'HOLIDAY' | 'INSET_DAY' | 'EXAM_PERIOD';
  startsOn: string;
  endsOn: string;
  label: string;
}

const STATE_YEAR: DemoTermDate[] = [
  { kind: 'TERM', startsOn: '2026-09-03', endsOn: '2026-12-18', label: 'Autumn term' },
  { kind: 'HOLIDAY', startsOn: '2026-10-26', endsOn: '2026-10-30', label: 'Autumn half term' },
  { kind: 'HOLIDAY', startsOn: '2026-12-21', endsOn: '2027-01-01', label: 'Christmas holiday' },
  { kind: 'TERM', startsOn: '2027-01-04', endsOn: '2027-03-26', label: 'Spring term' },
  { kind: 'HOLIDAY', startsOn: '2027-02-15', endsOn: '2027-02-19', label: 'Spring half term' },
  { kind: 'HOLIDAY', startsOn: '2027-03-29', endsOn: '2027-04-09', label: 'Easter holiday' },
  { kind: 'TERM', startsOn: '2027-04-12', endsOn: '2027-07-21', label: 'Summer term' },
  { kind: 'HOLIDAY', startsOn: '2027-05-31', endsOn: '2027-06-04', label: 'Summer half term' },
  {
    kind: 'EXAM_PERIOD',
    startsOn: '2027-05-10',
    endsOn: '2027-06-25',
    label: 'GCSE and A level exams',
  },
];

const INDEPENDENT_YEAR: DemoTermDate[] = [
  { kind: 'TERM', startsOn: '2026-09-08', endsOn: '2026-12-11', label: 'Michaelmas term' },
  { kind: 'HOLIDAY', startsOn: '2026-10-17', endsOn: '2026-11-01', label: 'Michaelmas half term' },
  { kind: 'HOLIDAY', startsOn: '2026-12-12', endsOn: '2027-01-05', label: 'Christmas holiday' },
  { kind: 'TERM', startsOn: '2027-01-06', endsOn: '2027-03-19', label: 'Lent term' },
  { kind: 'HOLIDAY', startsOn: '2027-02-13', endsOn: '2027-02-21', label: 'Lent half term' },
  { kind: 'HOLIDAY', startsOn: '2027-03-20', endsOn: '2027-04-18', label: 'Easter holiday' },
  { kind: 'TERM', startsOn: '2027-04-19', endsOn: '2027-07-02', label: 'Trinity term' },
  { kind: 'HOLIDAY', startsOn: '2027-05-29', endsOn: '2027-06-06', label: 'Trinity half term' },
  {
    kind: 'EXAM_PERIOD',
    startsOn: '2027-05-10',
    endsOn: '2027-06-25',
    label: 'GCSE and A level exams',
  },
];

/** Each school picks its own INSET days; the n-th school gets a distinct set. */
const STATE_INSET = [
  ['2026-09-01', '2026-09-02', '2026-11-27', '2027-01-04', '2027-07-21'],
  ['2026-09-01', '2026-09-02', '2026-10-23', '2027-02-12', '2027-06-07'],
  ['2026-09-01', '2026-09-02', '2026-12-07', '2027-03-26', '2027-07-20'],
  ['2026-09-01', '2026-09-02', '2026-11-13', '2027-01-04', '2027-06-28'],
];
const INDEPENDENT_INSET = [
  ['2026-09-07', '2027-01-05'],
  ['2026-09-04', '2026-09-07'],
  ['2026-09-07', '2027-04-19'],
];

/** The calendar of the `n`-th school of its sector (state includes selective) for 2026-27. */
export function demoTermCalendar(sector: 'STATE' | 'INDEPENDENT', n: number): DemoTermDate[] {
  const base = sector === 'STATE' ? STATE_YEAR : INDEPENDENT_YEAR;
  const insets = sector === 'STATE' ? STATE_INSET : INDEPENDENT_INSET;
  const days = insets[n % insets.length];
  return [
    ...base,
    ...days.map((d) => ({
      kind: 'INSET_DAY' as const,
      startsOn: d,
      endsOn: d,
      label: 'INSET day',
    })),
  ].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.kind.localeCompare(b.kind));
}

export const DEMO_PRIORITIES = [
  {
    title: 'Raise Year 9 aspirations towards higher education',
    description:
      'Every Year 9 student visits the university campus once, with an ambassador-led session.',
    aims: ['RAISING_ASPIRATIONS', 'WIDENING_HORIZONS'],
  },
  {
    title: 'Student well-being and belonging across schools',
    description:
      'A termly cross-school well-being event and the partnership choir open to all years.',
    aims: ['WELLBEING', 'COMMUNITY'],
  },
  {
    title: 'Teacher swaps between the sectors',
    description:
      'At least six swaps between state and independent schools, with reflections shared.',
    aims: ['WIDENING_HORIZONS', 'CONFIDENCE'],
  },
] as const;

export const DEMO_APPLICATION = {
  organisationName: 'Coastline Gaming Lounge',
  town: 'Herne Bay',
  contactRole: 'Marketing manager',
  offer: 'Free gaming sessions for students in return for promoting the venue',
  decision: {
    approve: false,
    reason:
      'Heads Group, 7 October 2026: the offer promotes a commercial venue to students and does not serve the aims.',
  },
};

/** By the associate partner's position among the demo associates. */
export const DEMO_CONTRIBUTIONS = [
  [
    { kind: 'VENUE', description: 'Gallery and studio for the Year 8 art day', amountPence: null },
    {
      kind: 'SPONSORSHIP',
      description: 'Coach hire for the summer arts festival',
      amountPence: 150000,
    },
  ],
  [
    {
      kind: 'IN_KIND',
      description: 'Six rowing taster sessions with coaches and boats',
      amountPence: null,
    },
    {
      kind: 'SPEAKER',
      description: 'A GB rower speaks at the resilience assembly',
      amountPence: null,
    },
  ],
] as const;
