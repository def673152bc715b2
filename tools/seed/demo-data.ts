/**
 * The demo partnership: invented names only. East Kent towns are real; schools are not.
 * 4 state schools (one selective), 3 independent schools, a university and 2 associate partners.
 */
export const DEMO_PARTNERS = [
  {
    name: 'Stourside Academy',
    kind: 'STATE',
    town: 'Canterbury',
    latitude: 51.2802,
    longitude: 1.0789,
  },
  {
    name: 'Thanet Coast School',
    kind: 'STATE',
    town: 'Margate',
    latitude: 51.3813,
    longitude: 1.3862,
  },
  {
    name: 'White Cliffs Community College',
    kind: 'STATE',
    town: 'Dover',
    latitude: 51.1279,
    longitude: 1.3134,
  },
  {
    name: 'Downland Grammar School',
    kind: 'SELECTIVE',
    town: 'Faversham',
    latitude: 51.3157,
    longitude: 0.8919,
  },
  {
    name: 'St Augustine’s Foundation School',
    kind: 'INDEPENDENT',
    town: 'Canterbury',
    latitude: 51.2789,
    longitude: 1.0868,
  },
  {
    name: 'Kingsgate Priory School',
    kind: 'INDEPENDENT',
    town: 'Broadstairs',
    latitude: 51.3594,
    longitude: 1.4386,
  },
  {
    name: 'Wantsum House School',
    kind: 'INDEPENDENT',
    town: 'Sandwich',
    latitude: 51.2746,
    longitude: 1.3397,
  },
  {
    name: 'University of East Kent',
    kind: 'UNIVERSITY',
    town: 'Canterbury',
    latitude: 51.2967,
    longitude: 1.0658,
  },
  {
    name: 'Harbour Arts Trust',
    kind: 'ASSOCIATE',
    town: 'Folkestone',
    latitude: 51.0814,
    longitude: 1.1695,
  },
  {
    name: 'Kent Coast Rowing Club',
    kind: 'ASSOCIATE',
    town: 'Whitstable',
    latitude: 51.3606,
    longitude: 1.0256,
  },
] as const;

const FIRST = [
  'Amara',
  'Ben',
  'Chloe',
  'Dev',
  'Ella',
  'Finn',
  'Grace',
  'Harry',
  'Isla',
  'Jai',
  'Kiera',
  'Leo',
  'Maya',
  'Noah',
  'Olive',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Theo',
];
const LAST = [
  'Ashdown',
  'Barham',
  'Chilham',
  'Denton',
  'Elham',
  'Fordwich',
  'Godmersham',
  'Hythe',
  'Iwade',
  'Lydden',
  'Minster',
  'Nonington',
  'Ospringe',
  'Preston',
  'Ripple',
  'Selling',
  'Tilmanstone',
  'Upstreet',
  'Waltham',
  'Wingham',
];

/** Deterministic invented names, so a re-seed produces the same demo. */
export function demoName(i: number): string {
  return `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + 3) % LAST.length]}`;
}

export const EVENT_TEMPLATES = [
  {
    title: 'TeachMeet: Oracy across the curriculum',
    kind: 'TEACHMEET',
    audience: 'TEACHERS',
    aims: ['RAISING_ASPIRATIONS'],
  },
  {
    title: 'Partnership Choir rehearsal',
    kind: 'CHOIR',
    audience: 'STUDENTS',
    aims: ['COMMUNITY', 'CONFIDENCE'],
  },
  {
    title: 'Inter-school netball festival',
    kind: 'SPORT',
    audience: 'STUDENTS',
    aims: ['COMMUNITY', 'RESILIENCE'],
  },
  {
    title: 'Outdoor learning day on the Stour',
    kind: 'OUTDOOR_LEARNING',
    audience: 'STUDENTS',
    aims: ['WIDENING_HORIZONS', 'WELLBEING'],
  },
  {
    title: 'Well-being day: sleep, screens and stress',
    kind: 'WELLBEING',
    audience: 'STUDENTS',
    aims: ['WELLBEING'],
  },
  {
    title: 'Physics subject cluster',
    kind: 'SUBJECT_CLUSTER',
    audience: 'TEACHERS',
    aims: ['RAISING_ASPIRATIONS'],
  },
  {
    title: 'CPD: adaptive teaching in mixed classes',
    kind: 'CPD',
    audience: 'TEACHERS',
    aims: ['RAISING_ASPIRATIONS'],
  },
  {
    title: 'Great Partnership Bake Off',
    kind: 'BAKE_OFF',
    audience: 'STUDENTS',
    aims: ['COMMUNITY', 'CONFIDENCE'],
  },
  {
    title: 'Student Voice forum',
    kind: 'STUDENT_VOICE',
    audience: 'STUDENTS',
    aims: ['CONFIDENCE', 'COMMUNITY'],
  },
  {
    title: 'University taster day: life sciences',
    kind: 'OTHER',
    audience: 'STUDENTS',
    aims: ['WIDENING_HORIZONS', 'RAISING_ASPIRATIONS'],
  },
  {
    title: 'Teacher swap visit debrief',
    kind: 'TEACHER_SWAP_VISIT',
    audience: 'TEACHERS',
    aims: ['WIDENING_HORIZONS'],
  },
] as const;

export const SUBJECTS = [
  'Mathematics',
  'English',
  'Physics',
  'Chemistry',
  'Biology',
  'History',
  'Geography',
  'Music',
  'Art',
  'French',
];
