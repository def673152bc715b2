import { newSwapOfferSchema, ukToday } from './swap-offer-rules';

const TODAY = '2026-11-23';
const valid = {
  subjects: ['Physics', 'Chemistry'],
  phase: 'KS4',
  availableFrom: '2026-12-01',
  availableTo: '2026-12-12',
  maxTravelMiles: 20,
  notes: 'Would love to see a triple-science lab session.',
};

function fieldsRejected(patch: Record<string, unknown>): string[] {
  const result = newSwapOfferSchema(TODAY).safeParse({ ...valid, ...patch });
  return result.success
    ? []
    : [...new Set(result.error.issues.map((i) => i.path.join('.')))].sort();
}

describe('newSwapOfferSchema', () => {
  it.each([
    ['a typical offer', {}],
    ['one subject', { subjects: ['History'] }],
    ['five subjects', { subjects: ['A', 'B', 'C', 'D', 'E'] }],
    ['a 60-character subject', { subjects: ['s'.repeat(60)] }],
    ['starting today', { availableFrom: TODAY }],
    ['a single day', { availableFrom: '2026-12-01', availableTo: '2026-12-01' }],
    ['1 mile', { maxTravelMiles: 1 }],
    ['60 miles', { maxTravelMiles: 60 }],
    ['no notes', { notes: null }],
    ['1000-character notes', { notes: 'n'.repeat(1000) }],
  ])('accepts %s', (_name, patch) => {
    expect(fieldsRejected(patch)).toEqual([]);
  });

  it.each([
    ['no subjects', { subjects: [] }, ['subjects']],
    ['six subjects', { subjects: ['A', 'B', 'C', 'D', 'E', 'F'] }, ['subjects']],
    ['an empty subject', { subjects: ['Physics', '  '] }, ['subjects.1']],
    ['a 61-character subject', { subjects: ['s'.repeat(61)] }, ['subjects.0']],
    ['a repeated subject, in another case', { subjects: ['Physics', 'physics'] }, ['subjects']],
    ['an unknown phase', { phase: 'KS2' }, ['phase']],
    ['a start in the past', { availableFrom: '2026-11-22' }, ['availableFrom']],
    [
      'an end before the start',
      { availableFrom: '2026-12-10', availableTo: '2026-12-09' },
      ['availableTo'],
    ],
    ['a date that is not ISO', { availableFrom: '01/12/2026' }, ['availableFrom']],
    ['an impossible date', { availableTo: '2026-02-30' }, ['availableTo']],
    ['0 miles', { maxTravelMiles: 0 }, ['maxTravelMiles']],
    ['61 miles', { maxTravelMiles: 61 }, ['maxTravelMiles']],
    ['fractional miles', { maxTravelMiles: 2.5 }, ['maxTravelMiles']],
    ['1001-character notes', { notes: 'n'.repeat(1001) }, ['notes']],
    [
      'several problems at once',
      { subjects: [], maxTravelMiles: 99, availableFrom: '2020-01-01' },
      ['availableFrom', 'maxTravelMiles', 'subjects'],
    ],
  ])('rejects %s', (_name, patch, fields) => {
    expect(fieldsRejected(patch)).toEqual(fields);
  });

  it('trims subjects and turns blank notes into none', () => {
    const parsed = newSwapOfferSchema(TODAY).parse({
      ...valid,
      subjects: ['  Physics '],
      notes: '   ',
    });
    expect(parsed).toMatchObject({ subjects: ['Physics'], notes: null });
  });
});

describe('ukToday', () => {
  it('uses the UK date, not UTC: 23:30 UTC in British Summer Time is already tomorrow', () => {
    expect(ukToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(ukToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
