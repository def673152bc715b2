import { consentInputSchema, currentConsent } from './consent-state';
import type { ConsentRecordLike } from './consent-state';

const at = (iso: string) => new Date(iso);
let n = 0;
function rec(over: Partial<ConsentRecordLike>): ConsentRecordLike {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    kind: 'PHOTO_PUBLICITY',
    decision: 'GRANTED',
    noticeVersion: null,
    givenBy: 'PARENT_CARER',
    givenAt: at('2025-09-01T09:00:00Z'),
    recordedAt: at('2025-09-01T10:00:00Z'),
    ...over,
  };
}
const photo = (records: ConsentRecordLike[]) =>
  currentConsent(records).find((s) => s.kind === 'PHOTO_PUBLICITY');

describe('currentConsent', () => {
  it('is "not granted" with no record at all, for every kind', () => {
    expect(currentConsent([]).map((s) => [s.kind, s.granted, s.decision])).toEqual([
      ['PHOTO_PUBLICITY', false, null],
      ['TRIPS', false, null],
      ['DATA_PROCESSING', false, null],
    ]);
  });

  it.each([
    ['a grant', ['GRANTED'], true],
    ['a refusal', ['REFUSED'], false],
    ['a grant then a withdrawal', ['GRANTED', 'WITHDRAWN'], false],
    ['a refusal then a grant', ['REFUSED', 'GRANTED'], true],
  ] as const)('after %s the latest decides', (_name, decisions, granted) => {
    const records = decisions.map((decision, i) =>
      rec({ decision, givenAt: at(`2025-09-0${i + 1}T09:00:00Z`) }),
    );
    expect(photo(records)?.granted).toBe(granted);
  });

  it('orders by when it was given, not when it was typed in (a late paper form stays in its place)', () => {
    const withdrawal = rec({
      decision: 'WITHDRAWN',
      givenAt: at('2025-10-01T09:00:00Z'),
      recordedAt: at('2025-10-01T09:00:00Z'),
    });
    const latePaperForm = rec({
      decision: 'GRANTED',
      givenAt: at('2025-09-01T09:00:00Z'),
      recordedAt: at('2025-11-01T09:00:00Z'),
    });
    expect(photo([withdrawal, latePaperForm])).toMatchObject({
      granted: false,
      decision: 'WITHDRAWN',
    });
  });

  it('keeps kinds apart', () => {
    const states = currentConsent([rec({ kind: 'TRIPS', decision: 'GRANTED' })]);
    expect(states.map((s) => s.granted)).toEqual([false, true, false]);
  });
});

describe('consentInputSchema', () => {
  const now = at('2025-09-10T12:00:00Z');
  const base = { kind: 'PHOTO_PUBLICITY', decision: 'REFUSED', method: 'PAPER' };
  const fields = (student: boolean, input: object) => {
    const r = consentInputSchema(student, now).safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };
  it.each([
    ['given by nobody', true, base, ['givenBy']],
    ['a parent without a name', true, { ...base, givenBy: 'PARENT_CARER' }, ['giverName']],
    ['a named student', true, { ...base, givenBy: 'STUDENT', giverName: 'Sam' }, ['giverName']],
    ['SELF for a student', true, { ...base, givenBy: 'SELF' }, ['givenBy']],
    [
      'a parent for an adult',
      false,
      { ...base, givenBy: 'PARENT_CARER', giverName: 'Sam Smith' },
      ['givenBy'],
    ],
    [
      'data processing without notice version',
      true,
      { ...base, kind: 'DATA_PROCESSING', givenBy: 'STUDENT' },
      ['noticeVersion'],
    ],
    [
      'a notice version on photo consent',
      true,
      { ...base, givenBy: 'STUDENT', noticeVersion: 'v3' },
      ['noticeVersion'],
    ],
    [
      'a date in the future',
      true,
      { ...base, givenBy: 'STUDENT', givenAt: '2025-09-11T12:00:00Z' },
      ['givenAt'],
    ],
  ])('refuses %s', (_name, student, input, expected) => {
    expect(fields(student, input)).toEqual(expected);
  });
  it.each([
    [
      'a parent refusal for a student',
      true,
      { ...base, givenBy: 'PARENT_CARER', giverName: 'Sam Ashdown' },
    ],
    ['an adult for themself', false, { ...base, givenBy: 'SELF' }],
    [
      'data processing with a notice version',
      true,
      { ...base, kind: 'DATA_PROCESSING', givenBy: 'STUDENT', noticeVersion: '2025-09' },
    ],
  ])('accepts %s', (_name, student, input) => {
    expect(fields(student, input)).toEqual([]);
  });
});
